// The coordinator's period end to end on real files: the receiver's versions (received on the
// receiver's own clock) and an e-mailed report file, a contact register read from a real .xlsx
// written by exceljs, one written by LibreOffice Calc and a Swedish Excel CSV, a last day for
// sending, who was late, a report whose contact differs from the register's, the reminder read
// back by mailparser, the status read back by exceljs, the compiled document by LibreOffice;
// through the service as the screen calls it, and through the command line.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { simpleParser, type AddressObject } from 'mailparser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { SubmissionStore } from '../../src-main/receiver/submission-store.ts';
import { createServices, type Services } from '../../src-main/services.ts';
import { runCli } from '../support/cli.ts';
import { convertWithLibreOffice, textLines } from '../support/docx-check.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { receivedReport, storeInReceiver } from '../support/received-folders.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const T2 = { period: 'T2', year: 2026 } as const;
const KULTUR = 5;
const IDROTT = 4;

let temp: Awaited<ReturnType<typeof makeTempFolder>>;
let receiverData: string;
let mail: string;
let registerXlsx: string;

/** Rows as the coordinator keeps them, headings first. */
const ROWS = [
  ['Nämnd', 'Kontaktperson', 'E-post', 'Telefon'],
  ['Kulturnämnden', 'Ada Register', 'ada.register@stockholm.se', '08-508 111 11'],
  ['Idrottsnämnden', 'Bo Register', 'bo.register@stockholm.se', ''],
  ['Trafiknämnden', 'Cia Register', 'cia@', '08-508 333 33'],
  ['Okända nämnden', 'Dan', 'dan@stockholm.se', ''],
  ['Socialnämnden', 'Eva Register', 'eva.register@stockholm.se', '08-508 444 44'],
];

async function writeWithExcelJs(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kontakter');
  sheet.addRows(ROWS);
  await workbook.xlsx.writeFile(path);
}

beforeAll(async () => {
  temp = await makeTempFolder('rapport-period-');
  receiverData = join(temp.path, 'mottagare');
  mail = join(temp.path, 'e-post');
  await mkdir(mail, { recursive: true });
  // Kulturnämnden sent on the 14th (the receiver's clock); Idrottsnämnden e-mailed its report saved on the 17th.
  const store = await SubmissionStore.open(receiverData, { now: () => new Date('2026-09-14T10:00:00Z') });
  await storeInReceiver(store, receivedReport(KULTUR, T2, { savedAt: '2026-09-14T09:00:00.000Z' }), 'Kulturnämnden');
  await writeFile(join(mail, 'idrott.json'), JSON.stringify(receivedReport(IDROTT, T2, { savedAt: '2026-09-17T08:00:00.000Z' })));
  registerXlsx = join(temp.path, 'kontakter.xlsx');
  await writeWithExcelJs(registerXlsx);
});
afterAll(async () => {
  await temp.remove();
});

