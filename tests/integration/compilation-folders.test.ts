// The coordinator's compilation from real folders: 45 organisations' reports in every shape
// they arrive in (the receiver's stored versions, the app's exports, the city's template with
// and without content controls, LibreOffice re-saves, report files, saved e-mails), read by
// the real document worker and compiled into a document that LibreOffice and the app's own
// reader read back. Then the bad input a shared folder holds, through the service and the
// command line alike; no source file is ever changed.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { organisationList } from '../../src-main/coordinator/organisation-list.ts';
import { scanSources } from '../../src-main/compile/scan-sources.ts';
import { toCompilation } from '../../src-main/compile/to-compilation.ts';
import { createDocumentRunner, type DocumentRunner } from '../../src-main/services.ts';
import { readDocxParagraphs } from '../../src-main/docx/read-docx.ts';
import { renderDocx } from '../../src-main/docx/write-docx.ts';
import { focusAreaHeading } from '../../src-main/form/template.ts';
import { SubmissionStore } from '../../src-main/receiver/submission-store.ts';
import { createServices } from '../../src-main/services.ts';
import { assertDocxWellFormed, convertWithLibreOffice, textLines } from '../support/docx-check.ts';
import { HOSTILE_FILES } from '../support/hostile-files.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { answerTag, generateReceivedFolders, receivedReport, storeInReceiver, templateForm, type ReceivedFolders } from '../support/received-folders.ts';
import { runCli } from '../support/cli.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const T2 = { period: 'T2', year: 2026 } as const;

let temp: Awaited<ReturnType<typeof makeTempFolder>>;
let folders: ReceivedFolders;
let runner: DocumentRunner;

beforeAll(async () => {
  temp = await makeTempFolder('rapport-sammanstallning-');
  folders = await generateReceivedFolders(join(temp.path, 'inkommet'));
  runner = createDocumentRunner(DOCUMENT_WORKER);
}, 120_000);

afterAll(async () => {
  await runner.close();
  await temp.remove();
});

/** Every file below the folders, with its content's hash and modification time. */
async function fingerprint(...roots: string[]): Promise<Map<string, string>> {
  const prints = new Map<string, string>();
  for (const root of roots) {
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const info = await stat(path);
      prints.set(
        path,
        `${createHash('sha256')
          .update(await readFile(path))
          .digest('hex')} ${info.mtimeMs} ${info.size}`,
      );
    }
  }
  return prints;
}

/**
 * Where each answer landed in the compiled document, read by the app's own reader: the focus
 * area (Heading 1) and the organisation (Heading 2) it stands under, in document order.
 */
function answerPlaces(bytes: Uint8Array): { tag: string; area: string; organisation: string }[] {
  const places: { tag: string; area: string; organisation: string }[] = [];
  let area = '';
  let organisation = '';
  for (const paragraph of readDocxParagraphs(bytes)) {
    if (paragraph.headingLevel === 1) area = paragraph.text;
    if (paragraph.headingLevel === 2) organisation = paragraph.text;
    const tag = /^Svar \d\.\d+ från [^.]+/.exec(paragraph.text)?.[0];
    if (tag !== undefined && paragraph.headingLevel === undefined) places.push({ tag, area, organisation });
  }
  return places;
}

/** Every answer each organisation that sent wrote, in the form's order, with where it belongs. */
function expectedPlaces(received: ReceivedFolders): { tag: string; area: string; organisation: string }[] {
  const expected: { tag: string; area: string; organisation: string }[] = [];
  for (const number of [1, 2, 3, 4] as const) {
    for (const [organisation, report] of received.sent) {
      const area = report.focusAreas.find((candidate) => candidate.number === number);
      area?.questions.forEach((_, index) => expected.push({ tag: answerTag(organisation, number, index), area: focusAreaHeading(number), organisation }));
    }
  }
  return expected;
}

