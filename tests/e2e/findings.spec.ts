// Every finding leads to its own place: a line of "Granska innan du skickar" closes the dialog
// and puts the caret in its field with the leftover selected, as the side panel does; each
// leftover in a text is its own line; and after an import the focus is on the field of the
// first line of "Kvar att fylla i".
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { tabTo } from './keyboard.ts';
import type { EditorPage } from './pages/editor-page.ts';
import type { ReportListPage } from './pages/report-list-page.ts';
import { CULTURE_SET_NAME } from '../support/question-sets.ts';

interface App {
  page: Page;
  list: ReportListPage;
  editor: EditorPage;
}

const EXAMPLE = join(import.meta.dirname, '../fixtures/exempel-idrottsnamnden-2022.docx');
const LEFTOVERS = ['Klicka här för att ange text.', 'xx', 'TBD', '???', '…', 'X', '...'];
const OTHER_INFORMATION = ['Inledning: Klicka här för att ange text.', 'Antal: xx företag.', 'Status TBD.', 'Budget ???', '…', 'Av dessa X nya.', '...'].join(
  '\n',
);

/** The selected text of the focused field, or undefined when the focus is not in a text field. */
function selectedInFocusedField(page: Page): Promise<{ id: string; selected: string } | undefined> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement)) return undefined;
    return { id: active.id, selected: active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0) };
  });
}

async function reportWithLeftovers(app: App): Promise<void> {
  await app.list.createReport({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2026, questionSet: CULTURE_SET_NAME });
  await app.editor.field('Kontaktperson för eventuella frågor').fill('Moa Almerud');
  await app.editor.field('Telefon').fill('08-508 000 00');
  await app.editor.field('E-post').fill('moa.almerud@stockholm.se');
  await app.editor.answer('1.1').fill('Vi har stärkt de kreativa näringarna.');
  await app.editor.answer('3.1').fill('Platssamverkan i tre stadsdelar.');
  await app.editor.field('Övriga upplysningar').fill(OTHER_INFORMATION);
  await app.editor.waitUntilSaved();
}

test('each leftover in "Övriga upplysningar" is its own line, in the panel and the review, each selecting its own leftover', async ({ app }) => {
  const { page, editor } = app;
  await reportWithLeftovers(app);

  const panelLines = editor.missing.getByRole('list', { name: 'Kvar att fylla i' }).getByRole('button');
  await expect(panelLines).toHaveCount(LEFTOVERS.length);
  await expect(editor.missing).toContainText(`(1 av ${LEFTOVERS.length})`);
  for (const [index, leftover] of LEFTOVERS.entries()) {
    await panelLines.nth(index).click();
    expect(await selectedInFocusedField(page)).toEqual({ id: 'other-information', selected: leftover });
  }

  await page.getByRole('button', { name: 'Skicka in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Granska innan du skickar' });
  await expect(dialog.getByRole('list', { name: 'Att åtgärda' }).getByRole('button')).toHaveCount(LEFTOVERS.length);
  await expectNoSeriousAxeViolations(page, 'the review with seven leftovers');
  await page.keyboard.press('Escape');
});

test('a line of the review, by Enter, closes the dialog and puts the caret on its leftover; typing replaces it', async ({ app }) => {
  const { page, editor } = app;
  await reportWithLeftovers(app);

  const submit = page.getByRole('button', { name: 'Skicka in' });
  await submit.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Granska innan du skickar' });
  await expect(dialog).toBeVisible();
  const third = dialog.getByRole('button', { name: /"TBD" \(3 av 7\)/ });
  await tabTo(page, third);
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(editor.field('Övriga upplysningar')).toBeFocused();
  expect(await selectedInFocusedField(page)).toEqual({ id: 'other-information', selected: 'TBD' });
  // What the user types goes into the field, in place of the leftover; the dialog stays shut.
  await page.keyboard.type('klar');
  await expect(editor.field('Övriga upplysningar')).toHaveValue(OTHER_INFORMATION.replace('TBD', 'klar'));
  await expect(dialog).toBeHidden();

  // By mouse the same.
  await submit.click();
  await dialog.getByRole('button', { name: /"\?\?\?"/ }).click();
  await expect(dialog).toBeHidden();
  expect(await selectedInFocusedField(page)).toEqual({ id: 'other-information', selected: '???' });
});

/** The city's example form with Telefon left as the template's placeholder. */
async function exampleWithoutPhone(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await readFile(EXAMPLE));
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml?.includes('08-508 26 000')) throw new Error('the example has changed: no phone number in it');
  zip.file('word/document.xml', xml.replace('08-508 26 000', 'Klicka här för att ange text.'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('after an import the focus is on the field of the first line of "Kvar att fylla i", not on an empty Telefon only worth a look', async ({ app }) => {
  const { page, editor } = app;
  const mimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  await page.locator('#import-file').setInputFiles({ name: 'idrott-t1.docx', mimeType, buffer: await exampleWithoutPhone() });
  await page.getByLabel('Period').selectOption('T1');
  await page.getByRole('button', { name: 'Importera som T1 2022' }).click();
  await expect(page.getByText('Idrottsnämnden: idrottsförvaltningen T1 2022 – Tertialrapport 1')).toBeVisible();

  const first = editor.missing.getByRole('list', { name: 'Kvar att fylla i' }).getByRole('button').first();
  await expect(first).toHaveText('Svar på fråga 2.1 saknas.');
  await expect(editor.missing.getByRole('list', { name: 'Att kontrollera' })).toContainText('Telefon är tomt.');
  await expect(editor.answer('2.1')).toBeFocused();
});
