// Where the keyboard focus lands after every action of every screen, one row per action (the
// README's table): each row gets the app to where the action is, presses it by keyboard, and
// checks the element that has the focus. The focus never drops to the page itself.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { EditorPage } from './pages/editor-page.ts';
import type { ReportListPage } from './pages/report-list-page.ts';
import { CULTURE_SET_NAME } from '../support/question-sets.ts';

const COMMITTEE = 'Kulturnämnden: kulturförvaltningen';
const QUESTION_SET = CULTURE_SET_NAME;
const REPORT = `${COMMITTEE} T1 2026`;
const EXAMPLE = join(import.meta.dirname, '../fixtures/exempel-idrottsnamnden-2022.docx');

interface App {
  page: Page;
  list: ReportListPage;
  editor: EditorPage;
}

interface FocusRow {
  /** The action, as the user sees it, and where it is pressed. */
  action: string;
  /** Gets the app to where the action is; returns the control pressed. */
  arrange: (app: App) => Promise<Locator>;
  key?: 'Enter' | 'Space' | 'Escape';
  /** The element that must have the focus afterwards. */
  lands: (app: App) => Locator;
}

const button = (page: Page, name: string | RegExp): Locator => page.getByRole('button', { name, exact: typeof name === 'string' });

/** A complete T1 2026 report, open in the editor. */
async function completeReport({ list, editor }: App): Promise<void> {
  await list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026, questionSet: QUESTION_SET });
  await editor.field('Kontaktperson för eventuella frågor').fill('Moa Almerud');
  await editor.field('Telefon').fill('08-508 000 00');
  await editor.field('E-post').fill('moa.almerud@stockholm.se');
  await editor.answer('1.1').fill('Svar om kreativa näringar.');
  await editor.answer('3.1').fill('Svar om platssamverkan.');
  await editor.waitUntilSaved();
}

/** The complete report, and back in Mina rapporter. */
async function listWithReport(app: App): Promise<void> {
  await completeReport(app);
  await app.editor.backToList();
  // Back in the list, the report's row takes the focus once drawn; a row starts after that.
  await expect(button(app.page, `Öppna ${REPORT}`)).toBeFocused();
}

/** A report with three questions under focus area 1 (1.1 from the question set, 1.2 and 1.3 added). */
async function threeQuestions(app: App): Promise<void> {
  await app.list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026, questionSet: QUESTION_SET });
  for (const number of ['1.2', '1.3']) {
    await app.editor.addQuestion(1);
    await app.editor.question(number).fill(`Fråga ${number}`);
  }
}

/** T2 2026 started from the complete T1 2026: its answers carried over, to review. */
async function carriedOver(app: App): Promise<void> {
  await listWithReport(app);
  await button(app.page, `Starta T2 2026 från denna: ${REPORT}`).click();
  await expect(app.editor.answer('1.1')).toBeFocused();
}