describe('45 organisations, every shape a report arrives in', () => {
  test('each counts once, by the route it came, and the compiled document holds every answer once, in place and in order', async () => {
    const before = await fingerprint(folders.receiverData, folders.mailFolder);
    const { outcome } = await scanSources(
      { folders: [folders.receiverData, folders.mailFolder] },
      { period: T2, organisations: organisationList([]), assignments: new Map(), now: new Date() },
      runner,
    );
    const { scan } = outcome;

    expect(scan.organisations).toHaveLength(45);
    expect(scan.entries.filter((entry) => entry.status !== 'counted')).toEqual([]);
    for (const organisation of scan.organisations) {
      const shape = folders.shapes.get(organisation.name);
      if (shape === undefined) {
        expect(folders.notSent, organisation.name).toContain(organisation.name);
        expect(organisation.counted).toBeUndefined();
        continue;
      }
      const route = shape === 'receiver' ? 'inlamning' : shape === 'email' ? 'e-post' : 'fil';
      expect(organisation.counted, organisation.name).toMatchObject({ route, findings: { blocksSending: 0, fix: 0 } });
      const report = folders.sent.get(organisation.name);
      expect(organisation.counted?.focusAreas).toEqual(report?.focusAreas.map((area) => area.number));
      if (shape === 'receiver') expect(organisation.counted?.version).toMatch(/^2026-T2-\d{6}$/);
    }

    const output = join(temp.path, 'sammanstallning.docx');
    await runner.run('write-compilation', { compilation: toCompilation(outcome, new Date('2026-10-01T08:00:00Z')), outputPath: output });
    const bytes = await readFile(output);
    await assertDocxWellFormed(bytes);

    // The app's reader: every answer once, under its focus area and organisation, in order.
    const places = answerPlaces(bytes);
    const expected = expectedPlaces(folders);
    expect(places.map((place) => place.tag)).toEqual(expected.map((place) => place.tag));
    expect(places).toEqual(expected);

    // LibreOffice: every answer once, and the organisations that did not send named.
    const text = textLines((await convertWithLibreOffice([output], 'txt:Text')).get(output) ?? Buffer.alloc(0)).join('\n');
    for (const { tag } of expected) expect(text.split(tag).length - 1, tag).toBe(1);
    for (const organisation of folders.notSent) expect(text).toContain(organisation);

    expect(await fingerprint(folders.receiverData, folders.mailFolder)).toEqual(before);
  }, 120_000);
});

describe('a version and its Word copy', () => {
  test('a sent report with Word bullets and a trailing line break, also e-mailed as its export: one version, and the receiver’s copy counts', async () => {
    const root = join(temp.path, 'kopia');
    const receiverData = join(root, 'mottagare');
    const mail = join(root, 'e-post');
    await mkdir(mail, { recursive: true });
    const base = receivedReport(5, T2, { savedAt: '2026-09-20T08:00:00.000Z' });
    const [firstArea, ...otherAreas] = base.focusAreas;
    const [firstQuestion, ...otherQuestions] = firstArea?.questions ?? [];
    if (firstArea === undefined || firstQuestion === undefined) throw new Error('the sample report has no question');
    const pasted = { ...firstQuestion, answer: '•\tTolv evenemang.\n•\tTre nya samarbeten.\n' };
    const report = { ...base, focusAreas: [{ ...firstArea, questions: [pasted, ...otherQuestions] }, ...otherAreas] };
    const store = await SubmissionStore.open(receiverData);
    await storeInReceiver(store, report, 'Kulturnämnden');
    await writeFile(join(mail, 'Uppföljningsrapport Kulturnämnden T2 2026.docx'), await renderDocx(report));

    const { outcome } = await scanSources(
      { folders: [receiverData, mail] },
      { period: T2, organisations: organisationList([]), assignments: new Map(), now: new Date('2026-10-01T08:00:00Z') },
      runner,
    );
    const row = outcome.scan.organisations.find((organisation) => organisation.name === 'Kulturnämnden');
    expect(row?.counted).toMatchObject({ route: 'inlamning', version: '2026-T2-000001' });
    const copy = outcome.scan.entries.find((entry) => entry.file.endsWith('.docx'));
    expect(copy).toMatchObject({ status: 'duplicate', reason: expect.stringMatching(/^Samma innehåll som /) });
    expect(row?.otherVersions).toBe(1);
  });
});

