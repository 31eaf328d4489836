import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServices } from '../../src-main/services.ts';
import { HOSTILE_FILES } from '../support/hostile-files.ts';
import { canMountSmallDisk, fillDisk, makeReadOnly, makeWritable, mountSmallDisk } from '../support/hostile-disks.ts';
import { assertDocxWellFormed, readDocxParts } from '../support/docx-check.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { runCli } from '../support/cli.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { CULTURE_SET_ID, TEST_QUESTION_SETS } from '../support/question-sets.ts';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let reportPath: string;
let reportId: string;
let services: ReturnType<typeof createServices>;

beforeAll(async () => {
  folder = await makeTempFolder('rapport-cli-');
  services = createServices({ dataFolder: join(folder.path, 'data'), documentWorkerPath: DOCUMENT_WORKER, questionSets: TEST_QUESTION_SETS });
  const report = await services.store.create({
    committee: 'Kulturnämnden: kulturförvaltningen',
    period: 'T2',
    year: 2022,
    questionSetId: CULTURE_SET_ID,
  });
  report.header.contactPerson = 'Moa Almerud';
  const [first] = report.focusAreas[0]?.questions ?? [];
  if (first) first.answer = 'Första stycket.\n\n- en punkt\n- en till';
  await services.store.save(report);
  reportId = report.id;
  reportPath = join(folder.path, 'data', 'reports', `${report.id}.json`);
});

afterAll(async () => {
  await services.close();
  await folder.remove();
});

