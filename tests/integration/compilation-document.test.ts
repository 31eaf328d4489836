// The coordinator's compiled document, checked as a reader would see it: every part
// well-formed, LibreOffice opens it and reads exactly the expected text, the headings nest
// focus area > organisation > question with every answer once and in the list's order, the
// table says who reported on what, the appendix lists what to chase, and the worker writes
// the same document the builder makes. The expectations are written here from the
// compilation itself, not from the builder, so a mistake there shows here.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Compilation, CompiledReport } from '../../src-main/compile/compilation.ts';
import { createDocumentRunner, type DocumentRunner } from '../../src-main/services.ts';
import { DOCUMENT_PROPERTY, readCustomProperties } from '../../src-main/docx/document-properties.ts';
import { attribute, parseXml, readParagraphs } from '../../src-main/docx/docx-paragraphs.ts';
import { readDocxForm } from '../../src-main/docx/read-docx.ts';
import { renderCompilation, writeCompilation } from '../../src-main/compile/write-compilation.ts';
import { cleanLine, cleanText } from '../../src-main/report/clean-text.ts';
import { formTemplate } from '../../src-main/form/template.ts';
import { focusAreaTitle, type FocusAreaNumber } from '../../src-main/form/vocabulary.ts';
import { CITY_ORGANISATIONS } from '../../src-main/report/organisation.ts';
import { HOSTILE_NAMES, largeCompilation, sampleCompilation } from '../support/compilations.ts';
import { assertDocxWellFormed, convertWithLibreOffice, textLines } from '../support/docx-check.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const AREAS: readonly FocusAreaNumber[] = [1, 2, 3, 4];
const PLACEHOLDER = 'Klicka här för att ange text.';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let runner: DocumentRunner;
beforeAll(async () => {
  folder = await makeTempFolder('rapport-sammanstallning-');
  runner = createDocumentRunner(DOCUMENT_WORKER);
});
afterAll(async () => {
  await runner.close();
  await folder.remove();
});

// ---- What the document must say, written from the compilation ----

interface Para {
  text: string;
  list: boolean;
}

const body = (text: string): Para => ({ text, list: false });

/** An answer's paragraphs: blank lines part paragraphs, "- " and "• " lines are list items, other lines stay together. */
function expectedParagraphs(raw: string): Para[] {
  const text = cleanText(raw);
  if (text.trim() === '' || text.trim() === PLACEHOLDER) return [];
  return text.split(/\n\n/).flatMap((chunk) => {
    const paragraphs: Para[] = [];
    let lines: string[] = [];
    const flush = (): void => {
      if (lines.length > 0) paragraphs.push(body(lines.join('\n')));
      lines = [];
    };
    for (const line of chunk.split('\n')) {
      if (/^(?:-|•) /.test(line)) {
        flush();
        paragraphs.push({ text: line.slice(2), list: true });
      } else lines.push(line);
    }
    flush();
    return paragraphs;
  });
}

function questionsOf(report: CompiledReport | undefined, area: FocusAreaNumber): CompiledReport['focusAreas'][number]['questions'] {
  return (report?.focusAreas ?? []).filter((candidate) => candidate.number === area).flatMap((candidate) => candidate.questions);
}

function reportedAreas(compilation: Compilation): FocusAreaNumber[] {
  return AREAS.filter((area) => compilation.organisations.some(({ report }) => questionsOf(report, area).length > 0));
}

/** A heading with what stands under it: paragraphs, then sub-headings. */
interface Section {
  title: string;
  paragraphs: Para[];
  children: Section[];
}

function expectedAreaSections(compilation: Compilation): Section[] {
  return reportedAreas(compilation).map((area) => ({
    title: `${area}. ${focusAreaTitle(area)}`,
    paragraphs: [],
    children: compilation.organisations
      .filter(({ report }) => questionsOf(report, area).length > 0)
      .map(({ name, report }) => ({
        title: cleanLine(name),
        paragraphs: [],
        children: questionsOf(report, area).map((question, index) => {
          const answer = expectedParagraphs(question.answer);
          return {
            title: `${area}.${index + 1} ${cleanText(question.text)}`,
            paragraphs: answer.length > 0 ? answer : [body('Svar saknas.')],
            children: [],
          };
        }),
      })),
  }));
}