const ROWS: FocusRow[] = [
  // Mina rapporter
  { action: 'Ny rapport, no report yet', arrange: async ({ page }) => button(page, 'Ny rapport'), lands: ({ page }) => page.getByLabel('Nämnd') },
  {
    action: 'Ny rapport, with a report to build on',
    arrange: async (app) => (await listWithReport(app), button(app.page, 'Ny rapport')),
    lands: ({ page }) => page.getByLabel('Föregående rapport'),
  },
  { action: 'Inställningar', arrange: async ({ page }) => button(page, 'Inställningar'), lands: ({ page }) => page.getByLabel('Mottagningsadress') },
  {
    action: 'Sammanställning',
    arrange: async ({ page }) => button(page, 'Sammanställning'),
    lands: ({ page }) => page.getByLabel('Period', { exact: true }),
  },
  {
    action: 'Öppna, a complete report',
    arrange: async (app) => (await listWithReport(app), button(app.page, `Öppna ${REPORT}`)),
    lands: ({ page }) => page.getByLabel('Nämnd'),
  },
  {
    action: 'Starta T2 2026 från denna',
    arrange: async (app) => (await listWithReport(app), button(app.page, `Starta T2 2026 från denna: ${REPORT}`)),
    lands: ({ editor }) => editor.answer('1.1'),
  },
  {
    action: 'Duplicera',
    arrange: async (app) => (await listWithReport(app), button(app.page, `Duplicera ${REPORT}`)),
    lands: ({ page }) => page.getByLabel('Namn på kopian'),
  },
  {
    action: 'Avbryt in Duplicera rapporten',
    arrange: async (app) => {
      await listWithReport(app);
      await button(app.page, `Duplicera ${REPORT}`).click();
      return app.page.getByRole('dialog').getByRole('button', { name: 'Avbryt' });
    },
    lands: ({ page }) => button(page, `Duplicera ${REPORT}`),
  },
  {
    action: 'Skapa kopian',
    arrange: async (app) => {
      await listWithReport(app);
      await button(app.page, `Duplicera ${REPORT}`).click();
      await app.page.getByLabel('Namn på kopian').fill('Utkast B');
      return button(app.page, 'Skapa kopian');
    },
    lands: ({ page }) => button(page, `Öppna ${REPORT} (Utkast B)`),
  },
  {
    action: 'Ta bort, the only report',
    arrange: async (app) => (await listWithReport(app), button(app.page, `Ta bort ${REPORT}`)),
    lands: ({ page }) => button(page, 'Ny rapport'),
  },
  {
    action: 'Återställ, from Papperskorgen',
    arrange: async (app) => {
      await listWithReport(app);
      await button(app.page, `Ta bort ${REPORT}`).click();
      await app.page.locator('summary').filter({ hasText: 'Papperskorgen' }).click();
      return button(app.page, `Återställ ${REPORT}`);
    },
    lands: ({ page }) => button(page, `Öppna ${REPORT}`),
  },

  {
    action: '× on a notice, the only one',
    arrange: async ({ page }) => {
      await button(page, 'Inställningar').click();
      await button(page, 'Spara inställningar').click();
      // The saved notice takes the focus once it is drawn; the row starts from there.
      const saved = page.getByRole('status').filter({ hasText: 'Inställningarna sparades.' });
      await expect(saved).toBeFocused();
      return saved.getByRole('button', { name: 'Stäng meddelandet' });
    },
    lands: ({ list }) => list.heading,
  },
  {
    action: '× on a notice, with another after it',
    arrange: async ({ page, list, editor }) => {
      await list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026 });
      await editor.backToList();
      await list.delete(REPORT);
      const trashed = page.getByRole('status').filter({ hasText: 'Rapporten flyttades till papperskorgen.' });
      await expect(trashed).toBeVisible();
      await button(page, 'Inställningar').click();
      await button(page, 'Spara inställningar').click();
      await expect(page.getByRole('status').filter({ hasText: 'Inställningarna sparades.' })).toBeFocused();
      return trashed.getByRole('button', { name: 'Stäng meddelandet' });
    },
    lands: ({ page }) => page.getByRole('status').filter({ hasText: 'Inställningarna sparades.' }),
  },

  // Ny rapport
  {
    action: 'Skapa rapport, nothing filled in',
    arrange: async ({ page }) => (await button(page, 'Ny rapport').click(), button(page, 'Skapa rapport')),
    lands: ({ page }) => page.getByLabel('Nämnd'),
  },
  {
    action: 'Skapa rapport',
    arrange: async ({ page }) => {
      await button(page, 'Ny rapport').click();
      await page.getByLabel('Nämnd').fill(COMMITTEE);
      await page.getByLabel('Period').selectOption('T1');
      await page.getByLabel('Budgetår').fill('2026');
      await page.getByLabel('Frågor').selectOption({ label: QUESTION_SET });
      return button(page, 'Skapa rapport');
    },
    lands: ({ page }) => page.getByLabel('Kontaktperson för eventuella frågor'),
  },
  {
    action: 'Avbryt in Ny rapport',
    arrange: async ({ page }) => (await button(page, 'Ny rapport').click(), button(page, 'Avbryt')),
    lands: ({ page }) => button(page, 'Ny rapport'),
  },

  // Importera
  {
    action: 'Importera som T1 2022',
    arrange: async ({ page }) => {
      await page.locator('#import-file').setInputFiles(EXAMPLE);
      await page.getByLabel('Period').selectOption('T1');
      return button(page, 'Importera som T1 2022');
    },
    lands: ({ editor }) => editor.answer('2.1'),
  },
  {
    action: 'Avbryt in Importera',
    arrange: async ({ page }) => (await page.locator('#import-file').setInputFiles(EXAMPLE), button(page, 'Avbryt')),
    lands: ({ page }) => button(page, /^Importera/),
  },

  // Inställningar
  {
    action: 'Spara inställningar',
    arrange: async ({ page }) => {
      await button(page, 'Inställningar').click();
      await page.getByLabel('Mottagningsadress').fill('http://127.0.0.1:9/');
      return button(page, 'Spara inställningar');
    },
    lands: ({ page }) => page.getByRole('status').filter({ hasText: 'Inställningarna sparades.' }),
  },
  {
    action: 'Spara inställningar, an address that cannot be used',
    arrange: async ({ page }) => {
      await button(page, 'Inställningar').click();
      await page.getByLabel('Mottagningsadress').fill('inte en adress');
      await page.getByLabel('E-post', { exact: true }).focus();
      return button(page, 'Spara inställningar');
    },
    lands: ({ page }) => page.getByLabel('Mottagningsadress'),
  },
  {
    action: 'Avbryt in Inställningar',
    arrange: async ({ page }) => (await button(page, 'Inställningar').click(), button(page, 'Avbryt')),
    lands: ({ page }) => button(page, 'Inställningar'),
  },
  {
    action: 'Testa anslutningen',
    arrange: async ({ page }) => {
      await button(page, 'Inställningar').click();
      await page.getByLabel('Mottagningsadress').fill('http://127.0.0.1:9/');
      return button(page, 'Testa anslutningen');
    },
    lands: ({ page }) => button(page, 'Testa anslutningen'),
  },

  // The editor
  {
    action: 'Flytta fråga 1.3 upp',
    arrange: async (app) => (await threeQuestions(app), button(app.page, 'Flytta fråga 1.3 upp')),
    lands: ({ page }) => button(page, 'Flytta fråga 1.2 upp'),
  },
  {
    action: 'Flytta fråga 1.2 upp, to the top',
    arrange: async (app) => (await threeQuestions(app), button(app.page, 'Flytta fråga 1.2 upp')),
    lands: ({ page }) => button(page, 'Flytta fråga 1.1 ned'),
  },
  {
    action: 'Flytta fråga 1.2 ned, to the bottom',
    arrange: async (app) => (await threeQuestions(app), button(app.page, 'Flytta fråga 1.2 ned')),
    lands: ({ page }) => button(page, 'Flytta fråga 1.3 upp'),
  },
  {
    action: 'Byt till 2026 i frågorna',
    arrange: async (app) => (
      await app.list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026, questionSet: QUESTION_SET }),
      button(app.page, 'Byt till 2026 i frågorna')
    ),
    lands: ({ editor }) => editor.question('1.1'),
  },
  {
    action: 'Behåll ändringen, on a question the year was changed in',
    arrange: async (app) => {
      await app.list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026, questionSet: QUESTION_SET });
      await button(app.page, 'Byt till 2026 i frågorna').click();
      return button(app.page, 'Behåll ändringen: fråga 1.1');
    },
    lands: ({ editor }) => editor.question('1.1'),
  },
  {
    action: 'Behåll frågorna som de är',
    arrange: async (app) => (
      await app.list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026, questionSet: QUESTION_SET }),
      button(app.page, 'Behåll frågorna som de är')
    ),
    lands: ({ editor }) => editor.question('1.1'),
  },
  {
    action: 'Lägg till fråga under 1',
    arrange: async (app) => (
      await app.list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026, questionSet: QUESTION_SET }),
      button(app.page, 'Lägg till fråga under 1')
    ),
    lands: ({ editor }) => editor.question('1.2'),
  },
  {
    action: 'Ta bort fråga 1.2',
    arrange: async (app) => (await threeQuestions(app), button(app.page, 'Ta bort fråga 1.2')),
    lands: ({ page }) => page.getByRole('status').filter({ hasText: 'Fråga 1.2 ("Fråga 1.2") är borttagen.' }),
  },
  {
    action: 'Ångra, a removed question',
    arrange: async (app) => {
      await threeQuestions(app);
      await button(app.page, 'Ta bort fråga 1.2').click();
      return button(app.page, 'Ångra: lägg tillbaka fråga 1.2');
    },
    lands: ({ editor }) => editor.question('1.2'),
  },
  {
    action: 'Behåll oförändrat',
    arrange: async (app) => (await carriedOver(app), button(app.page, 'Behåll oförändrat: svaret på fråga 1.1')),
    lands: ({ editor }) => editor.answer('3.1'),
  },
  {
    action: 'Kvar att fylla i (n), in the editor bar',
    arrange: async (app) => (await threeQuestions(app), button(app.page, /^Kvar att fylla i \(\d+\)$/)),
    lands: ({ page }) => page.getByRole('heading', { name: 'Kvar att fylla i' }),
  },
  {
    action: 'a line in Kvar att fylla i',
    arrange: async (app) => (await threeQuestions(app), app.editor.missing.getByRole('button', { name: 'Svar på fråga 1.2 saknas.' })),
    lands: ({ editor }) => editor.answer('1.2'),
  },
  {
    action: 'Skicka in',
    arrange: async (app) => (await completeReport(app), button(app.page, 'Skicka in')),
    lands: ({ page }) => page.getByRole('dialog', { name: 'Granska innan du skickar' }).getByRole('button', { name: 'Skicka in' }),
  },
  {
    action: 'Escape in Granska innan du skickar',
    arrange: async (app) => {
      await completeReport(app);
      await button(app.page, 'Skicka in').click();
      return app.page.getByRole('dialog').getByRole('button', { name: 'Skicka in' });
    },
    key: 'Escape',
    lands: ({ page }) => button(page, 'Skicka in'),
  },
  {
    action: 'Skicka in, in Granska innan du skickar',
    arrange: async (app) => {
      await button(app.page, 'Inställningar').click();
      await app.page.getByLabel('Mottagningsadress').fill('http://127.0.0.1:9/');
      await button(app.page, 'Spara inställningar').click();
      await completeReport(app);
      await button(app.page, 'Skicka in').click();
      return app.page.getByRole('dialog').getByRole('button', { name: 'Skicka in' });
    },
    lands: ({ page }) => page.getByRole('status').filter({ hasText: /^Version 1 ligger i utkorgen/ }),
  },
  {
    action: 'Exportera till Word',
    arrange: async (app) => (await completeReport(app), button(app.page, 'Exportera till Word')),
    lands: ({ page }) => page.getByRole('status').filter({ hasText: /^Word-filen sparades:/ }),
  },
  {
    action: 'Exportera utkast',
    arrange: async (app) => (await completeReport(app), button(app.page, 'Exportera utkast')),
    lands: ({ page }) => page.getByRole('status').filter({ hasText: /^Utkastet sparades:/ }),
  },
  {
    action: 'Skicka med e-post',
    arrange: async (app) => (await completeReport(app), button(app.page, 'Skicka med e-post')),
    lands: ({ page }) => page.getByRole('status').filter({ hasText: /^E-postutkastet/ }),
  },
  {
    action: '← Mina rapporter, from the editor',
    arrange: async (app) => (await completeReport(app), button(app.page, '← Mina rapporter')),
    lands: ({ page }) => button(page, `Öppna ${REPORT}`),
  },
  {
    action: 'a focus area with text unticked',
    arrange: async (app) => (await completeReport(app), app.editor.focusArea(3)),
    key: 'Space',
    lands: ({ page }) => page.getByRole('dialog', { name: 'Ta bort fokusområde 3?' }).getByRole('button', { name: 'Avbryt' }),
  },
  {
    action: 'Escape in Ta bort fokusområde',
    arrange: async (app) => {
      await completeReport(app);
      await app.editor.focusArea(3).focus();
      await app.page.keyboard.press('Space');
      return app.page.getByRole('dialog').getByRole('button', { name: 'Avbryt' });
    },
    key: 'Escape',
    lands: ({ editor }) => editor.focusArea(3),
  },

  // Sammanställning
  {
    action: '← Mina rapporter, from Sammanställning',
    arrange: async ({ page }) => (await button(page, 'Sammanställning').click(), button(page, '← Mina rapporter')),
    lands: ({ page }) => button(page, 'Sammanställning'),
  },
  {
    action: 'Läs in, nothing chosen',
    arrange: async ({ page }) => (await button(page, 'Sammanställning').click(), button(page, 'Läs in')),
    lands: ({ page }) => page.getByLabel('Period', { exact: true }),
  },
  {
    action: 'Ta bort sista dag',
    arrange: async ({ page }) => {
      await button(page, 'Sammanställning').click();
      await page.getByLabel('Period', { exact: true }).selectOption('T2');
      await page.getByLabel('Budgetår').fill('2026');
      const deadline = page.getByLabel('Sista dag att skicka in för T2 2026');
      await deadline.fill('2026-09-15');
      await deadline.press('Enter');
      return button(page, 'Ta bort sista dag');
    },
    lands: ({ page }) => page.getByLabel('Sista dag att skicka in för T2 2026'),
  },
  {
    action: 'Lägg till en mapp',
    arrange: async ({ page }) => (await button(page, 'Sammanställning').click(), button(page, 'Lägg till en mapp')),
    lands: ({ page }) => page.getByLabel('Mapp 2', { exact: true }),
  },
];

for (const row of ROWS) {
  test(`${row.action}: the focus lands where it should`, async ({ app }) => {
    const control = await row.arrange(app);
    if (row.key !== 'Escape') await control.focus();
    await expect(control).toBeFocused();
    await app.page.keyboard.press(row.key ?? 'Enter');
    await expect(row.lands(app)).toBeFocused();
  });
}
