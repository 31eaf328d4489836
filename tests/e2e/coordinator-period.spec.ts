// The coordinator's period end to end in the real UI: the receiver started on 127.0.0.1 with
// senders sending to it over HTTP, one e-mailed Word export of a version also sent, the
// receiver read over the network with the coordinator key set under Inställningar, a last day
// typed in, a register read from a real .xlsx written by exceljs, a differing contact settled,
// a contact edited, the status read back by exceljs, the reminder by mailparser and the
// compiled document by LibreOffice. Most of it with the keyboard alone.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { simpleParser, type AddressObject } from 'mailparser';
import { addCoordinator, addSender } from '../../src-main/receiver/senders.ts';
import { convertWithLibreOffice, textLines } from '../support/docx-check.ts';
import { receivedReport } from '../support/received-folders.ts';
import { newIdempotencyKey, payloadFor, send, startTestReceiver, type TestReceiver } from '../support/receiver-client.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { tabTo } from './keyboard.ts';
import { CompilationPage } from './pages/compilation-page.ts';

const T2 = { period: 'T2', year: 2026 } as const;
const KULTUR = 5;
const IDROTT = 4;

let temp: Awaited<ReturnType<typeof makeTempFolder>>;
let receiver: TestReceiver;
let coordinatorKey: string;
let mail: string;
let registerXlsx: string;

