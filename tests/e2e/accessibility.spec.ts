// Keyboard, focus, zoom and axe: every screen and state checked with axe-core; where the
// focus lands after each step (the table in the README); fields never hidden under the bar;
// reflow down to 320 CSS px; and the whole job done with the keyboard alone.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeTempFolder } from '../support/temp-folder.ts';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { UNKNOWN_COMMITTEE, UNKNOWN_FILE, writeCompilationFolders } from './compilation-folders.ts';
import { expect, test } from './fixtures.ts';
import { tabTo } from './keyboard.ts';
import { CompilationPage } from './pages/compilation-page.ts';
import type { EditorPage } from './pages/editor-page.ts';
import type { ReportListPage } from './pages/report-list-page.ts';
import { CULTURE_SET_NAME } from '../support/question-sets.ts';

const COMMITTEE = 'Kulturnämnden: kulturförvaltningen';
const QUESTION_SET = CULTURE_SET_NAME;

/** A report with its header filled in, T1 2026, answers given, back in the list. */
async function filledT1(page: Page, app: { list: ReportListPage; editor: EditorPage }): Promise<void> {
  await app.list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026, questionSet: QUESTION_SET });
  await app.editor.field('Kontaktperson för eventuella frågor').fill('Moa Almerud');
  await app.editor.field('Telefon').fill('08-508 000 00');
  await app.editor.field('E-post').fill('moa.almerud@stockholm.se');
  await app.editor.answer('1.1').fill('Svar om kreativa näringar.');
  await app.editor.answer('3.1').fill('Svar om platssamverkan.');
  await app.editor.waitUntilSaved();
  await app.editor.backToList();
  await expect(page.getByRole('heading', { name: 'Mina rapporter' })).toBeVisible();
}