function expectedOtherInformation(compilation: Compilation): Section[] {
  return compilation.organisations
    .filter(({ report }) => expectedParagraphs(report?.otherInformation ?? '').length > 0)
    .map(({ name, report }) => ({ title: cleanLine(name), paragraphs: expectedParagraphs(report?.otherInformation ?? ''), children: [] }));
}

function expectedFindings(compilation: Compilation): Section[] {
  return compilation.organisations
    .filter(({ report }) => (report?.findings.length ?? 0) > 0)
    .map(({ name, report }) => ({
      title: cleanLine(name),
      paragraphs: [
        body(`Kontaktperson: ${[report?.contact.contactPerson, report?.contact.phone, report?.contact.email].filter((part) => part !== '').join(', ')}`),
        ...(report?.findings ?? []).map((finding) => ({ text: finding.message, list: true })),
      ],
      children: [],
    }));
}

/** The date a report was sent, in Stockholm: the compilations' times are in September, summer time (UTC+2). */
function stockholmDate(iso: string): string {
  return new Date(Date.parse(iso) + 2 * 3_600_000).toISOString().slice(0, 10);
}

const ROUTE = { inlamning: 'inlämning', 'e-post': 'e-post', fil: 'fil' } as const;

function expectedTableRows(compilation: Compilation): string[][] {
  return [
    ['Organisation', '1', '2', '3', '4', 'Inskickad'],
    ...compilation.organisations.map(({ name, report }) => [
      cleanLine(name),
      ...AREAS.map((area) => (questionsOf(report, area).length > 0 ? 'X' : '')),
      report ? `${stockholmDate(report.source.time)} (${ROUTE[report.source.route]})` : 'Har inte skickat',
    ]),
  ];
}

// ---- What the document does say ----

interface ReadDocument {
  parts: Map<string, string>;
  paragraphs: { text: string; headingLevel: number | undefined; list: boolean }[];
}

async function readDocument(bytes: Uint8Array): Promise<ReadDocument> {
  const parts = await assertDocxWellFormed(bytes);
  return { parts, paragraphs: readParagraphs(parts.get('word/document.xml') ?? '', parts.get('word/styles.xml')) };
}

/** The headings 1–3 as a tree, with the paragraphs under each; what comes before the first Heading 1 is left out. */
function sections(paragraphs: ReadDocument['paragraphs']): Section[] {
  const roots: Section[] = [];
  const open: Section[] = [];
  for (const paragraph of paragraphs) {
    const level = paragraph.headingLevel;
    if (level !== undefined && level >= 1 && level <= 3) {
      const section: Section = { title: paragraph.text, paragraphs: [], children: [] };
      open.length = level - 1;
      const parent = open[level - 2];
      if (level === 1) roots.push(section);
      else if (parent) parent.children.push(section);
      else throw new Error(`Heading ${level} "${paragraph.text}" without a Heading ${level - 1} above it`);
      open[level - 1] = section;
    } else if (level === undefined) {
      open.at(-1)?.paragraphs.push({ text: paragraph.text, list: paragraph.list });
    }
  }
  return roots;
}

function section(roots: Section[], title: string): Section {
  const found = roots.filter((root) => root.title === title);
  expect(found.map((root) => root.title)).toEqual([title]);
  const [first] = found;
  if (!first) throw new Error(`no Heading 1 "${title}"`);
  return first;
}

/** The table's rows, each as its cells' text, read from the XML. */
function tableRows(documentXml: string): { cells: string[]; header: boolean }[][] {
  const tables: { cells: string[]; header: boolean }[][] = [];
  let row: { cells: string[]; header: boolean } | undefined;
  let inText = false;
  parseXml(
    documentXml,
    (tag) => {
      if (tag.local === 'tbl') tables.push([]);
      if (tag.local === 'tr') row = { cells: [], header: false };
      if (tag.local === 'tblHeader' && row) row.header = attribute(tag, 'val') !== 'false';
      if (tag.local === 'tc') row?.cells.push('');
      if (tag.local === 't') inText = true;
    },
    (tag) => {
      if (tag.local === 't') inText = false;
      if (tag.local === 'tr' && row) {
        tables.at(-1)?.push(row);
        row = undefined;
      }
    },
    (text) => {
      if (inText && row && row.cells.length > 0) row.cells[row.cells.length - 1] += text;
    },
  );
  return tables;
}

