import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDocumentRunner } from '../../src-main/services.ts';
import { renderDocx } from '../../src-main/docx/write-docx.ts';
import { CURRENT_SCHEMA_VERSION } from '../../src-main/report/model.ts';
import { createServices, type Services } from '../../src-main/services.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { largeReport, sampleReport } from '../support/reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { HOSTILE_FILES as hostileFiles } from '../support/hostile-files.ts';
import { crc32, deflateRawSync } from 'node:zlib';
import { documentXml, paragraph, rawZip, type RawZipEntry } from '../support/word-forms.ts';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let services: Services;

beforeEach(async () => {
  folder = await makeTempFolder('rapport-hostile-');
  services = createServices({ dataFolder: folder.path, documentWorkerPath: DOCUMENT_WORKER });
});
afterEach(async () => {
  await services.close();
  await folder.remove();
});

async function nothingCreated(): Promise<void> {
  expect((await services.store.list()).reports).toEqual([]);
  expect(await readdir(join(folder.path, 'reports')).catch(() => [])).toEqual([]);
}

describe('hostile or wrong Word files', () => {
  test.each(hostileFiles)('%s: a Swedish message naming the problem; nothing is created', async (_name, build, message) => {
    await expect(services.imports.inspect('rapport.docx', await build())).rejects.toThrow(message);
    await nothingCreated();
  });

  test('a file that takes too long to read is stopped, the user told, and the next import works', async () => {
    const runner = createDocumentRunner(DOCUMENT_WORKER, { readTimeoutMs: 1 });
    const big = await renderDocx(largeReport());
    await expect(runner.run('read-form', { bytes: big })).rejects.toThrow(/tog för lång tid att läsa/);
    await runner.close();
    const patient = createDocumentRunner(DOCUMENT_WORKER);
    expect((await patient.run('read-form', { bytes: big })).header.committee).toBe('Kulturnämnden: kulturförvaltningen');
    await patient.close();
  });
});

describe('hostile or wrong report files', () => {
  const report = JSON.stringify(sampleReport());
  const badReports: [string, string, RegExp][] = [
    ['__proto__ keys', report.replace('"header":{', '"header":{"__proto__":{"isAdmin":true},'), /nyckeln "__proto__"/],
    ['constructor keys', report.replace('{', '{"constructor":{"prototype":{}},'), /nyckeln "(constructor|prototype)"/],
    ['wrong types', report.replace('"year":2022', '"year":"2022"'), /är ingen giltig rapportfil: budgetåret ska vara ett årtal mellan 2000 och 2100/],
    ['a newer schemaVersion', report.replace(`"schemaVersion":${CURRENT_SCHEMA_VERSION}`, '"schemaVersion":7'), /nyare version av appen \(filformat 7\)/],
    ['not JSON', '{"schemaVersion": 2, "id":', /är ingen rapportfil: den kan vara skadad/],
  ];

  test.each(badReports)('%s: a Swedish message; nothing is created and nothing existing changes', async (_name, text, message) => {
    const existing = await services.store.create({ committee: 'Befintlig', period: 'T1', year: 2022 });
    const before = (await services.store.list()).reports;
    await expect(services.imports.inspect('utkast.json', Buffer.from(text))).rejects.toThrow(message);
    expect((await services.store.list()).reports).toEqual(before);
    expect((await services.store.open(existing.id)).report).toEqual(existing);
  });

  test('a good report file comes in as a new report, even with the id of an existing one; for the same committee and period, as a named copy', async () => {
    const existing = await services.store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });
    const preview = await services.imports.inspect('utkast.json', Buffer.from(JSON.stringify({ ...existing, otherInformation: 'Från den andra datorn.' })));
    await expect(services.imports.create({ token: preview.token })).rejects.toThrow(/Det finns redan en rapport för Kulturnämnden T2 2022/);
    const { imported } = await services.imports.create({ token: preview.token, copyName: 'Andra datorn' });
    expect(imported.copyName).toBe('Andra datorn');
    expect(imported.id).not.toBe(existing.id);
    expect(imported.otherInformation).toBe('Från den andra datorn.');
    expect((await services.store.open(existing.id)).report.otherInformation).toBe('');
    expect((await services.store.list()).reports).toHaveLength(2);
  });
});

/** A minimal form, as the entries of a zip the test writes byte by byte. */
function formEntries(documentBytes: Buffer, flags = 0): RawZipEntry[] {
  return [{ name: 'word/document.xml', data: deflateRawSync(documentBytes), method: 8, declaredSize: documentBytes.length, crc: crc32(documentBytes), flags }];
}

const FORM_XML = documentXml(paragraph('UPPFÖLJNINGSRAPPORT NÄRINGSLIV') + paragraph('Nämnd') + paragraph('Kulturnämnden: kulturförvaltningen'));

