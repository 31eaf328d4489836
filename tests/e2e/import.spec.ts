import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { expect, readReportFile, test } from './fixtures.ts';
import { CULTURE_SET_NAME } from '../support/question-sets.ts';

const EXAMPLE = join(import.meta.dirname, '../fixtures/exempel-idrottsnamnden-2022.docx');

test('import last tertial’s Word form: see what was found, then start this period’s report from it', async ({ app, preview }) => {
  const { page, editor } = app;
  await page.locator('#import-file').setInputFiles(EXAMPLE);

  await expect(page.getByRole('heading', { name: 'Importera exempel-idrottsnamnden-2022.docx' })).toBeVisible();
  const found = page.locator('.found-header').first();
  await expect(found).toContainText('Idrottsnämnden: idrottsförvaltningen');
  await expect(found).toContainText('Per Lindqvist');
  await expect(found).toContainText('08-508 26 000');
  await expect(found).toContainText('2022');
  await expect(page.getByRole('heading', { name: '2. Förbättra service, tillgänglighet och myndighetsutövning' })).toBeVisible();
  await expect(page.getByText('Under 2022 genomfördes 14 större idrottsevenemang')).toBeVisible();
  await expect(page.getByText('Allt i dokumentet kunde placeras i formuläret.')).toBeVisible();

  // The template does not say its period: nothing is chosen for the user, and the screen says why.
  await expect(
    page.getByText('Word-mallen har ingen plats för perioden, så dokumentet säger inte vilken period det gäller. Välj period och budgetår.'),
  ).toBeVisible();
  await expect(page.getByLabel('Period')).toHaveValue('');
  await expect(page.getByLabel('Period')).toBeFocused();
  // Each period named as in Ny rapport and Sammanställning, with the months it covers.
  await expect(page.getByLabel('Period').locator('option:not([disabled])')).toHaveText([
    'T1 – Tertialrapport 1 (januari–april)',
    'T2 – Tertialrapport 2 (januari–augusti)',
    'VB – Verksamhetsberättelse (hela året)',
  ]);
  await expect(page.getByLabel('Budgetår')).toHaveValue('2022');
  await page.getByRole('button', { name: 'Importera och starta nästa period' }).click();
  await expect(page.getByLabel('Period')).toHaveAccessibleDescription('Välj vilken period rapporten gäller.');
  await page.getByLabel('Budgetår').fill('abc');
  await expect(page.getByLabel('Budgetår')).toHaveAccessibleDescription(/Budgetåret ska vara ett årtal med fyra siffror/);
  await expect(page.getByRole('button', { name: /null/ })).toHaveCount(0);
  await page.getByLabel('Period').selectOption('T1');
  await page.getByLabel('Budgetår').fill('2022');
  await page.getByRole('button', { name: 'Importera och starta T2 2022' }).click();

  await expect(page.getByText('Idrottsnämnden: idrottsförvaltningen T2 2022 – Tertialrapport 2')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'T1 2022 importerad från exempel-idrottsnamnden-2022.docx; T2 2022 startad från den.' });
  await expect(notice.getByRole('button', { name: 'Öppna T1 2022' })).toBeVisible();
  await expect(editor.field('Telefon')).toHaveValue('08-508 26 000');
  await expect(editor.answer('1.1')).toHaveValue(
    'Under 2022 genomfördes 14 större idrottsevenemang med totalt 310 000 besökare.\n\nSamarbetet med Stockholm Business Region AB kring evenemangsstrategin har fortsatt.',
  );
  await expect(editor.answer('2.1')).toHaveValue('');
  await expect(page.getByText('Från T1 2022 – ej granskad')).toHaveCount(1);

  await editor.backToList();
  await expect(page.getByRole('button', { name: /^Öppna Idrottsnämnden: idrottsförvaltningen T1 2022$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Öppna Idrottsnämnden: idrottsförvaltningen T2 2022$/ })).toBeVisible();
  const ids = (await readdir(join(preview.dataFolder, 'reports'))).filter((name) => name.endsWith('.json')).map((name) => name.replace('.json', ''));
  const onDisk = await Promise.all(ids.map((id) => readReportFile(preview, id)));
  expect(onDisk.map((report) => `${report.period} ${report.year}`).sort()).toEqual(['T1 2022', 'T2 2022']);
  const t2 = onDisk.find((report) => report.period === 'T2');
  expect(t2?.focusAreas[0]?.questions[0]?.carriedOver).toMatchObject({ from: 'T1 2022', reviewed: false });
});