/** LibreOffice's text of the document, line by line, written from the compilation. */
function expectedText(compilation: Compilation, createdLine: string): string[] {
  const sent = compilation.organisations.filter(({ report }) => report).length;
  const line = (para: Para): string[] => (para.list ? [`    • ${para.text}`] : para.text.split('\n'));
  const walk = (part: Section): string[] => [...part.title.split('\n'), ...part.paragraphs.flatMap(line), ...part.children.flatMap(walk)];
  const other = expectedOtherInformation(compilation);
  const findings = expectedFindings(compilation);
  return [
    formTemplate.title,
    'Sammanställning',
    'Tertialrapport 2 2026',
    createdLine,
    `${sent} av ${compilation.organisations.length} organisationer har skickat in sin rapport.`,
    'Vem har rapporterat',
    'Kolumnerna 1–4 är näringslivspolicyns fokusområden. X betyder att organisationen har rapporterat om fokusområdet.',
    ...AREAS.map((area) => `${area}. ${focusAreaTitle(area)}`),
    ...expectedTableRows(compilation).flat(),
    ...expectedAreaSections(compilation).flatMap(walk),
    'Övriga upplysningar',
    ...(other.length > 0 ? other.flatMap(walk) : ['Ingen organisation har lämnat övriga upplysningar.']),
    'Bilaga: att följa upp',
    ...(findings.length > 0
      ? ['Det som granskningen hittade i rapporterna och som kan behöva följas upp med organisationen.', ...findings.flatMap(walk)]
      : ['Granskningen hittade inget att följa upp i någon rapport.']),
  ];
}

/** Each answer's first paragraph (which names it) stands exactly once in the whole document. */
function expectEveryAnswerOnce(compilation: Compilation, paragraphs: ReadDocument['paragraphs']): void {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) counts.set(paragraph.text, (counts.get(paragraph.text) ?? 0) + 1);
  let answers = 0;
  for (const { report } of compilation.organisations) {
    for (const area of report?.focusAreas ?? []) {
      for (const question of area.questions) {
        const first = expectedParagraphs(question.answer)[0];
        if (!first) continue;
        answers += 1;
        if (counts.get(first.text) !== 1) throw new Error(`answer "${first.text.slice(0, 60)}" stands ${counts.get(first.text) ?? 0} times`);
      }
    }
  }
  expect(answers).toBeGreaterThan(0);
}

// ---- Tests ----