describe('npm run cli -- export', () => {
  test('writes the same document as the app, apart from timestamps', async () => {
    const output = join(folder.path, 'från-terminalen.docx');
    const result = await runCli(['export', reportPath, '-o', output]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Sparade ${output}`);
    const fromCli = await assertDocxWellFormed(await readFile(output));

    const fromApp = await services.exports.exportDocx(reportId);
    if (!fromApp) throw new Error('the preview platform always exports');
    const appParts = await readDocxParts(await readFile(fromApp.path));
    expect([...fromCli.keys()].sort()).toEqual([...appParts.keys()].sort());
    const withoutTimestamps = (xml: string): string => xml.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '');
    for (const [name, xml] of appParts) expect(withoutTimestamps(fromCli.get(name) ?? ''), name).toBe(withoutTimestamps(xml));
  });

  const badFiles: [string, string | undefined, RegExp][] = [
    ['a missing file', undefined, /finns inte/],
    ['a file that is not JSON', '{"schemaVersion": 1, "id": ', /är ingen rapportfil: den kan vara skadad/],
    ['JSON of the wrong shape', '{"schemaVersion": 1, "header": []}', /är ingen giltig rapportfil/],
    ['a report from a newer version', '{"schemaVersion": 9}', /nyare version av appen \(filformat 9\)/],
  ];

  test.each(badFiles)('%s: a Swedish message, exit 1, and no document', async (_name, content, message) => {
    const input = join(folder.path, `indata-${Math.random().toString(36).slice(2)}.json`);
    if (content !== undefined) await writeFile(input, content);
    const output = join(folder.path, `ut-${Math.random().toString(36).slice(2)}.docx`);
    const result = await runCli(['export', input, '-o', output]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(await readdir(folder.path)).not.toContain(output.split('/').pop());
  });

  test('wrong usage prints how to use it and exits 2', async () => {
    const result = await runCli(['export', reportPath]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Användning:');
  });

  test.each([
    [['import', reportPath, '--help'], 'Okänd flagga: --help.'],
    [['import', reportPath, '-o'], 'Flaggan -o används fel (den behöver ett värde, eller tar inget).'],
  ])('a wrong option (%j) is named in Swedish, with none of the parser’s English', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(result.stderr).not.toMatch(/Unknown|argument missing|option/i);
  });
});

describe('an output that cannot be written', () => {
  test('a read-only folder: a Swedish message, no file, and the report unchanged', async () => {
    const before = await readFile(reportPath);
    const target = await makeTempFolder('rapport-cli-ro-');
    await makeReadOnly(target.path);
    try {
      const result = await runCli(['export', reportPath, '-o', join(target.path, 'rapport.docx')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/kunde inte sparas i .*skrivskyddad.*Rapporten är oförändrad/);
      expect(await readdir(target.path)).toEqual([]);
    } finally {
      await makeWritable(target.path);
      await target.remove();
    }
    expect(await readFile(reportPath)).toEqual(before);
  });

  test('a document held by another program keeps its content and the user is told', async () => {
    const target = await makeTempFolder('rapport-cli-locked-');
    const locked = join(target.path, 'öppen i Word.docx');
    await writeFile(locked, 'dokumentet som Word har öppet');
    // As root, an immutable file stands in for a file Windows keeps locked while Word has it.
    await makeReadOnly(locked);
    await makeReadOnly(target.path);
    try {
      const result = await runCli(['export', reportPath, '-o', locked]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/öppen i ett annat program/);
    } finally {
      await makeWritable(target.path);
      await makeWritable(locked);
    }
    expect(await readFile(locked, 'utf8')).toBe('dokumentet som Word har öppet');
    expect(await readdir(target.path)).toEqual(['öppen i Word.docx']);
    await target.remove();
  });

  test.skipIf(!canMountSmallDisk)('a full disk (a real tmpfs; needs root): a Swedish message and no half-written document', async () => {
    const disk = await mountSmallDisk(256);
    try {
      await fillDisk(disk.path, 4 * 1024);
      const result = await runCli(['export', reportPath, '-o', join(disk.path, 'rapport.docx')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/Word-filen rapport\.docx kunde inte sparas: disken är full/);
      expect(await readdir(disk.path)).toEqual(['filler']);
    } finally {
      await disk.unmount();
    }
  });
});

describe('npm run cli -- import', () => {
  const EXAMPLE = resolve(import.meta.dirname, '../fixtures/exempel-idrottsnamnden-2022.docx');

  test('reads a filled-in Word form into a report file that the app opens', async () => {
    const output = join(folder.path, 'importerad.json');
    const result = await runCli(['import', EXAMPLE, '-o', output, '--period', 'T1']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Idrottsnämnden: idrottsförvaltningen, T1 2022, 2 fokusområden, 2 frågor');
    const report = (await import('../../src-main/store/report-file.ts')).parseReportText(await readFile(output, 'utf8'), output);
    expect(report.header.contactPerson).toBe('Per Lindqvist');
    expect(report.focusAreas[1]?.questions[0]?.answer).toBe('');
  });

  test('a form that does not say its period: the CLI asks for --period rather than guess', async () => {
    const output = join(folder.path, 'utan-period.json');
    const result = await runCli(['import', EXAMPLE, '-o', output]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Word-mallen har ingen plats för perioden, så dokumentet säger inte vilken period det gäller. Ange perioden med --period T1|T2|VB.',
    );
    expect(await readdir(folder.path)).not.toContain('utan-period.json');
  });

  test('the app’s own export says its period, and imports as it', async () => {
    const exported = join(folder.path, 'egen-export.docx');
    expect((await runCli(['export', reportPath, '-o', exported])).code).toBe(0);
    const result = await runCli(['import', exported, '-o', join(folder.path, 'egen-export.json')]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('Enligt dokumentet gäller rapporten T2 2022.');
    expect(result.stdout).toContain('T2 2022, 2 fokusområden');
  });

  test('prints what it could not place', async () => {
    const { buildDocx, documentXml, paragraph } = await import('../support/word-forms.ts');
    const input = join(folder.path, 'med-extra.docx');
    await writeFile(
      input,
      await buildDocx(
        documentXml(paragraph('UPPFÖLJNINGSRAPPORT NÄRINGSLIV') + paragraph('Skickas senast 15 maj.') + paragraph('Nämnd') + paragraph('Kulturnämnden')),
      ),
    );
    const result = await runCli(['import', input, '-o', join(folder.path, 'med-extra.json'), '--period', 'T1', '--year', '2026']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kunde inte placeras: Skickas senast 15 maj.');
  });

  test('a report file with __proto__ keys is refused, and no output is written', async () => {
    const input = join(folder.path, 'farlig.json');
    await writeFile(input, '{"__proto__": {"x": 1}, "schemaVersion": 2}');
    const output = join(folder.path, 'farlig-ut.json');
    const result = await runCli(['import', input, '-o', output]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nyckeln "__proto__"/);
    expect(await readdir(folder.path)).not.toContain('farlig-ut.json');
  });
});

describe('the command line and the app say the same', () => {
  const hostileReportFile: [string, () => Buffer, RegExp] = [
    'a report file with a __proto__ key',
    () => Buffer.from('{"__proto__": {"x": 1}, "schemaVersion": 2}'),
    /nyckeln "__proto__"/,
  ];

  test.each([...HOSTILE_FILES, hostileReportFile])(
    '%s: the same Swedish message through "npm run cli -- import" and "Importera"',
    async (_name, build, message) => {
      const bytes = await build();
      const input = join(folder.path, 'rapport.docx');
      await writeFile(input, bytes);
      const fromApp = await services.imports.inspect('rapport.docx', bytes).then(
        () => 'no error',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      expect(fromApp).toMatch(message);
      const fromCli = await runCli(['import', input, '-o', join(folder.path, 'ut.json')]);
      expect(fromCli.code).toBe(1);
      expect(fromCli.stderr.trim()).toBe(fromApp);
    },
  );

  test('a named pipe and /dev/zero are refused at once, without reading them', async () => {
    const pipe = join(folder.path, 'rör');
    await new Promise<void>((resolvePromise, reject) =>
      spawn('mkfifo', [pipe]).on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`mkfifo ${code}`)))),
    );
    for (const input of [pipe, '/dev/zero']) {
      const result = await runCli(['import', input, '-o', join(folder.path, 'aldrig.json')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/är ingen vanlig fil/);
    }
  });
});

describe('npm run cli -- check', () => {
  test('prints the review’s findings in Swedish, one a line, and exits 1 while there is anything to fix', async () => {
    const result = await runCli(['check', reportPath]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('Krävs för inskick: E-post är tomt – staden måste veta vem rapporten är från.');
    expect(lines).toContain('Kontrollera: Telefon är tomt.');
    expect(lines).toContain('Åtgärda: Svar på fråga 3.1 saknas.');
    const { reviewReport } = await import('../../src-main/report/review.ts');
    const { languageFindings } = await import('../../src-main/report/language-review.ts');
    const { loadReportFile } = await import('../../src-main/store/report-file.ts');
    const report = await loadReportFile(reportPath);
    expect(lines).toHaveLength(reviewReport(report).length + languageFindings(report).length);
  });

  test('prints the plain-Swedish hints as the app shows them, and they never make it exit 1', async () => {
    const { loadReportFile } = await import('../../src-main/store/report-file.ts');
    const report = await loadReportFile(reportPath);
    report.header = { committee: 'Kulturnämnden', contactPerson: 'Moa Almerud', phone: '08-508 000 00', email: 'moa.almerud@stockholm.se' };
    for (const area of report.focusAreas) for (const question of area.questions) question.answer = 'Vi har öppnat ett kafé.';
    report.otherInformation = 'Avseende lokalerna har vi i syfte att spara pengar flyttat.';
    const input = join(folder.path, 'tung.json');
    await writeFile(input, JSON.stringify(report));
    const result = await runCli(['check', input]);
    // Avseende(8) lokalerna(9) har(3) vi(2) i(1) syfte(5) att(3) spara(5) pengar(6) flyttat(7):
    // 10 words, 3 longer than six letters, 1 sentence → 10 + 30 = 40, medelsvår.
    expect(result).toMatchObject({
      code: 0,
      stdout: 'Kontrollera: Övriga upplysningar, klarspråk (LIX 40, medelsvår): "Avseende" kan bli "om"; "i syfte att" kan bli "för att".\n',
    });
  });

  test('exits 0 when only warnings are left', async () => {
    const { loadReportFile } = await import('../../src-main/store/report-file.ts');
    const report = await loadReportFile(reportPath);
    report.header = { committee: 'Kulturnämnden', contactPerson: 'Moa Almerud', phone: '', email: 'moa.almerud@stockholm.se' };
    for (const area of report.focusAreas) for (const question of area.questions) question.answer = 'Svar.';
    const input = join(folder.path, 'nastan-klar.json');
    await writeFile(input, JSON.stringify(report));
    const result = await runCli(['check', input]);
    expect(result).toMatchObject({ code: 0, stdout: 'Kontrollera: Telefon är tomt.\n' });
  });
});

describe('npm run cli -- email', () => {
  test('writes the same draft as the app: Swedish subject, the recipient given, the document attached', async () => {
    const output = join(folder.path, 'utkast.eml');
    const result = await runCli(['email', reportPath, '-o', output, '--to', 'samordnare@stockholm.se']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const { simpleParser } = await import('mailparser');
    const mail = await simpleParser(await readFile(output));
    expect(mail.subject).toBe('Uppföljningsrapport näringsliv – Kulturnämnden – T2 2022');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.attachments[0]?.filename).toBe('Uppföljningsrapport näringsliv – Kulturnämnden – T2 2022.docx');
    await assertDocxWellFormed(mail.attachments[0]?.content ?? Buffer.alloc(0));
  });

  test('an address that is not one is wrong usage', async () => {
    const result = await runCli(['email', reportPath, '-o', join(folder.path, 'x.eml'), '--to', 'moa@']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"moa@" är ingen e-postadress.');
  });
});