test.describe('axe: no serious or critical violation', () => {
  test('on every screen and in every state', async ({ app, preview }) => {
    const { page, list, editor } = app;
    await expectNoSeriousAxeViolations(page, 'Mina rapporter, empty');

    await page.getByRole('button', { name: 'Ny rapport' }).click();
    await page.getByRole('button', { name: 'Skapa rapport' }).click();
    await expect(page.getByLabel('Nämnd')).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousAxeViolations(page, 'Ny rapport, with its errors shown');
    await page.getByRole('button', { name: 'Avbryt' }).click();

    await filledT1(page, app);
    await page.getByRole('button', { name: `Starta T2 2026 från denna: ${COMMITTEE} T1 2026` }).click();
    await expect(page.getByText('Från T1 2026 – ej granskad').first()).toBeVisible();
    await editor.answer('3.1').fill('Av dessa har x haft premiär.');
    await editor.field('E-post').fill('moa@');
    await editor.waitUntilSaved();
    await page.getByText('Svar i T1 2026').first().click();
    await expectNoSeriousAxeViolations(page, 'the editor, with findings, a carried-over answer and a field in error');

    await page.getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'the review before sending');
    await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();

    await page.getByRole('button', { name: 'Exportera till Word' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Word-filen sparades' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'a notice with actions');
    await editor.backToList();

    await list.duplicate(`${COMMITTEE} T1 2026`);
    await expect(page.getByRole('dialog', { name: 'Duplicera rapporten' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'naming a copy');
    await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();

    await list.delete(`${COMMITTEE} T2 2026`);
    await page.locator('summary', { hasText: 'Papperskorgen (1)' }).click();
    await expectNoSeriousAxeViolations(page, 'the list with the trash open');

    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByLabel('Mottagningsadress').fill('http://exempel.se');
    await expectNoSeriousAxeViolations(page, 'settings, with a field in error');
    await page.getByRole('button', { name: 'Avbryt' }).click();

    const example = join(import.meta.dirname, '../fixtures/exempel-idrottsnamnden-2022.docx');
    await page.locator('#import-file').setInputFiles(example);
    await page.getByRole('button', { name: 'Importera och starta nästa period' }).click();
    await expectNoSeriousAxeViolations(page, 'an import asking for its period');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect((await readdir(join(preview.dataFolder, 'reports'))).length).toBeGreaterThan(0);
  });

  test('on Sammanställning, in every state', async ({ app }) => {
    const { page } = app;
    const temp = await makeTempFolder('rapport-axe-sammanstallning-');
    // The receiver's versions and report files only: no LibreOffice needed for these folders.
    const folders = await writeCompilationFolders(temp.path, { shapeOf: (index) => (index % 2 === 0 ? 'receiver' : 'report-file'), questionsPerReport: 2 });
    const compilation = new CompilationPage(page);
    await compilation.open();
    await expectNoSeriousAxeViolations(page, 'Sammanställning, nothing chosen');
    await page.getByRole('button', { name: 'Läs in' }).click();
    await expect(page.getByLabel('Period', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousAxeViolations(page, 'Sammanställning, with its errors shown');

    await compilation.choosePeriod('T2', 2026);
    await compilation.chooseFolders([folders.receiverData, folders.mailFolder, join(temp.path, 'finns-inte')]);
    await compilation.read();
    await page.getByText('Annan period (1)').click();
    await compilation
      .file(UNKNOWN_FILE)
      .getByRole('button', { name: /^Tilldela/ })
      .click();
    await expect(compilation.file(UNKNOWN_FILE).getByRole('combobox')).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousAxeViolations(page, 'Sammanställning, a result with files that do not count, a folder problem and a choice left out');

    await page.getByLabel('Budgetår').fill('2025');
    await expectNoSeriousAxeViolations(page, 'Sammanställning, a result read for another period');
    await page.getByLabel('Budgetår').fill('2026');

    await compilation
      .file(UNKNOWN_FILE)
      .getByRole('button', { name: `Lägg till ${UNKNOWN_COMMITTEE} i listan` })
      .click();
    await expect(compilation.result).toBeFocused();
    await page.getByLabel('Lägg till nämnd eller bolag').fill('Kulturnämnden');
    await page.getByRole('button', { name: 'Lägg till i listan' }).click();
    await expect(page.getByLabel('Lägg till nämnd eller bolag')).toHaveAttribute('aria-invalid', 'true');
    await page.getByText('Visa hela listan (46)').click();
    await expectNoSeriousAxeViolations(page, 'Sammanställning, an added organisation and a name refused');

    await compilation.compile.click();
    await expect(page.getByRole('status').filter({ hasText: 'Sammanställningen för T2 2026 sparades' })).toBeFocused();
    await compilation.remind.click();
    await expect(page.getByRole('status').filter({ hasText: 'Påminnelsen sparades' })).toBeFocused();
    await expectNoSeriousAxeViolations(page, 'Sammanställning, the notices of the compilation and the reminder');
    await temp.remove();
  });
});

test.describe('where the focus lands', () => {
  test('"Ny rapport": the first choice (the previous report when there is one, else Nämnd)', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Ny rapport' }).click();
    await expect(page.getByLabel('Nämnd')).toBeFocused();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await filledT1(page, app);
    await page.getByRole('button', { name: 'Ny rapport' }).click();
    await expect(page.getByLabel('Föregående rapport')).toBeFocused();
  });

  test('"Skapa rapport": the new report’s first empty field', async ({ app }) => {
    await app.list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026 });
    await expect(app.editor.field('Kontaktperson för eventuella frågor')).toBeFocused();
  });

  test('"Starta … från denna": the first answer to review; "Behåll oförändrat": the next one', async ({ app }) => {
    const { page, editor } = app;
    await filledT1(page, app);
    await page.getByRole('button', { name: `Starta T2 2026 från denna: ${COMMITTEE} T1 2026` }).click();
    await expect(editor.answer('1.1')).toBeFocused();
    await page.getByRole('button', { name: 'Behåll oförändrat: svaret på fråga 1.1' }).click();
    await expect(editor.answer('3.1')).toBeFocused();
  });

  test('an import: the started report’s first thing to do', async ({ app }) => {
    const { page, editor } = app;
    await page.locator('#import-file').setInputFiles(join(import.meta.dirname, '../fixtures/exempel-idrottsnamnden-2022.docx'));
    await page.getByLabel('Period').selectOption('T1');
    await page.getByRole('button', { name: 'Importera och starta T2 2022' }).click();
    // The example's header is whole, so the first thing is the carried-over answer to review.
    await expect(editor.answer('1.1')).toBeFocused();
  });

  test('"Ta bort fråga": the note in its place, "Ångra" the next Tab; closing the note: the next question, the one before, then "Lägg till fråga"', async ({
    app,
  }) => {
    const { page, editor } = app;
    await app.list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026, questionSet: QUESTION_SET });
    const first = await editor.question('3.1').inputValue();
    await editor.addQuestion(3);
    await editor.question('3.2').fill('En andra fråga');
    await page.getByRole('button', { name: 'Ta bort fråga 3.1' }).click();
    await expect(editor.question('3.1')).toHaveValue('En andra fråga');
    await expect(page.getByRole('status').filter({ hasText: /^Fråga 3\.1 \(".*"\) är borttagen\./ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Ångra: lägg tillbaka fråga 3.1' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor.question('3.1')).toHaveValue(first);
    await expect(editor.question('3.1')).toBeFocused();
    await expect(editor.question('3.2')).toHaveValue('En andra fråga');

    await page.getByRole('button', { name: 'Ta bort fråga 3.1' }).click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Stäng meddelandet om fråga 3.1' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor.question('3.1')).toHaveValue('En andra fråga');
    await expect(editor.question('3.1')).toBeFocused();
    await page.getByRole('button', { name: 'Ta bort fråga 3.1' }).click();
    await page.getByRole('button', { name: 'Stäng meddelandet om fråga 3.1' }).click();
    await expect(page.getByRole('button', { name: 'Lägg till fråga under 3' })).toBeFocused();
  });

  test('"Ta bort" in the list: the next report’s row, then "Ny rapport"; "← Mina rapporter": the report’s own row', async ({ app }) => {
    const { page, list, editor } = app;
    await list.createReport({ committee: 'Idrottsnämnden: idrottsförvaltningen', period: 'T1', year: 2026 });
    await editor.backToList();
    await expect(page.getByRole('button', { name: 'Öppna Idrottsnämnden: idrottsförvaltningen T1 2026' })).toBeFocused();
    await list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026 });
    await editor.backToList();
    await list.delete('Idrottsnämnden: idrottsförvaltningen T1 2026');
    await expect(page.getByRole('button', { name: `Öppna ${COMMITTEE} T1 2026` })).toBeFocused();
    await list.delete(`${COMMITTEE} T1 2026`);
    await expect(page.getByRole('button', { name: 'Ny rapport' })).toBeFocused();
  });
});

test.describe('where the focus lands on Sammanställning', () => {
  test('opening it: "Period"; "Läs in" with nothing chosen: the first field in error; a folder removed: its neighbour, then "Lägg till en mapp"; back: "Sammanställning"', async ({
    app,
  }) => {
    const { page } = app;
    const compilation = new CompilationPage(page);
    await compilation.open();
    const period = page.getByLabel('Period', { exact: true });
    await expect(period).toBeFocused();
    await page.getByRole('button', { name: 'Läs in' }).click();
    await expect(period).toBeFocused();
    await compilation.choosePeriod('T2', 2026);
    await page.getByRole('button', { name: 'Läs in' }).click();
    await expect(page.getByLabel('Mapp 1', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Mapp 1', { exact: true })).toHaveAccessibleDescription(
      'Ange minst en mapp att läsa rapporterna från, eller välj Mottagaren.',
    );

    await compilation.chooseFolders(['/a', '/b', '/c']);
    await page.getByRole('button', { name: 'Ta bort mapp 2' }).click();
    await expect(page.getByLabel('Mapp 2', { exact: true })).toHaveValue('/c');
    await expect(page.getByLabel('Mapp 2', { exact: true })).toBeFocused();
    await page.getByRole('button', { name: 'Ta bort mapp 2' }).click();
    await expect(page.getByLabel('Mapp 1', { exact: true })).toBeFocused();
    await page.getByRole('button', { name: 'Ta bort mapp 1' }).click();
    await expect(page.getByRole('button', { name: 'Lägg till en mapp' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Mapp 1', { exact: true })).toBeFocused();

    await page.getByRole('button', { name: '← Mina rapporter' }).click();
    await expect(page.getByRole('button', { name: 'Sammanställning', exact: true })).toBeFocused();
  });
});

test.describe('focused fields are never hidden', () => {
  test('Shift+Tab into an answer leaves it below the sticky bar', async ({ app }) => {
    const { page, editor } = app;
    await page.setViewportSize({ width: 1280, height: 900 });
    await app.list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026, questionSet: QUESTION_SET });
    await editor.field('Övriga upplysningar').focus();
    await tabTo(page, editor.answer('3.1'), { backwards: true });
    const bar = await page.locator('.editor-bar').boundingBox();
    const answer = await editor.answer('3.1').boundingBox();
    expect((answer?.y ?? 0) + 4).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0));
  });

  test('at 640×450 a focused checkbox and "Svar i T1 2026" are not covered', async ({ app }) => {
    const { page } = app;
    await filledT1(page, app);
    await page.getByRole('button', { name: `Starta T2 2026 från denna: ${COMMITTEE} T1 2026` }).click();
    await page.setViewportSize({ width: 640, height: 450 });
    for (const target of [page.getByRole('checkbox', { name: /^4\./ }), page.getByText('Svar i T1 2026').first()]) {
      await target.focus();
      const uncovered = await target.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit !== null && (hit === element || element.contains(hit) || hit.contains(element));
      });
      expect(uncovered).toBe(true);
    }
  });
});