test('the app’s own export imports as the period it is: its period is read from the document', async ({ app, preview }) => {
  const { page, list, editor } = app;
  await list.createReport({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T1', year: 2026, questionSet: CULTURE_SET_NAME });
  await page.getByRole('button', { name: 'Exportera till Word' }).click();
  const path = join(preview.dataFolder, 'exports', 'Uppföljningsrapport näringsliv – Kulturnämnden – T1 2026.docx');
  await expect(page.getByRole('status').filter({ hasText: 'Word-filen sparades:' })).toContainText(path);
  await editor.backToList();
  await page.locator('#import-file').setInputFiles(path);
  await expect(page.getByText('Enligt dokumentet gäller rapporten T1 2026.')).toBeVisible();
  await expect(page.getByLabel('Period')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Importera och starta T2 2026' })).toBeFocused();
});

test('a file that is not a Word form is refused with a Swedish message and nothing is created', async ({ app }) => {
  const { page } = app;
  await page.locator('#import-file').setInputFiles({
    name: 'lösenord.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(2048)]),
  });
  await expect(page.getByRole('alert')).toContainText('lösenordsskyddad');
  await expect(page.getByText('Du har inga rapporter ännu.')).toBeVisible();
});

test('move a draft between laptops: "Exportera utkast" writes one file, "Importera" brings it back as a new report', async ({ app, preview }) => {
  const { page, list, editor } = app;
  await list.createReport({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2022, questionSet: CULTURE_SET_NAME });
  await editor.answer('1.1').fill('Skrivet på den första datorn.');
  await page.getByRole('button', { name: 'Exportera utkast' }).click();
  const path = join(preview.dataFolder, 'exports', 'Uppföljningsrapport näringsliv – Kulturnämnden – T2 2022 (utkast).json');
  await expect(page.getByRole('status').filter({ hasText: 'Utkastet sparades:' })).toContainText(path);
  const draft = JSON.parse(await readFile(path, 'utf8')) as { id: string };

  await editor.backToList();
  await page.locator('#import-file').setInputFiles(path);
  await expect(page.getByRole('heading', { name: /^Importera Uppföljningsrapport/ })).toBeVisible();
  await page.getByRole('button', { name: 'Importera som ny rapport' }).click();
  // The same committee and period is already here: the app says so, and offers a named copy.
  const dialog = page.getByRole('dialog', { name: 'Rapporten finns redan' });
  await expect(dialog).toContainText('Det finns redan en rapport för Kulturnämnden T2 2022');
  // The one there is is found, and can be opened instead.
  await expect(dialog.getByRole('button', { name: 'Öppna den som finns' })).toBeVisible();
  await dialog.getByLabel('Namn på kopian').fill('Från den andra datorn');
  await dialog.getByRole('button', { name: 'Skapa kopian' }).click();
  await expect(editor.answer('1.1')).toHaveValue('Skrivet på den första datorn.');
  await editor.backToList();
  await expect(page.getByRole('button', { name: 'Öppna Kulturnämnden: kulturförvaltningen T2 2022', exact: true })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Öppna Kulturnämnden: kulturförvaltningen T2 2022 (Från den andra datorn)' })).toHaveCount(1);
  expect((await readReportFile(preview, draft.id)).focusAreas[0]?.questions[0]?.answer).toBe('Skrivet på den första datorn.');
});

test('an undated form whose text names the months of one period: the import says so beside the period choice, and chooses nothing', async ({ app }) => {
  const { page } = app;
  const zip = await JSZip.loadAsync(await readFile(EXAMPLE));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(xml).toContain('Under 2022 genomfördes');
  zip.file('word/document.xml', xml.replace('Under 2022 genomfördes', 'Under januari–augusti 2022 genomfördes'));
  const mimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  await page.locator('#import-file').setInputFiles({ name: 'idrott-utan-period.docx', mimeType, buffer: await zip.generateAsync({ type: 'nodebuffer' }) });

  const choice = page.getByLabel('Period', { exact: true });
  await expect(choice).toHaveValue('');
  await expect(choice).toBeFocused();
  await expect(choice).toHaveAccessibleDescription(
    'Texten nämner "januari–augusti", som är T2 – Tertialrapport 2. Kontrollera att det stämmer och välj perioden.',
  );
  await expectNoSeriousAxeViolations(page, 'the import naming the months found in the text');
  await choice.selectOption('T2');
  await page.getByRole('button', { name: 'Importera som T2 2022' }).click();
  await expect(page.getByText('Idrottsnämnden: idrottsförvaltningen T2 2022 – Tertialrapport 2')).toBeVisible();
});