describe('through the service, as the screen calls it', () => {
  let services: Services;
  let data: string;
  beforeEach(async () => {
    data = await makeTempFolder('rapport-samordnare-').then((folder) => folder.path);
    services = createServices({ dataFolder: data, documentWorkerPath: DOCUMENT_WORKER, now: () => new Date('2026-09-20T08:00:00Z') });
  });
  afterEach(async () => {
    await services.close();
  });
  const request = (): { period: typeof T2; folders: string[]; assignments: [] } => ({ period: T2, folders: [receiverData, mail], assignments: [] });

  test('the register read from Excel: rows matched by their headings and the organisation; what matches nothing listed with its reason', async () => {
    const imported = await services.coordinator.importContacts('kontakter.xlsx', await readFile(registerXlsx));
    expect(imported.imported).toBe(3);
    expect(imported.unmatched).toEqual([
      { row: 4, text: 'Trafiknämnden · Cia Register · cia@ · 08-508 333 33', reason: '"cia@" är ingen e-postadress.' },
      { row: 5, text: 'Okända nämnden · Dan · dan@stockholm.se', reason: '"Okända nämnden" finns inte i listan över nämnder och bolag.' },
    ]);
    expect(imported.data.register.map((contact) => contact.organisation)).toEqual(['Idrottsnämnden', 'Kulturnämnden', 'Socialnämnden']);
    expect(imported.data.register.find((contact) => contact.organisation === 'Kulturnämnden')).toEqual({
      organisation: 'Kulturnämnden',
      contactPerson: 'Ada Register',
      email: 'ada.register@stockholm.se',
      phone: '08-508 111 11',
    });
  });

  test('a register written by LibreOffice Calc, and a Swedish Excel CSV (semicolons, Windows-1252), read the same', async () => {
    const csv = join(temp.path, 'kontakter.csv');
    await writeFile(csv, Buffer.from(ROWS.map((row) => row.join(';')).join('\r\n'), 'latin1'));
    // Calc saves the list as .xlsx, as the coordinator's own spreadsheet program would (read from UTF-8 text: 76).
    const forCalc = join(temp.path, 'calc-in', 'kontakter.csv');
    await mkdir(join(temp.path, 'calc-in'), { recursive: true });
    await writeFile(forCalc, ROWS.map((row) => row.join(';')).join('\n'));
    const calc = await promisify(execFile)(
      'soffice',
      ['--headless', '--infilter=CSV:59,34,76,1', '--convert-to', 'xlsx', '--outdir', join(temp.path, 'calc'), forCalc],
      {
        timeout: 60_000,
      },
    );
    expect(calc.stdout).toContain('Calc Office Open XML');
    for (const [name, bytes] of [
      ['kontakter.xlsx', await readFile(join(temp.path, 'calc', 'kontakter.xlsx'))],
      ['kontakter.csv', await readFile(csv)],
    ] as const) {
      const imported = await services.coordinator.importContacts(name, bytes);
      expect(imported.data.register.find((contact) => contact.organisation === 'Kulturnämnden')?.contactPerson, name).toBe('Ada Register');
      expect(
        imported.unmatched.map((row) => row.row),
        name,
      ).toEqual([4, 5]);
    }
  }, 90_000);

  test('a file without the headings is refused with what they should be, and the register is unchanged', async () => {
    await expect(services.coordinator.importContacts('lista.csv', Buffer.from('a;b\nc;d\n'))).rejects.toThrow(
      /ingen rubrik som appen känner igen.*Organisation \(eller Nämnd\), Kontaktperson, E-post och Telefon/,
    );
    expect((await services.coordinator.data()).register).toEqual([]);
  });

  test('the last day: nothing preselected; who was late and by how much, by the receiver’s clock where it has one', async () => {
    expect((await services.compilation.scan(request())).deadline).toBeUndefined();
    expect((await services.coordinator.data()).deadlines).toEqual([]);
    await services.coordinator.setDeadline(T2, '2026-09-15');
    const scan = await services.compilation.scan(request());
    expect(scan.deadline).toBe('2026-09-15');
    const status = (name: string): unknown => scan.organisations.find((organisation) => organisation.name === name)?.counted?.lateDays;
    expect(status('Kulturnämnden')).toBeUndefined();
    expect(status('Idrottsnämnden')).toBe(2);
    await services.coordinator.setDeadline(T2, null);
    expect((await services.compilation.scan(request())).deadline).toBeUndefined();
  });

  test('a report naming another contact than the register: shown; "behåll registrets" or the report’s contact settles it', async () => {
    await services.coordinator.importContacts('kontakter.xlsx', await readFile(registerXlsx));
    const conflicts = (await services.compilation.scan(request())).contactConflicts;
    expect(conflicts.map((conflict) => [conflict.organisation, conflict.register.email, conflict.report.email])).toEqual([
      ['Idrottsnämnden', 'bo.register@stockholm.se', receivedReport(IDROTT, T2).header.email],
      ['Kulturnämnden', 'ada.register@stockholm.se', receivedReport(KULTUR, T2).header.email],
    ]);
    await services.coordinator.keepRegisterContact('Kulturnämnden', receivedReport(KULTUR, T2).header.email);
    const idrott = conflicts.find((conflict) => conflict.organisation === 'Idrottsnämnden')?.report;
    if (idrott === undefined) throw new Error('no conflict for Idrottsnämnden');
    await services.coordinator.saveContact(idrott);
    expect((await services.compilation.scan(request())).contactConflicts).toEqual([]);
    const register = (await services.coordinator.data()).register;
    expect(register.find((contact) => contact.organisation === 'Kulturnämnden')?.email).toBe('ada.register@stockholm.se');
    expect(register.find((contact) => contact.organisation === 'Idrottsnämnden')?.email).toBe(receivedReport(IDROTT, T2).header.email);
  });

  test('another period’s file, copied in later, does not contradict the contact of the version that counts', async () => {
    await services.coordinator.importContacts('kontakter.xlsx', await readFile(registerXlsx));
    await services.coordinator.saveContact({
      organisation: 'Kulturnämnden',
      ...receivedReport(KULTUR, T2).header,
      email: receivedReport(KULTUR, T2).header.email,
    });
    const older = receivedReport(KULTUR, { period: 'T1', year: 2026 });
    older.header.contactPerson = 'Per Tidigare';
    older.header.email = 'per.tidigare@stockholm.se';
    const oldFolder = join(temp.path, 'gammalt');
    await mkdir(oldFolder, { recursive: true });
    await writeFile(join(oldFolder, 'kultur-t1.json'), JSON.stringify(older));
    const scan = await services.compilation.scan({ ...request(), folders: [...request().folders, oldFolder] });
    expect(scan.organisations.find((organisation) => organisation.name === 'Kulturnämnden')?.counted?.route).toBe('inlamning');
    expect(scan.contactConflicts.map((conflict) => conflict.organisation)).not.toContain('Kulturnämnden');
  });

  test('the reminder: to the register’s contacts of those who have not sent, in Bcc, with the last day and no organisation named', async () => {
    await services.settings.save({ coordinatorEmail: 'samordnare@stockholm.se', contactDefaults: {} });
    await services.coordinator.importContacts('kontakter.xlsx', await readFile(registerXlsx));
    await services.coordinator.setDeadline(T2, '2026-09-15');
    const written = await services.compilation.reminder(request());
    expect(written?.recipients).toEqual([{ organisation: 'Socialnämnden', email: 'eva.register@stockholm.se' }]);
    expect(written?.withoutAddress).toContain('Trafiknämnden');
    const message = await simpleParser(await readFile(written?.path ?? ''));
    expect((message.bcc as AddressObject | undefined)?.value.map((address) => address.address)).toEqual(['eva.register@stockholm.se']);
    expect(message.text).toContain('Sista dag att skicka in var 15 september 2026.');
    for (const organisation of ['Socialnämnden', 'Trafiknämnden', 'Kulturnämnden']) expect(message.text).not.toContain(organisation);
  });

  test('the status as Excel: a row per organisation, real dates in Stockholm time, the header kept in view, how late', async () => {
    await services.coordinator.importContacts('kontakter.xlsx', await readFile(registerXlsx));
    await services.coordinator.setDeadline(T2, '2026-09-15');
    const written = await services.compilation.exportStatus(request());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written?.path ?? '');
    const sheet = workbook.worksheets[0];
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Organisation',
      'Inkommen',
      'När',
      'Version',
      'Väg',
      'Kvitto',
      'Ifyllt',
      'Fokusområden',
      'Kontaktperson',
      'E-post',
      'Telefon',
      'Dagar försenad',
    ]);
    const rowOf = (name: string): ExcelJS.Row | undefined => {
      let found: ExcelJS.Row | undefined;
      sheet?.eachRow((row) => {
        if (row.getCell(1).value === name) found = row;
      });
      return found;
    };
    const idrott = rowOf('Idrottsnämnden');
    expect(idrott?.getCell(2).value).toBe('Ja');
    // Saved 08:00 UTC is 10:00 in Stockholm: the cell holds the Stockholm time.
    expect(idrott?.getCell(3).value).toEqual(new Date('2026-09-17T10:00:00.000Z'));
    expect(idrott?.getCell(12).value).toBe(2);
    expect(rowOf('Kulturnämnden')?.getCell(6).value).toBe('2026-T2-000001');
    expect(rowOf('Socialnämnden')?.getCell(2).value).toBe('Nej');
    expect(rowOf('Socialnämnden')?.getCell(10).value).toBe('eva.register@stockholm.se');
  });

  test('the compiled document names the last day on its title page (read by LibreOffice)', async () => {
    await services.coordinator.setDeadline(T2, '2026-09-15');
    const written = await services.compilation.compile(request());
    const text = textLines((await convertWithLibreOffice([written?.path ?? ''], 'txt:Text')).get(written?.path ?? '') ?? Buffer.alloc(0));
    expect(text).toContain('Sista dag att skicka in: 15 september 2026.');
  }, 90_000);
});

