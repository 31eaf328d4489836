// The user guide's two walks (docs/anvandarguide.md), step by step as the guide tells them, in
// the real UI over the real services, the project's own receiver and LibreOffice. Each step is
// checked before its picture is taken, so a guide whose steps no longer hold fails here.
// `npm run screenshots` keeps the pictures in docs/bilder/.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestReceiver } from '../support/sending.ts';
import { writeCompilationFolders } from './compilation-folders.ts';
import { startPreview } from '../support/preview.ts';
import { windowsSecretsStandIn } from '../support/windows-secrets.ts';
import { expect, test as appTest } from './fixtures.ts';
import { documentPicture, picture, scrollToTop } from './guide-pictures.ts';
import { CompilationPage } from './pages/compilation-page.ts';
import { CULTURE_SET_NAME } from '../support/question-sets.ts';

const COMMITTEE = 'Kulturnämnden: kulturförvaltningen';
const REPORT = `${COMMITTEE} T2 2026`;
const WORD_FORM = join(import.meta.dirname, '../fixtures/exempel-idrottsnamnden-2022.docx');

// The app as on a Windows laptop: the sender key encrypted for the user, as the screen says.
const test = appTest.extend({
  // Playwright reads a fixture's dependencies from this pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  preview: async ({}, use) => {
    const preview = await startPreview(undefined, { secrets: windowsSecretsStandIn() });
    await use(preview);
    await preview.stop();
  },
});

test.use({ viewport: { width: 1280, height: 860 } });
// Each walk also has LibreOffice print a document, with a profile of its own.
test.describe.configure({ timeout: 180_000 });

test('the contact person: settings, a new report, what is missing, send, the receipt, Word, next period, import', async ({ app, preview }, testInfo) => {
  const { page, list, editor } = app;
  const receiverData = await mkdtemp(join(tmpdir(), 'rapport-guide-receiver-'));
  const receiver = await startTestReceiver(receiverData);
  try {
    // 1. The first start.
    await expect(page.getByText('Du har inga rapporter ännu. Skapa en ny för att börja.')).toBeVisible();
    await picture(page, 'forsta-start', testInfo);

    // 2. Inställningar: the receiver's address and what each new report starts with.
    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByLabel('Mottagningsadress').fill(receiver.url);
    await page.getByLabel('Nämnd', { exact: true }).fill(COMMITTEE);
    await page.getByLabel('Kontaktperson för eventuella frågor').fill('Moa Almerud');
    await page.getByLabel('E-post', { exact: true }).fill('moa.almerud@stockholm.se');
    await expect(page.getByText('Nyckeln sparas krypterad med ditt Windows-konto', { exact: false }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Testa anslutningen' }).click();
    await expect(page.locator('#connection-test-result')).toContainText('Anslutningen fungerar');
    await picture(page, 'installningar', testInfo, { fullPage: true });
    await page.getByRole('button', { name: 'Spara inställningar' }).click();
    await expect(list.heading).toBeVisible();

    // 3. Ny rapport: the period and the budget year are asked, never guessed.
    await page.getByRole('button', { name: 'Ny rapport' }).click();
    await expect(page.getByLabel('Nämnd')).toHaveValue(COMMITTEE);
    await page.getByLabel('Period').selectOption('T2');
    await page.getByLabel('Budgetår').fill('2026');
    await page.getByLabel('Frågor').selectOption({ label: CULTURE_SET_NAME });
    await picture(page, 'ny-rapport', testInfo);
    await page.getByRole('button', { name: 'Skapa rapport' }).click();

    // 4. The form: the header from Inställningar, and what is still missing beside it.
    await expect(editor.field('Kontaktperson för eventuella frågor')).toHaveValue('Moa Almerud');
    await editor.field('Telefon').fill('08-508 000 00');
    await editor
      .answer('1.1')
      .fill(
        'Förvaltningens arbete med att stärka de kulturella och kreativa näringarna har pågått planenligt. En projektgrupp med representanter från berörda förvaltningar och bolag leds av förvaltningens kulturlots.\n\nUnder året har Film Stockholm AB fördelat stöd till 20 produktioner. Av dessa har x haft premiär.',
      );
    await editor.waitUntilSaved();
    await expect(editor.missing).toContainText('Svar på fråga 1.1 innehåller "x" där ett tal ska stå.');
    await expect(editor.missing).toContainText('Svar på fråga 3.1 saknas.');
    await editor.answer('1.1').focus();
    await picture(page, 'rapport', testInfo);

    // 5. Each line in "Kvar att fylla i" leads to its place.
    await editor.missing.getByRole('button', { name: 'Svar på fråga 1.1 innehåller "x" där ett tal ska stå.' }).click();
    await page.keyboard.type('sju');
    await editor.answer('3.1').fill('Platssamverkan i tre stadsdelar, med fastighetsägare och det lokala näringslivet.');
    await editor.waitUntilSaved();
    await expect(editor.missing).toContainText('Allt är ifyllt.');

    // 6. "Skicka in": the review first, then once to the city; the receipt comes back.
    await page.getByRole('button', { name: 'Skicka in' }).click();
    const review = page.getByRole('dialog', { name: 'Granska innan du skickar' });
    await expect(review).toContainText('Allt är ifyllt.');
    await picture(page, 'skicka-in', testInfo);
    await review.getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Version 1 mottagen .*, kvitto 2026-T2-\d{6}/ })).toBeVisible({ timeout: 10_000 });

    // 7. Word: the city's layout, as Word (here LibreOffice) shows it.
    await page.getByRole('button', { name: 'Exportera till Word' }).click();
    const exported = page.getByRole('status').filter({ hasText: 'Word-filen sparades:' });
    await expect(exported).toBeFocused();
    const documentPath = /Word-filen sparades: (.+\.docx)/.exec((await exported.textContent()) ?? '')?.[1] ?? '';
    expect(documentPath).toContain(join(preview.dataFolder, 'exports'));
    await documentPicture(documentPath, 'word-export', testInfo, { page: 1, shows: 'UPPFÖLJNINGSRAPPORT NÄRINGSLIV' });

    // 8. Mina rapporter: the receipt on the report's row, and the outbox.
    await editor.backToList();
    await expect(list.row(REPORT)).toContainText(/Version 1, kvitto 2026-T2-\d{6}/);
    await expect(page.getByRole('region', { name: 'Utkorg' })).toContainText(/Version 1 mottagen/);
    // The notices of the steps before are closed, as a user would.
    const closeNotice = page.getByRole('button', { name: 'Stäng meddelandet' });
    while ((await closeNotice.count()) > 0) await closeNotice.first().click();
    await expect(closeNotice).toHaveCount(0);
    await picture(page, 'mina-rapporter', testInfo);

    // 9. Next period from this one: every answer carried over, each marked until reviewed.
    await page.getByRole('button', { name: `Starta VB 2026 från denna: ${REPORT}` }).click();
    await expect(page.getByText(`${COMMITTEE} VB 2026 – Verksamhetsberättelse`)).toBeVisible();
    await expect(page.getByText('Från T2 2026 – ej granskad').first()).toBeVisible();
    await editor.answer('1.1').scrollIntoViewIfNeeded();
    await picture(page, 'nasta-period', testInfo);
    await editor.backToList();

    // 10. Last period's Word form: what was found, and the period asked for.
    await page.locator('#import-file').setInputFiles(WORD_FORM);
    await expect(page.getByRole('heading', { name: 'Importera exempel-idrottsnamnden-2022.docx' })).toBeVisible();
    await expect(page.getByText('Word-mallen har ingen plats för perioden, så dokumentet säger inte vilken period det gäller.')).toBeVisible();
    await picture(page, 'importera', testInfo);
  } finally {
    await receiver.close();
    await rm(receiverData, { recursive: true, force: true });
  }
});

