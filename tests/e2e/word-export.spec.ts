import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertDocxWellFormed } from '../support/docx-check.ts';
import { makeReadOnly, makeWritable } from '../support/hostile-disks.ts';
import { expect, test } from './fixtures.ts';
import { CULTURE_SET_NAME } from '../support/question-sets.ts';

const COMMITTEE = 'Kulturnämnden: kulturförvaltningen';

test('"Exportera till Word" saves what is on screen as a .docx under exports/ and says where', async ({ app, preview }) => {
  const { page, list, editor } = app;
  await list.createReport({ committee: COMMITTEE, period: 'T2', year: 2022, questionSet: CULTURE_SET_NAME });
  // Typed just before exporting: the export must wait for it to be saved.
  await editor.answer('1.1').fill('Svar skrivet precis före exporten.');
  await page.getByRole('button', { name: 'Exportera till Word' }).click();

  const path = join(preview.dataFolder, 'exports', 'Uppföljningsrapport näringsliv – Kulturnämnden – T2 2022.docx');
  await expect(page.getByRole('status').filter({ hasText: 'Word-filen sparades:' })).toContainText(path);
  // The preview cannot open files on the user's desktop, so it does not offer to.
  await expect(page.getByRole('button', { name: 'Öppna', exact: true })).toHaveCount(0);
  const parts = await assertDocxWellFormed(await readFile(path));
  expect(parts.get('word/document.xml')).toContain('Svar skrivet precis före exporten.');
});

test('an export that cannot be written says why in Swedish, and the report is unchanged', async ({ app, preview }) => {
  const { page, list, editor } = app;
  await list.createReport({ committee: COMMITTEE, period: 'T1', year: 2023 });
  await editor.waitUntilSaved();
  const exportsFolder = join(preview.dataFolder, 'exports');
  await mkdir(exportsFolder, { recursive: true });
  await makeReadOnly(exportsFolder);
  try {
    await page.getByRole('button', { name: 'Exportera till Word' }).click();
    await expect(page.getByRole('alert')).toContainText('kunde inte sparas');
    await expect(page.getByRole('alert')).toContainText('Rapporten är oförändrad.');
  } finally {
    await makeWritable(exportsFolder);
  }
  await expect(page.getByRole('button', { name: 'Exportera till Word' })).toBeEnabled();
  await expect(editor.saveStatus).toHaveText(/^Sparat/);
});