test.beforeAll(async () => {
  temp = await makeTempFolder('rapport-e2e-period-');
  const data = join(temp.path, 'mottagare');
  coordinatorKey = (await addCoordinator(data, 'Stadsledningskontoret', new Date())).key;
  const kulturKey = (await addSender(data, 'Kulturnämnden', new Date())).key;
  receiver = await startTestReceiver({ dataFolder: data });
  const first = receivedReport(KULTUR, T2);
  const second = { ...first, otherInformation: '•\tFörsta punkten\n•\tAndra punkten\n' };
  for (const report of [first, second]) {
    expect((await send(receiver.url, await payloadFor(report), { key: kulturKey, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
  }
  mail = join(temp.path, 'e-post');
  await mkdir(mail, { recursive: true });
  // The second version e-mailed as a Word export too; Idrottsnämnden e-mailed its report file only, saved two days after the last day.
  await writeFile(join(mail, 'Kulturnämnden T2 2026.docx'), (await payloadFor(second)).document);
  await writeFile(join(mail, 'idrott.json'), JSON.stringify(receivedReport(IDROTT, T2, { savedAt: '2026-09-17T08:00:00.000Z' })));

  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Kontakter').addRows([
    ['Organisation', 'Kontaktperson', 'E-post', 'Telefon'],
    ['Kulturnämnden', 'Ada Register', 'ada.register@stockholm.se', '08-508 111 11'],
    ['Socialnämnden', 'Eva Register', 'eva.register@stockholm.se', ''],
    ['Okända nämnden', 'Dan', 'dan@stockholm.se', ''],
  ]);
  registerXlsx = join(temp.path, 'kontakter.xlsx');
  await workbook.xlsx.writeFile(registerXlsx);
});

test.afterAll(async () => {
  await receiver.close();
  await temp.remove();
});

async function setCoordinatorSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Inställningar' }).click();
  await page.getByLabel('Mottagningsadress').fill(receiver.url);
  await page.getByLabel('Samordnarnyckel').fill(coordinatorKey);
  await page.getByRole('button', { name: 'Spara inställningar' }).click();
  await expect(page.getByRole('heading', { name: 'Mina rapporter' })).toBeVisible();
}

test('a period from Mottagaren and a mail folder: the last day, the register, a differing contact, status, reminder and compilation', async ({
  app,
  preview,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await setCoordinatorSettings(page);
  const compilation = new CompilationPage(page);
  await compilation.open();

  // Nothing preselected: no last day until one is set, and none can be before a period is chosen.
  const deadline = page.getByLabel(/^Sista dag att skicka in/);
  await expect(deadline).toBeDisabled();
  await expect(deadline).toHaveValue('');
  await compilation.choosePeriod('T2', 2026);
  await expect(page.getByLabel('Sista dag att skicka in för T2 2026')).toBeEnabled();
  await expect(deadline).toHaveAccessibleDescription(/^Ingen sista dag är satt för perioden\./);

  // By keyboard: the last day typed, Mottagaren chosen, the mail folder typed, read.
  await tabTo(page, deadline);
  // The order of a date field's parts follows the browser's own language (month first in this
  // test browser, year first in a Swedish Windows): the day is filled in, and kept on leaving.
  await deadline.fill('2026-09-15');
  await expect(page.getByRole('status').filter({ hasText: 'Sista dag för T2 2026' })).toHaveCount(0);
  const fromReceiver = page.getByRole('checkbox', { name: `Läs också Mottagaren (${new URL(receiver.url).host})` });
  await tabTo(page, fromReceiver);
  await expect(page.getByRole('status').filter({ hasText: 'Sista dag för T2 2026 är 15 september 2026.' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(fromReceiver).toBeChecked();
  await tabTo(page, page.getByLabel('Mapp 1', { exact: true }));
  await page.keyboard.type(mail);
  await tabTo(page, page.getByRole('button', { name: 'Läs in' }));
  await page.keyboard.press('Enter');
  await expect(compilation.result).toBeFocused();
  await expect(compilation.result).toHaveText('T2 2026: 2 av 45 har skickat');

  // The receiver's latest version counts; the Word copy of it is a copy; who was late, and by how much.
  await expect(compilation.row('Kulturnämnden')).toContainText('2026-T2-000002');
  await expect(compilation.row('Kulturnämnden')).toContainText('inlämning');
  await expect(compilation.row('Kulturnämnden')).toContainText(/\d+ dagar sent/);
  await expect(compilation.row('Idrottsnämnden')).toContainText('2 dagar sent');
  await expect(page.getByText('Kopior (1)')).toBeVisible();

  // The register from the coordinator's Excel file: the row that matches nothing is listed.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera från Excel eller CSV…' }).click();
  await (await chooser).setFiles(registerXlsx);
  const imported = page.getByRole('status').filter({ hasText: /^Kontakter för \d+ organisationer lästes in/ });
  await expect(imported).toBeFocused();
  await expect(imported).toContainText('Kontakter för 2 organisationer lästes in. 1 rad användes inte');
  await expect(page.getByText('Rad 4 (Okända nämnden · Dan · dan@stockholm.se): "Okända nämnden" finns inte i listan över nämnder och bolag.')).toBeVisible();
  await expect(compilation.contactRow('Kulturnämnden')).toContainText('ada.register@stockholm.se');

  // Kulturnämnden's report names another contact: shown, and the coordinator keeps the register's.
  await expect(compilation.result).toHaveText('T2 2026: 2 av 45 har skickat');
  const conflict = page.getByRole('listitem').filter({ hasText: 'Kulturnämnden: registret har Ada Register' });
  await expect(conflict).toContainText(`rapporten anger ${receivedReport(KULTUR, T2).header.contactPerson}`);
  await expectNoSeriousAxeViolations(page, 'Sammanställning with a last day, late reports, the register, unused rows and a differing contact');
  await conflict.getByRole('button', { name: 'Behåll registrets kontakt för Kulturnämnden' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(compilation.row('Kulturnämnden')).toContainText('Ada Register');

  // A contact edited by keyboard: Trafiknämnden has none.
  const edit = page.getByRole('button', { name: 'Ändra kontakten för Trafiknämnden' });
  await tabTo(page, edit);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Kontaktperson för Trafiknämnden')).toBeFocused();
  await expectNoSeriousAxeViolations(page, 'Sammanställning with a contact being edited');
  await page.keyboard.type('Tor Trafik');
  await page.keyboard.press('Tab');
  await page.keyboard.type('tor.trafik@stockholm.se');
  await page.keyboard.press('Enter');
  await expect(edit).toBeFocused();
  await expect(compilation.contactRow('Trafiknämnden')).toContainText('tor.trafik@stockholm.se');

  // The status as Excel, read back.
  await page.getByRole('button', { name: 'Exportera status' }).click();
  const statusPath = join(preview.dataFolder, 'exports', 'Status näringsliv T2 2026.xlsx');
  await expect(page.getByRole('status').filter({ hasText: 'Statusen för T2 2026 sparades' })).toContainText(statusPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(statusPath);
  const sheet = workbook.worksheets[0];
  const rows = new Map<string, ExcelJS.Row>();
  sheet?.eachRow((row) => rows.set(row.getCell(1).text, row));
  expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(rows.get('Kulturnämnden')?.getCell(6).value).toBe('2026-T2-000002');
  expect(rows.get('Idrottsnämnden')?.getCell(12).value).toBe(2);
  expect(rows.get('Idrottsnämnden')?.getCell(3).value).toEqual(new Date('2026-09-17T10:00:00.000Z'));
  expect(rows.get('Trafiknämnden')?.getCell(10).value).toBe('tor.trafik@stockholm.se');

  // The reminder: the register's addresses of those who have not sent, in Bcc, the period and the last day, no organisation.
  await page.getByRole('button', { name: 'Påminnelse' }).click();
  const emlPath = join(preview.dataFolder, 'exports', 'Påminnelse näringsliv T2 2026.eml');
  await expect(page.getByRole('status').filter({ hasText: 'Påminnelsen sparades med 2 mottagare i Bcc' })).toBeFocused();
  const message = await simpleParser(await readFile(emlPath));
  expect((message.bcc as AddressObject | undefined)?.value.map((address) => address.address).sort()).toEqual([
    'eva.register@stockholm.se',
    'tor.trafik@stockholm.se',
  ]);
  expect(message.text).toContain('för T2 2026');
  expect(message.text).toMatch(/Sista dag att skicka in (var|är) 15 september 2026\./);
  for (const organisation of ['Socialnämnden', 'Trafiknämnden', 'Kulturnämnden']) expect(message.text).not.toContain(organisation);

  // The compiled document: the last day on its title page, the answers read over the network.
  await compilation.compile.click();
  const documentPath = join(preview.dataFolder, 'exports', 'Sammanställning näringsliv T2 2026.docx');
  await expect(page.getByRole('status').filter({ hasText: 'Sammanställningen för T2 2026 sparades' })).toBeFocused();
  const lines = textLines((await convertWithLibreOffice([documentPath], 'txt:Text')).get(documentPath) ?? Buffer.alloc(0));
  expect(lines).toContain('Sista dag att skicka in: 15 september 2026.');
  expect(lines.map((line) => line.trim())).toContain('• Första punkten');

  // Emptied and Enter pressed: the period has no last day again, and the table no column for it.
  await deadline.fill('');
  await deadline.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Sista dag för T2 2026 togs bort.' })).toBeVisible();
  await expect(compilation.row('Idrottsnämnden')).not.toContainText('dagar sent');
  await rm(join(preview.dataFolder, 'exports'), { recursive: true, force: true });
});

test('Mottagaren cannot be chosen without an address under Inställningar, and says where to set it', async ({ app }) => {
  const compilation = new CompilationPage(app.page);
  await compilation.open();
  const fromReceiver = app.page.getByRole('checkbox', { name: /^Läs också Mottagaren/ });
  await expect(fromReceiver).toBeDisabled();
  await expect(fromReceiver).toHaveAccessibleDescription('Ange mottagningsadressen och samordnarnyckeln under Inställningar för att läsa mottagaren härifrån.');
});

test('a day with a year of five digits (the date field lets it through) is not kept: the field says why, and no notice goes up', async ({ app }) => {
  const { page } = app;
  const compilation = new CompilationPage(page);
  await compilation.open();
  await compilation.choosePeriod('T2', 2026);
  const deadline = page.getByLabel('Sista dag att skicka in för T2 2026');
  // As typed digit by digit into the year: the field holds a valid date string of another year.
  await deadline.evaluate((field: HTMLInputElement) => {
    field.value = '60915-09-15';
  });
  await deadline.press('Enter');
  await expect(deadline).toHaveAttribute('aria-invalid', 'true');
  await expect(deadline).toHaveAccessibleDescription(/^Det är ingen dag appen kan spara\. Ange dagen med ett fyrsiffrigt år, t\.ex\. 2026-09-15\./);
  // No notice: neither a saved day nor the main process's refusal.
  await expect(page.getByRole('status').filter({ hasText: /Sista dag för T2 2026|Uppgifterna kunde inte tas emot/ })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await deadline.fill('2026-09-15');
  await deadline.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Sista dag för T2 2026 är 15 september 2026.' })).toBeVisible();
  await expect(deadline).toHaveAttribute('aria-invalid', 'false');
});