test('the coordinator: read the period, see who has not sent, the register, the compiled document', async ({ app, preview }, testInfo) => {
  const { page } = app;
  const root = await mkdtemp(join(tmpdir(), 'rapport-guide-coordinator-'));
  try {
    const folders = await writeCompilationFolders(root);
    const compilation = new CompilationPage(page);
    await compilation.open();
    await expect(page.getByLabel('Period', { exact: true })).toHaveValue('');
    await compilation.choosePeriod('T2', 2026);
    await compilation.chooseFolders([folders.receiverData, folders.mailFolder]);
    await compilation.read();
    await expect(compilation.result).toHaveText('T2 2026: 42 av 45 har skickat');
    for (const organisation of folders.notSent) await expect(compilation.row(organisation)).toContainText('Har inte skickat');
    await scrollToTop(compilation.heading);
    await picture(page, 'sammanstallning-val', testInfo);
    await scrollToTop(compilation.result);
    await picture(page, 'sammanstallning', testInfo);

    const register = page.getByRole('region', { name: 'Kontaktpersoner' });
    await scrollToTop(register);
    await expect(register.getByRole('button', { name: 'Importera från Excel eller CSV…' })).toBeVisible();
    await picture(page, 'kontaktpersoner', testInfo);

    await compilation.compile.click();
    const documentPath = join(preview.dataFolder, 'exports', 'Sammanställning näringsliv T2 2026.docx');
    await expect(page.getByRole('status').filter({ hasText: 'Sammanställningen för T2 2026 sparades:' })).toBeFocused();
    // Past the title page: who has reported on which focus area, and when.
    await documentPicture(documentPath, 'sammanstallning-word', testInfo, { page: 2, shows: 'Vem har rapporterat' });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