test.describe('reflow down to 320 CSS px (WCAG 1.4.10)', () => {
  async function scrollsSideways(page: Page): Promise<boolean> {
    return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
  }

  test('the list, the editor and the panel fit; the title wraps; the panel is one keystroke from the bar', async ({ app }) => {
    const { page, editor } = app;
    await filledT1(page, app);
    for (const width of [640, 320]) {
      await page.setViewportSize({ width, height: 700 });
      expect(await scrollsSideways(page), `list at ${width}`).toBe(false);
      await expect(page.getByRole('button', { name: `Ta bort ${COMMITTEE} T1 2026` })).toBeInViewport();
    }
    await page.getByRole('button', { name: `Öppna ${COMMITTEE} T1 2026` }).click();
    await expect(editor.answer('1.1')).toBeVisible();
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => `${element.tagName}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`)
        .slice(0, 10),
    );
    expect(wide, 'editor at 320: elements past the right edge').toEqual([]);
    expect(await scrollsSideways(page), 'editor at 320').toBe(false);
    const title = page.locator('.editor-title');
    expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await expect(title).toContainText(`${COMMITTEE} T1 2026 – Tertialrapport 1`);
    const toPanel = page.getByRole('button', { name: /^Kvar att fylla i \(\d+\)$/ });
    await toPanel.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Kvar att fylla i' })).toBeFocused();
  });
});