describe('from a terminal', () => {
  test('compile with --contacts, --deadline and --status; reminder; a wrong last day is exit 2 and says why', async () => {
    const out = join(temp.path, 'cli');
    await mkdir(out, { recursive: true });
    const compiled = await runCli([
      'compile',
      receiverData,
      mail,
      '--period',
      'T2',
      '--year',
      '2026',
      '--deadline',
      '2026-09-15',
      '--contacts',
      registerXlsx,
      '--status',
      join(out, 'status.xlsx'),
      '-o',
      join(out, 'sammanstallning.docx'),
    ]);
    expect(compiled.code).toBe(0);
    expect(compiled.stdout).toContain('Rad 5 i kontakter.xlsx användes inte: "Okända nämnden" finns inte i listan över nämnder och bolag.');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'status.xlsx'));
    expect(workbook.worksheets[0]?.rowCount).toBeGreaterThan(40);

    const reminded = await runCli([
      'reminder',
      receiverData,
      mail,
      '--period',
      'T2',
      '--year',
      '2026',
      '--deadline',
      '2026-09-15',
      '--contacts',
      registerXlsx,
      '-o',
      join(out, 'påminnelse.eml'),
    ]);
    expect(reminded.code).toBe(0);
    const message = await simpleParser(await readFile(join(out, 'påminnelse.eml')));
    expect((message.bcc as AddressObject | undefined)?.value.map((address) => address.address)).toEqual(['eva.register@stockholm.se']);
    expect(reminded.stdout).toMatch(/Utan e-postadress i kontaktlistan, nå dem på annat sätt: .*Trafiknämnden/);

    const wrong = await runCli(['compile', mail, '--period', 'T2', '--year', '2026', '--deadline', '15/9', '-o', join(out, 'x.docx')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--deadline "15/9" är inget datum. Ange sista dagen som ÅÅÅÅ-MM-DD');
    const noContacts = await runCli(['reminder', mail, '--period', 'T2', '--year', '2026', '-o', join(out, 'y.eml')]);
    expect(noContacts.code).toBe(2);
    expect(noContacts.stderr).toContain('Ange kontaktpersonerna med --contacts');
  }, 120_000);
});