describe('the compiled document', () => {
  test('starts with a title page naming the period, when it was made and how many reported', async () => {
    const compilation = sampleCompilation();
    const { paragraphs, parts } = await readDocument(await renderCompilation(compilation));
    expect(paragraphs.slice(0, 6).map(({ text, headingLevel }) => [headingLevel ?? '-', text])).toEqual([
      [0, 'UPPFÖLJNINGSRAPPORT NÄRINGSLIV'],
      ['-', 'Sammanställning'],
      ['-', 'Tertialrapport 2 2026'],
      // 12:34 UTC is 14:34 in Stockholm in September.
      ['-', 'Sammanställd 30 september 2026 kl. 14:34.'],
      ['-', '39 av 45 organisationer har skickat in sin rapport.'],
      [1, 'Vem har rapporterat'],
    ]);
    // Every part starts on a new page: as many page breaks before as Heading 1s, the first of them after the title page.
    const documentXml = parts.get('word/document.xml') ?? '';
    expect(documentXml.match(/<w:pageBreakBefore\/>/g)?.length).toBe(paragraphs.filter((paragraph) => paragraph.headingLevel === 1).length);
    expect(documentXml.indexOf('<w:pageBreakBefore/>')).toBeLessThan(documentXml.indexOf('Vem har rapporterat'));
    expect(documentXml.indexOf('<w:pageBreakBefore/>')).toBeGreaterThan(documentXml.indexOf('har skickat in sin rapport'));

    // Another period; a creation time that is no time is shown as it stands, cleaned, rather than failing the document.
    const verksamhet = await readDocument(await renderCompilation({ ...sampleCompilation({ period: 'VB', year: 2025 }), createdAt: 'okänd\u0000 tid' }));
    expect(verksamhet.paragraphs.slice(2, 4).map((paragraph) => paragraph.text)).toEqual(['Verksamhetsberättelse 2025', 'Sammanställd okänd tid.']);
  });

  test('has a table with one row per organisation, in list order, marking the focus areas each reported on', async () => {
    const compilation = sampleCompilation();
    const { parts } = await readDocument(await renderCompilation(compilation));
    const tables = tableRows(parts.get('word/document.xml') ?? '');
    expect(tables).toHaveLength(1);
    const rows = tables[0] ?? [];
    expect(rows.map((row) => row.cells)).toEqual(expectedTableRows(compilation));
    expect(rows).toHaveLength(46);
    // The header row repeats on every page the table runs over; the others do not.
    expect(rows.map((row) => row.header)).toEqual([true, ...Array<boolean>(45).fill(false)]);

    // What the sample holds, spelled out: six organisations without a report, the hostile names cleaned.
    expect(rows.filter((row) => row.cells[5] === 'Har inte skickat').map((row) => row.cells[0])).toEqual(
      [3, 10, 17, 24, 31, 38].map((index) => CITY_ORGANISATIONS[index]),
    );
    expect(rows[2]?.cells[5]).toBe('2026-09-15 (e-post)'); // sent 22:30 UTC on the 14th: the 15th in Stockholm
    expect(rows.at(-2)?.cells[0]).toBe('مؤسسة <Ström> & "Söner" AB \ufffd עמותה');
    expect(rows.at(-1)?.cells[0]).toBe('👩🏽‍💼 Bolaget med tabb & <radbrytning> 🇸🇪 ]]>');
    expect(rows.at(-3)?.cells[0]).toBe(HOSTILE_NAMES[0]);
    expect(compilation.organisations.map(({ name }) => name).slice(-3)).toEqual(HOSTILE_NAMES);
  });

  test('groups every answer under its focus area and organisation, in the list’s order, each exactly once', async () => {
    const compilation = sampleCompilation();
    const { paragraphs } = await readDocument(await renderCompilation(compilation));
    const roots = sections(paragraphs);
    const areas = expectedAreaSections(compilation);
    expect(roots.map((root) => root.title)).toEqual([
      'Vem har rapporterat',
      ...areas.map((area) => area.title),
      'Övriga upplysningar',
      'Bilaga: att följa upp',
    ]);
    expect(areas).toHaveLength(4);
    for (const area of areas) expect(section(roots, area.title)).toEqual(area);
    expectEveryAnswerOnce(compilation, paragraphs);

    // Spelled out for one answer with a tab, a line break and a list; and an empty one.
    const second = section(roots, '1. Stimulera tillväxt och företagsamhet').children[1];
    expect(second?.title).toBe('Arbetsmarknadsnämnden: arbetsmarknadsförvaltningen');
    expect(second?.children[0]?.paragraphs.slice(1)).toEqual([
      { text: 'Läget i siffror:\tsju avtal\noch tre nya samarbeten med Stockholm Business Region.', list: false },
      { text: 'första punkten i listan', list: true },
      { text: 'andra punkten, med\ttabb', list: true },
      { text: 'tredje punkten', list: true },
    ]);
    expect(paragraphs.filter((paragraph) => paragraph.text === 'Svar saknas.').length).toBeGreaterThan(0);
  });

  test('leaves out focus areas nobody reported on, and says so when there is no other information or nothing to chase', async () => {
    const compilation = sampleCompilation({ areas: [1, 3], hostile: false });
    for (const { report } of compilation.organisations) {
      if (!report) continue;
      report.findings = [];
      report.otherInformation = '';
    }
    const { paragraphs } = await readDocument(await renderCompilation(compilation));
    const roots = sections(paragraphs);
    expect(roots.map((root) => root.title)).toEqual([
      'Vem har rapporterat',
      '1. Stimulera tillväxt och företagsamhet',
      '3. Attraktivare miljöer och en bättre framkomlighet',
      'Övriga upplysningar',
      'Bilaga: att följa upp',
    ]);
    expect(section(roots, 'Övriga upplysningar')).toEqual({
      title: 'Övriga upplysningar',
      paragraphs: [body('Ingen organisation har lämnat övriga upplysningar.')],
      children: [],
    });
    expect(section(roots, 'Bilaga: att följa upp')).toEqual({
      title: 'Bilaga: att följa upp',
      paragraphs: [body('Granskningen hittade inget att följa upp i någon rapport.')],
      children: [],
    });
  });

  test('gives each organisation’s other information, and an appendix listing its findings with whom to ask', async () => {
    const compilation = sampleCompilation();
    const { paragraphs } = await readDocument(await renderCompilation(compilation));
    const roots = sections(paragraphs);

    const other = section(roots, 'Övriga upplysningar');
    expect(other.children).toEqual(expectedOtherInformation(compilation));
    expect(other.children.length).toBeGreaterThan(5);

    const appendix = section(roots, 'Bilaga: att följa upp');
    const expected = expectedFindings(compilation);
    expect(appendix.children).toEqual(expected);
    expect(appendix.children[0]).toEqual({
      title: 'Kommunstyrelsen: stadsledningskontoret',
      paragraphs: [
        body('Kontaktperson: Kontakt 1, 08-508 00 000, kontakt1@stockholm.se'),
        { text: 'Svar på fråga 1.1 innehåller "x" där ett tal ska stå.', list: true },
      ],
      children: [],
    });
    // Organisations without findings (and those that sent nothing) are left out.
    const withFindings = compilation.organisations.filter(({ report }) => (report?.findings.length ?? 0) > 0).length;
    expect(withFindings).toBeLessThan(compilation.organisations.length - 6);
    expect(appendix.children).toHaveLength(withFindings);
  });

  test('lists the files that could not be read, at most 50 of them, and says how many more there are', async () => {
    const unreadFiles = Array.from({ length: 60 }, (_, index) => ({ file: `/delad/inkommet/fil-${index + 1}.json`, reason: 'Filen är ingen rapportfil.' }));
    const { paragraphs } = await readDocument(await renderCompilation({ ...sampleCompilation(), unreadFiles }));
    const unread = section(section(sections(paragraphs), 'Bilaga: att följa upp').children, 'Filer som inte kunde läsas');
    expect(unread.paragraphs.filter((paragraph) => paragraph.list).map((paragraph) => paragraph.text)).toEqual(
      unreadFiles.slice(0, 50).map(({ file, reason }) => `${file}: ${reason}`),
    );
    expect(unread.paragraphs.at(-1)).toEqual(body('Ytterligare 10 filer står under Sammanställning i appen.'));
  });

  test('has a page header, "Sida X av Y" from page fields, no header on the title page, and Swedish proofing', async () => {
    const bytes = await renderCompilation(sampleCompilation());
    const { parts } = await readDocument(bytes);
    const headers = [...parts].filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, xml]) => xml);
    const footers = [...parts].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => xml);
    expect(headers.filter((xml) => xml.includes('Uppföljningsrapport näringsliv – Sammanställning – Tertialrapport 2 2026'))).toHaveLength(1);
    const pageFooters = footers.filter((xml) => xml.includes('Sida '));
    expect(pageFooters).toHaveLength(1);
    expect(pageFooters[0]).toMatch(/PAGE[\s\S]*av[\s\S]*NUMPAGES/);
    const documentXml = parts.get('word/document.xml') ?? '';
    expect(documentXml).toContain('<w:titlePg/>');
    expect(documentXml).toMatch(/<w:headerReference w:type="first"/);
    expect(documentXml).toMatch(/<w:footerReference w:type="default"/);

    const styles = parts.get('word/styles.xml') ?? '';
    expect(styles).toContain('w:lang w:val="sv-SE"');
    expect(styles).toContain('w:ascii="Calibri"');
    for (const level of [1, 2, 3]) expect(styles).toMatch(new RegExp(`<w:name w:val="heading ${level}"/>`, 'i'));
    // No period of its own, as a single report's export has: this document must not be read back as a report.
    const properties = readCustomProperties(parts.get('docProps/custom.xml') ?? '');
    expect([DOCUMENT_PROPERTY.period, DOCUMENT_PROPERTY.year].filter((name) => properties.has(name))).toEqual([]);
    // Marked as what it is, and refused by the import (and so by the compilation's own reading).
    expect(properties.get(DOCUMENT_PROPERTY.compilation)).toBe('Tertialrapport 2 2026');
    expect(() => readDocxForm(bytes)).toThrow(/är en sammanställning av flera rapporter/);
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>Uppföljningsrapport näringsliv – Sammanställning</dc:title>');
  });

  test('LibreOffice opens it and reads exactly the expected text, hostile names and answers included', async () => {
    const compilation = sampleCompilation();
    const path = join(folder.path, 'sammanställning.docx');
    await writeCompilation(compilation, path);
    const texts = await convertWithLibreOffice([path], 'txt:Text');
    const lines = textLines(texts.get(path) ?? Buffer.alloc(0));
    expect(lines).toEqual(expectedText(compilation, 'Sammanställd 30 september 2026 kl. 14:34.'));
    expect(lines.some((line) => line.startsWith('Märkligt: <b>fet</b> & "citat"') && line.includes('👩🏽‍💼🇸🇪 שלום مرحبا'))).toBe(true);
  }, 180_000);

  test('the worker writes the same document, also for 45 reports of 100 questions of 3,000 characters', async () => {
    const compilation = sampleCompilation();
    const path = join(folder.path, 'via-arbetaren.docx');
    const written = await runner.run('write-compilation', { compilation, outputPath: path });
    expect(written).toEqual({ path, bytes: (await stat(path)).size });
    const fromWorker = await assertDocxWellFormed(await readFile(path));
    const direct = await assertDocxWellFormed(await renderCompilation(compilation));
    expect([...fromWorker.keys()].sort()).toEqual([...direct.keys()].sort());
    for (const [name, xml] of direct) {
      // The creation time is the only thing that differs between two builds.
      if (name !== 'docProps/core.xml') expect(fromWorker.get(name), name).toBe(xml);
    }

    const large = largeCompilation();
    const largePath = join(folder.path, 'stor.docx');
    await runner.run('write-compilation', { compilation: large, outputPath: largePath });
    const { paragraphs } = await readDocument(await readFile(largePath));
    const roots = sections(paragraphs);
    for (const area of expectedAreaSections(large)) expect(section(roots, area.title)).toEqual(area);
    expect(large.organisations.flatMap(({ report }) => report?.focusAreas.flatMap((area) => area.questions) ?? [])).toHaveLength(4_500);
    expectEveryAnswerOnce(large, paragraphs);
    expect((await readdir(folder.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  test('a compilation that cannot be written says so in Swedish, through the worker, and leaves nothing behind', async () => {
    const missing = join(folder.path, 'finns-inte', 'sammanställning.docx');
    await expect(runner.run('write-compilation', { compilation: sampleCompilation(), outputPath: missing })).rejects.toMatchObject({
      name: 'AppError',
      code: 'not-found',
      message: expect.stringContaining(`Mappen ${join(folder.path, 'finns-inte')} finns inte.`),
    });
    await expect(writeCompilation(sampleCompilation(), folder.path)).rejects.toMatchObject({ code: 'invalid-request' });
    // A name longer than the file system allows: the message names the document as the coordinator's.
    const tooLong = join(folder.path, `${'s'.repeat(300)}.docx`);
    await expect(runner.run('write-compilation', { compilation: sampleCompilation(), outputPath: tooLong })).rejects.toMatchObject({
      code: 'unexpected',
      message: expect.stringMatching(/^Sammanställningen s+\.docx kunde inte sparas \(ENAMETOOLONG\)\./),
    });
    expect((await readdir(folder.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