test('the whole job with the keyboard alone: create, fill, review a carried-over answer, fix a finding, export', async ({ app, preview }) => {
  const { page, editor } = app;
  await filledT1(page, app);
  // Start T2 from T1, from the list, by keyboard.
  await tabTo(page, page.getByRole('button', { name: `Starta T2 2026 från denna: ${COMMITTEE} T1 2026` }));
  await page.keyboard.press('Enter');
  await expect(editor.answer('1.1')).toBeFocused();
  // Review: edit the first answer, keep the second as it is.
  await page.keyboard.press('End');
  await page.keyboard.type(' Uppdaterat för T2: x nya företag.');
  await tabTo(page, page.getByRole('button', { name: 'Behåll oförändrat: svaret på fråga 3.1' }));
  await page.keyboard.press('Enter');
  await editor.waitUntilSaved();
  // Fix a finding: the "x" left for a number, reached from the panel.
  await tabTo(page, editor.missing.getByRole('button', { name: 'Svar på fråga 1.1 innehåller "x" där ett tal ska stå.' }));
  await page.keyboard.press('Enter');
  await expect(editor.answer('1.1')).toBeFocused();
  await page.keyboard.type('3');
  await expect(editor.answer('1.1')).toHaveValue('Svar om kreativa näringar. Uppdaterat för T2: 3 nya företag.');
  await editor.waitUntilSaved();
  await expect(editor.missing).toContainText('Allt är ifyllt.');
  // Export.
  await tabTo(page, page.getByRole('button', { name: 'Exportera till Word' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Word-filen sparades:' })).toBeVisible();
  expect(await readdir(join(preview.dataFolder, 'exports'))).toContain('Uppföljningsrapport näringsliv – Kulturnämnden – T2 2026.docx');
});
