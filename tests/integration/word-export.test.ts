import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeReportDocx, renderDocx } from '../../src-main/docx/write-docx.ts';
import { suggestedDocxName } from '../../src-main/export/file-name.ts';
import { reportSchema, type Report } from '../../src-main/report/model.ts';
import { assertDocxWellFormed, convertWithLibreOffice, textLines } from '../support/docx-check.ts';
import { expectedPlainText } from '../support/expected-text.ts';
import { largeReport, sampleReport } from '../support/reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeAll(async () => {
  folder = await makeTempFolder('rapport-export-');
});
afterAll(async () => {
  await folder.remove();
});

/** The culture committee's 2022 report, as in the example form, with its unfinished bits. */
function cultureReport(): Report {
  const report = sampleReport();
  report.header = { committee: 'Kulturnämnden: kulturförvaltningen', contactPerson: 'Moa Almerud', phone: '', email: 'moa.almerud@stockholm.se' };
  const [first] = report.focusAreas[0]?.questions ?? [];
  const [third] = report.focusAreas[1]?.questions ?? [];
  if (!first || !third) throw new Error('the culture question set has two questions');
  first.answer =
    'Förvaltningens arbete med att stärka de kulturella och kreativa näringarnas förutsättningar har pågått planenligt.\nEn projektgrupp har tillsats och leds av förvaltningens kulturlots.\n\nUnder 2022 har Film Stockholm AB fördelat stöd till totalt 20 produktioner:\n- fyra tv-produktioner\n- fyra långfilmer\n• sju kortfilmer\n\nAv dessa har x haft premiär 2022.';
  third.answer = 'Arbetet med Slakthusområdets utveckling pågår planenligt.\tKulturforum sammanträder fyra gånger per år.';
  report.otherInformation = '';
  return reportSchema.parse(report);
}

describe('the exported document', () => {
  test('is well-formed, with headings, properties, Swedish proofing, a page header and "Sida X av Y"', async () => {
    const report = cultureReport();
    const bytes = await renderDocx(report);
    const parts = await assertDocxWellFormed(bytes);

    const core = parts.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:title>Uppföljningsrapport näringsliv</dc:title>');
    expect(core).toContain('<dc:subject>Kulturnämnden: kulturförvaltningen – T2 2022 (Tertialrapport 2)</dc:subject>');
    expect(core).toContain('<dc:creator>Moa Almerud</dc:creator>');
    expect(parts.get('word/styles.xml')).toContain('w:lang w:val="sv-SE"');
    expect(parts.get('word/styles.xml')).toContain('w:ascii="Calibri"');

    const header = [...parts].find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
    expect(header).toContain('Kulturnämnden: kulturförvaltningen – T2 2022');
    const footer = [...parts].find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toContain('Sida ');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);

    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect([...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((match) => match[1])).toEqual([
      '1. Stimulera tillväxt och företagsamhet',
      '3. Attraktivare miljöer och en bättre framkomlighet',
      'Övriga upplysningar',
    ]);
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1])).toEqual(
      report.focusAreas.flatMap((area) => area.questions.map((question) => question.text)),
    );
    expect(html).toContain('<ul><li>fyra tv-produktioner</li><li>fyra långfilmer</li><li>sju kortfilmer</li></ul>');
    expect(html).toContain('har pågått planenligt.<br />En projektgrupp');
    expect(html).not.toContain('Klicka här för att ange text');
  });

  test('LibreOffice opens it, and its text is the form’s fixed texts and exactly what the user wrote, in order', async () => {
    const reports = [cultureReport(), sampleReport(), largeReport(12, 3_000)];
    const paths: string[] = [];
    for (const [index, report] of reports.entries()) {
      const path = join(folder.path, `rapport-${index}.docx`);
      await writeReportDocx(report, path);
      paths.push(path);
    }
    const texts = await convertWithLibreOffice(paths, 'txt:Text');
    reports.forEach((report, index) => {
      expect(textLines(texts.get(paths[index] ?? '') ?? Buffer.alloc(0))).toEqual(expectedPlainText(report));
    });
    const pdfs = await convertWithLibreOffice(paths.slice(0, 1), 'pdf');
    expect(
      pdfs
        .get(paths[0] ?? '')
        ?.subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  }, 180_000);

  test('is offered under a name like "Uppföljningsrapport näringsliv – Kulturnämnden – T2 2022.docx", safe on Windows', () => {
    expect(suggestedDocxName(cultureReport())).toBe('Uppföljningsrapport näringsliv – Kulturnämnden – T2 2022.docx');
    const odd = { ...sampleReport(), header: { ...sampleReport().header, committee: 'Bolag <AB>/"test"?*: förvaltning' } };
    expect(suggestedDocxName(odd)).toBe('Uppföljningsrapport näringsliv – Bolag AB test – T2 2022.docx');
    const none = { ...sampleReport(), header: { ...sampleReport().header, committee: '' } };
    expect(suggestedDocxName(none)).toBe('Uppföljningsrapport näringsliv – T2 2022.docx');
  });

  test('an export over an existing file replaces it whole and leaves no temporary file', async () => {
    const path = join(folder.path, 'ersätts.docx');
    await writeFile(path, 'gammalt innehåll');
    await writeReportDocx(cultureReport(), path);
    await assertDocxWellFormed(await readFile(path));
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(folder.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