describe('bad input among the good', () => {
  let extra: string;
  const expectations: { file: string; status: string; reason: RegExp }[] = [];

  beforeAll(async () => {
    extra = join(temp.path, 'extra');
    await mkdir(join(extra, 'brus'), { recursive: true });
    const kultur = receivedReport(5, T2); // Kulturnämnden, which sent nothing else.
    const add = async (name: string, bytes: Uint8Array | string, status: string, reason: RegExp): Promise<void> => {
      await writeFile(join(extra, name), bytes);
      expectations.push({ file: join(extra, name), status, reason });
    };
    // Two versions, and a copy of the later one.
    const later = { ...kultur, updatedAt: '2026-09-20T08:00:00.000Z', otherInformation: 'Den rättade versionen.' };
    await add('kultur-tidig.json', JSON.stringify({ ...kultur, updatedAt: '2026-09-02T08:00:00.000Z' }), 'older', /En senare version räknas/);
    // The same version twice: the copy saved later (by the file's own time) is kept, the other named its copy.
    await add('kultur-sen.docx', await renderDocx(later), 'duplicate', /Samma innehåll som .*kultur-sen\.json/);
    await writeFile(join(extra, 'kultur-sen.json'), JSON.stringify(later));
    await utimes(join(extra, 'kultur-sen.docx'), new Date('2026-09-21T08:00:00Z'), new Date('2026-09-21T08:00:00Z'));
    await utimes(join(extra, 'kultur-sen.json'), new Date('2026-09-22T08:00:00Z'), new Date('2026-09-22T08:00:00Z'));
    await add('kultur-t1.json', JSON.stringify(receivedReport(5, { period: 'T1', year: 2026 })), 'other-period', /gäller T1 2026, inte T2 2026/);
    await add('mall-2025.docx', await templateForm(receivedReport(8, { period: 'T2', year: 2025 }), true), 'other-period', /budgetår 2025, inte 2026/);
    const unknown = { ...receivedReport(17, T2), header: { ...receivedReport(17, T2).header, committee: 'Nämnden för okända ting' } };
    await add('okand.json', JSON.stringify(unknown), 'unknown-organisation', /"Nämnden för okända ting" finns inte i listan/);
    await add('trasig.docx', (await renderDocx(kultur)).subarray(0, 2_000), 'unreadable', /.+/);
    await add('utan-bilaga.eml', 'From: a@b.se\r\nSubject: Rapport\r\n\r\nHej, rapporten kommer sen.\r\n', 'unreadable', /ingen bifogad rapport/);
    // Each hostile file as the import's tests name it, in a folder of its own.
    for (const [index, [, build, message]] of HOSTILE_FILES.entries()) {
      await mkdir(join(extra, `fientlig-${index}`));
      await add(join(`fientlig-${index}`, 'rapport.docx'), await build(), 'unreadable', message);
    }
    await writeFile(join(extra, 'forsvinner.docx'), await renderDocx(receivedReport(33, { period: 'T1', year: 2026 })));
    // A receiver's unfinished version is never read; nor is Word's lock file.
    await mkdir(join(extra, 'mottagare', 'submissions'), { recursive: true });
    await mkdir(join(extra, 'mottagare', 'incoming', 'abc'), { recursive: true });
    await writeFile(join(extra, 'mottagare', 'incoming', 'abc', 'report.json'), JSON.stringify(unknown));
    await writeFile(join(extra, 'mottagare', 'incoming', 'abc', 'receipt.json'), '{}');
    await writeFile(join(extra, '~$ultur-sen.docx'), 'lås');
    // 10,000 unrelated files.
    await Promise.all(Array.from({ length: 10_000 }, (_, index) => writeFile(join(extra, 'brus', `bild-${index}.png`), 'x')));
  }, 120_000);

  test('each is named with its reason, a file gone while reading among them; the rest is compiled; nothing is changed', async () => {
    const before = await fingerprint(folders.receiverData, folders.mailFolder, extra);
    // The file that disappears goes after the first file is handed to the worker, long before its turn.
    let removed = false;
    const vanishing: DocumentRunner = {
      async run(kind, input) {
        if (!removed) {
          removed = true;
          await rm(join(extra, 'forsvinner.docx'));
        }
        return runner.run(kind, input);
      },
      close: () => runner.close(),
    };
    const started = performance.now();
    const { outcome } = await scanSources(
      { folders: [folders.receiverData, folders.mailFolder, extra] },
      { period: T2, organisations: organisationList([]), assignments: new Map(), now: new Date() },
      vanishing,
    );
    const elapsed = performance.now() - started;
    const { scan } = outcome;
    for (const { file, status, reason } of expectations) {
      const entry = scan.entries.find((candidate) => candidate.file === file);
      expect(entry, file).toBeDefined();
      expect(entry?.status, file).toBe(status);
      expect(entry?.reason, file).toMatch(reason);
    }
    expect(scan.entries.find((entry) => entry.file === join(extra, 'kultur-sen.json'))?.status).toBe('counted');
    expect(scan.entries.find((entry) => entry.file === join(extra, 'forsvinner.docx'))).toMatchObject({ status: 'unreadable', reason: /finns inte/ });
    expect(scan.entries.some((entry) => entry.file.includes('incoming'))).toBe(false);
    expect(scan.otherFiles).toBe(10_001);
    // 45 good reports and the rest are read as before: everyone who sent still counts.
    expect(scan.organisations.filter((organisation) => organisation.counted !== undefined)).toHaveLength(folders.sent.size + 1);
    expect(elapsed).toBeLessThan(30_000);

    const output = join(temp.path, 'med-fel.docx');
    await runner.run('write-compilation', { compilation: toCompilation(outcome, new Date()), outputPath: output });
    const written = await readFile(output);
    const places = answerPlaces(written);
    expect(places.filter((place) => place.organisation === 'Kulturnämnden')).toHaveLength(5);
    // The document says which files could not be read, so "Har inte skickat" is not taken on trust.
    const texts = readDocxParagraphs(written).map((paragraph) => paragraph.text);
    expect(texts).toContain('Filer som inte kunde läsas');
    expect(texts.some((text) => text.startsWith(`${join(extra, 'trasig.docx')}: `))).toBe(true);
    expect(places.some((place) => place.tag.includes('Hägersten-Älvsjö'))).toBe(false);

    const after = await fingerprint(folders.receiverData, folders.mailFolder, extra);
    before.delete(join(extra, 'forsvinner.docx'));
    expect(after).toEqual(before);
    await writeFile(join(extra, 'forsvinner.docx'), await renderDocx(receivedReport(33, { period: 'T1', year: 2026 })));
  }, 120_000);

  test('the command line prints the table, names every file it skipped with the reason, and exits 0 having written the compilation', async () => {
    const output = join(temp.path, 'från-terminalen.docx');
    const result = await runCli(['compile', folders.receiverData, folders.mailFolder, extra, '--period', 't2', '--year', '2026', '-o', output]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Sammanställning T2 2026: 43 av 45 har skickat.');
    expect(result.stdout).toMatch(/^Kulturnämnden +\d{4}-\d{2}-\d{2} \d{2}:\d{2} +fil +1 2 +–$/m);
    expect(result.stdout).toContain('Har inte skickat (2): Hägersten-Älvsjö stadsdelsnämnd, Familjebostäder AB.');
    for (const { file } of expectations) expect(result.stdout).toContain(`  ${file}: `);
    expect(result.stdout).toMatch(/forsvinner\.docx: annan period\. Rapporten gäller T1 2026/);
    expect(result.stdout).toMatch(/10\s001 andra filer lästes inte/u);
    expect(result.stdout).toContain(`Sparade ${output}`);
    await assertDocxWellFormed(await readFile(output));
  }, 120_000);

  test('the command line asks for the period rather than guess it', async () => {
    const result = await runCli(['compile', folders.mailFolder, '-o', join(temp.path, 'ingen.docx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Ange perioden med --period T1|T2|VB och budgetåret med --year, ett år 2000–2100.');
    const wrong = await runCli(['compile', folders.mailFolder, '--period', 'T4', '--year', '2026', '-o', join(temp.path, 'ingen.docx')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('(inte "T4")');
    const hex = await runCli(['compile', folders.mailFolder, '--period', 'T2', '--year', '0x7EA', '-o', join(temp.path, 'ingen.docx')]);
    expect(hex.code).toBe(2);
    expect(hex.stderr).toContain('(inte "0x7EA")');
  });
});

describe('the reminder', () => {
  test('goes to the contact persons the register has from earlier periods, in Bcc, as a draft naming no other organisation; those without an address are named to the coordinator', async () => {
    const data = join(temp.path, 'samordnare');
    const earlier = join(temp.path, 'tidigare');
    await mkdir(earlier, { recursive: true });
    // Kulturnämnden (which has not sent for T2) sent T1 with its contact person's address.
    await writeFile(join(earlier, 'kultur-t1.json'), JSON.stringify(receivedReport(5, { period: 'T1', year: 2026 })));
    const services = createServices({ dataFolder: data, documentWorkerPath: DOCUMENT_WORKER });
    try {
      await services.settings.save({ coordinatorEmail: 'samordnare@stockholm.se', contactDefaults: {} });
      // A T1 scan puts the contact persons it saw in the register...
      await services.compilation.scan({ period: { period: 'T1', year: 2026 }, folders: [earlier], assignments: [] });
      // ...so a T2 reminder reaches them even from folders without anything of theirs.
      const written = await services.compilation.reminder({ period: T2, folders: [folders.receiverData, folders.mailFolder], assignments: [] });
      expect(written).not.toBeNull();
      expect(written?.recipients).toEqual([{ organisation: 'Kulturnämnden', email: receivedReport(5, T2).header.email }]);
      expect(written?.withoutAddress).toEqual(['Hägersten-Älvsjö stadsdelsnämnd', 'Familjebostäder AB']);
      const mail = await simpleParser(await readFile(written?.path ?? ''));
      expect(mail.headers.get('x-unsent')).toBe('1');
      expect(mail.subject).toBe('Påminnelse: uppföljningsrapport näringsliv T2 2026');
      expect((mail.bcc as AddressObject | undefined)?.value.map((address) => address.address)).toEqual([receivedReport(5, T2).header.email]);
      expect((mail.to as AddressObject | undefined)?.value.map((address) => address.address)).toEqual(['samordnare@stockholm.se']);
      expect(mail.from).toBeUndefined();
      expect(mail.text).toContain('uppföljningsrapport näringsliv för T2 2026');
      // Who has not sent stays with the coordinator: the message names no organisation.
      for (const organisation of ['Kulturnämnden', 'Familjebostäder AB', 'Hägersten-Älvsjö stadsdelsnämnd']) expect(mail.text).not.toContain(organisation);
    } finally {
      await services.close();
    }
  }, 60_000);
});

describe('through the service, as the screen calls it', () => {
  test('a folder written two ways is read once; the receiver’s own files are not reports; an Outlook .msg is named', async () => {
    const services = createServices({ dataFolder: join(temp.path, 'samordnare-2'), documentWorkerPath: DOCUMENT_WORKER });
    try {
      await writeFile(join(folders.receiverData, 'senders.json'), '{"senders":[]}');
      await writeFile(join(folders.mailFolder, 'Vidarebefordrat.msg'), 'Outlook');
      const scan = await services.compilation.scan({
        period: T2,
        folders: [`${folders.receiverData}/`, folders.receiverData, folders.mailFolder, join(folders.mailFolder, 'sparade')],
        assignments: [],
      });
      const keys = scan.entries.map((entry) => entry.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(scan.organisations.filter((organisation) => organisation.counted !== undefined)).toHaveLength(folders.sent.size);
      expect(scan.entries.some((entry) => entry.file.endsWith('senders.json'))).toBe(false);
      expect(scan.entries.find((entry) => entry.file.endsWith('Vidarebefordrat.msg'))).toMatchObject({ status: 'unreadable', reason: /Outlook har sparat/ });
      await expect(services.compilation.scan({ period: T2, folders: ['inkommet'], assignments: [] })).rejects.toThrow(/ingen hel sökväg/);
      await expect(services.compilation.scan({ period: T2, folders: [join(temp.path, 'finns-inte')], assignments: [] })).rejects.toThrow(
        /Ingen av mapparna kunde läsas, så ingen sammanställning gjordes/,
      );
    } finally {
      await rm(join(folders.receiverData, 'senders.json'));
      await rm(join(folders.mailFolder, 'Vidarebefordrat.msg'));
      await services.close();
    }
  }, 60_000);

  test('a version the receiver holds for an earlier period is listed as such, and gives the reminder its address', async () => {
    const receiverData = join(temp.path, 'mottagare-t1');
    const store = await SubmissionStore.open(receiverData);
    const hagersten = receivedReport(17, { period: 'T1', year: 2026 });
    await storeInReceiver(store, hagersten, 'Hägersten-Älvsjö stadsdelsnämnd');
    const services = createServices({ dataFolder: join(temp.path, 'samordnare-3'), documentWorkerPath: DOCUMENT_WORKER });
    try {
      const request = { period: T2, folders: [folders.receiverData, folders.mailFolder, receiverData], assignments: [] };
      const scan = await services.compilation.scan(request);
      expect(scan.entries.find((entry) => entry.file.startsWith(receiverData))).toMatchObject({
        status: 'other-period',
        reason: 'Inlämningen gäller T1 2026, inte T2 2026.',
      });
      const written = await services.compilation.reminder(request);
      expect(written?.recipients).toContainEqual({ organisation: 'Hägersten-Älvsjö stadsdelsnämnd', email: hagersten.header.email });
      // Never into a folder that is read.
      const inside = createServices({
        dataFolder: join(temp.path, 'samordnare-4'),
        documentWorkerPath: DOCUMENT_WORKER,
        exportPlatform: { chooseSavePath: (name) => Promise.resolve(join(folders.mailFolder, name)) },
      });
      await expect(inside.compilation.compile(request)).rejects.toThrow(/den mappen läses, och appen ändrar aldrig något i den/);
      await inside.close();
    } finally {
      await services.close();
    }
  }, 60_000);

  test('what the coordinator keeps survives a restart, whatever a report put in its e-mail field', async () => {
    const data = join(temp.path, 'samordnare-5');
    const odd = join(temp.path, 'udda');
    await mkdir(odd, { recursive: true });
    const report = receivedReport(5, T2);
    await writeFile(join(odd, 'lang-adress.json'), JSON.stringify({ ...report, header: { ...report.header, email: `${'a'.repeat(400)}@b.se` } }));
    const first = createServices({ dataFolder: data, documentWorkerPath: DOCUMENT_WORKER });
    await first.coordinator.addOrganisation('Nya nämnden');
    await first.compilation.scan({ period: T2, folders: [odd], assignments: [] });
    await first.compilation.scan({ period: T2, folders: [odd], assignments: [] });
    await first.close();
    const second = createServices({ dataFolder: data, documentWorkerPath: DOCUMENT_WORKER });
    try {
      expect((await second.compilation.sources()).folders).toEqual([odd]);
      expect((await second.coordinator.data()).organisations.at(-1)).toEqual({ name: 'Nya nämnden', added: true });
    } finally {
      await second.close();
    }
  }, 60_000);
});