describe('odd Word files: said what they are, or read', () => {
  test('a zip64 document (as some tools write them) is read', async () => {
    const preview = await services.imports.inspect('zip64.docx', rawZip(formEntries(Buffer.from(FORM_XML)), { zip64: true }));
    expect(preview.kind === 'docx' && preview.found.header.committee).toBe('Kulturnämnden: kulturförvaltningen');
  });

  test('a document saved as UTF-16 is read', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FORM_XML.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]);
    const preview = await services.imports.inspect('utf16.docx', rawZip(formEntries(utf16)));
    expect(preview.kind === 'docx' && preview.found.header.committee).toBe('Kulturnämnden: kulturförvaltningen');
  });

  test('an encrypted entry is named as a password-protected document, with what to do', async () => {
    await expect(services.imports.inspect('krypterad.docx', rawZip(formEntries(Buffer.from(FORM_XML), 0x0001)))).rejects.toThrow(
      'Dokumentet är krypterat med ett lösenord. Öppna det i Word, ta bort lösenordet (Arkiv > Info > Skydda dokument), spara och försök igen.',
    );
    await nothingCreated();
  });

  test('an entry whose CRC does not match is refused as damaged, not imported as it is', async () => {
    const [entry] = formEntries(Buffer.from(FORM_XML));
    if (!entry) throw new Error('one entry');
    await expect(services.imports.inspect('skadad.docx', rawZip([{ ...entry, crc: ((entry.crc ?? 0) ^ 1) >>> 0 }]))).rejects.toThrow(
      /Delen word\/document.xml i dokumentet är skadad: dess kontrollsumma stämmer inte/,
    );
    await nothingCreated();
  });
});

describe('odd report files', () => {
  test('a report file saved with a byte-order mark is read', async () => {
    const preview = await services.imports.inspect(
      'med-bom.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(sampleReport()))]),
    );
    expect(preview.kind).toBe('report');
  });

  test('valid JSON nested 5,000 deep is named for what it is', async () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    await expect(services.imports.inspect('djup.json', Buffer.from(`{"schemaVersion":3,"x":${deep}}`))).rejects.toThrow(/nästlad djupare än en rapportfil/);
  });

  test('two questions sharing an id: the second gets a new one, and the report opens', async () => {
    const report = sampleReport();
    const [first] = report.focusAreas[0]?.questions ?? [];
    const second = report.focusAreas[1]?.questions[0];
    if (!first || !second) throw new Error('the sample has questions in two areas');
    second.id = first.id;
    const preview = await services.imports.inspect('dubbla.json', Buffer.from(JSON.stringify(report)));
    const created = await services.imports.create({ token: preview.token });
    const opened = await services.store.open(created.imported.id);
    const ids = opened.report.focusAreas.flatMap((area) => area.questions.map((question) => question.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('limits, named in Swedish when the file is first read', () => {
  function reportWith(change: (report: ReturnType<typeof sampleReport>) => void): Buffer {
    const report = sampleReport();
    change(report);
    return Buffer.from(JSON.stringify(report));
  }
  const question = (index: number): { id: string; text: string; answer: string } => ({ id: `q${index}`, text: `Fråga ${index}`, answer: '' });

  test.each([
    [
      '1,001 questions in one area',
      reportWith((report) => (report.focusAreas[0] = { number: 1, questions: Array.from({ length: 1_001 }, (_, index) => question(index)) })),
      /^Rapporten har 1\s001 frågor under fokusområde 1; högst 1\s000 går att importera\.$/,
    ],
    [
      '10,000 questions',
      reportWith((report) => (report.focusAreas[0] = { number: 1, questions: Array.from({ length: 10_000 }, (_, index) => question(index)) })),
      /^Rapporten har 10\s000 frågor under fokusområde 1/,
    ],
    [
      'a 3,000-character committee name',
      reportWith((report) => (report.header.committee = 'K'.repeat(3_000))),
      /^Fältet Nämnd har 3\s000 tecken; högst 2\s000 går att importera\.$/,
    ],
    [
      'a 5 MB answer',
      reportWith((report) => {
        const first = report.focusAreas[0]?.questions[0];
        if (first) first.answer = 'å'.repeat(5 * 1024 * 1024);
      }),
      /^Svaret på fråga 1\.1 har 5\s242\s880 tecken; högst 5\s000\s000 går att importera\.$/,
    ],
  ])('a report file with %s', async (_name, bytes, message) => {
    await expect(services.imports.inspect('stor.json', bytes)).rejects.toThrow(message);
    await nothingCreated();
  });

  test('a Word form with 1,001 questions under one focus area', async () => {
    const questions = Array.from({ length: 1_001 }, (_, index) => paragraph(`Fråga ${index}`, { bold: true }) + paragraph('Svar.')).join('');
    const xml = documentXml(
      paragraph('UPPFÖLJNINGSRAPPORT NÄRINGSLIV') +
        paragraph('Nämnd') +
        paragraph('Kulturnämnden') +
        paragraph('1. Stimulera tillväxt och företagsamhet') +
        questions,
    );
    const bytes = Buffer.from(xml);
    await expect(services.imports.inspect('stor.docx', rawZip(formEntries(bytes)))).rejects.toThrow(
      /^Rapporten har 1\s001 frågor under fokusområde 1; högst 1\s000 går att importera\.$/,
    );
    await nothingCreated();
  });
});
