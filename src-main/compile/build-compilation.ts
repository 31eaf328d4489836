// The city executive office's compiled document for one period: a title page, a table of who
// has reported on which focus area, every answer grouped by focus area and then by
// organisation (in the list's order), the organisations' other information, and an appendix
// of what to chase. Same conventions as the single report (build-document.ts): Calibri,
// Swedish proofing, real headings (focus area Heading 1, organisation Heading 2, question
// Heading 3), real paragraphs, line breaks, tabs and bullet lists, a page header and
// "Sida X av Y". Every text from a report is cleaned here again, so nothing a report file
// carries can make the document invalid.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { CompiledReport, Compilation, Route } from './compilation.ts';
import { cleanLine, cleanText } from '../report/clean-text.ts';
import { focusAreaHeading, formTemplate } from '../form/template.ts';
import { FOCUS_AREA_NUMBERS, periodName, type FocusAreaNumber } from '../form/vocabulary.ts';
import { questionNumber } from '../report/questions.ts';
import { formatDate, formatDay, formatLongDateTime } from '../report/time-format.ts';
import { DOCUMENT_PROPERTY } from '../docx/document-properties.ts';
import { BULLET_NUMBERING, bulletParagraph, FONT, labelHeader, LANGUAGE, linesRuns, pageNumberFooter, textBlockParagraphs } from '../docx/word-parts.ts';

const SUBTITLE_STYLE = 'Underrubrik';
const NOTE_STYLE = 'Anteckning';
const TABLE_STYLE = 'Tabelltext';

/** What marks a focus area an organisation reported on in the table ("X" is a kryss: chosen). */
const REPORTED_MARK = 'X';
const NOT_SENT = 'Har inte skickat';
const RECEIVED_UNREADABLE = 'Inkommen, men kunde inte läsas';
/** Stands where an answer is empty, so a missing answer shows as missing rather than as nothing. */
const EMPTY_ANSWER = 'Svar saknas.';
const EMPTY_QUESTION = 'Frågetext saknas.';

const ROUTE_NAMES: Record<Route, string> = { inlamning: 'inlämning', 'e-post': 'e-post', fil: 'fil' };

/** Text width of an A4 page with the package's default 1-inch margins, in twentieths of a point. */
const TEXT_WIDTH = 9_026;
const AREA_COLUMN = 600;
const SUBMITTED_COLUMN = 2_300;
const COLUMN_WIDTHS = [TEXT_WIDTH - 4 * AREA_COLUMN - SUBMITTED_COLUMN, AREA_COLUMN, AREA_COLUMN, AREA_COLUMN, AREA_COLUMN, SUBMITTED_COLUMN];

/** A report's free text as paragraphs and bullet items, cleaned again; none for an empty text. */
function textParagraphs(text: string): Paragraph[] {
  return textBlockParagraphs(cleanText(text));
}

function noteParagraph(text: string, options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ ...options, style: NOTE_STYLE, children: [new TextRun(text)] });
}

function heading(level: 1 | 2 | 3, children: ParagraphChild[], options: Omit<IParagraphOptions, 'children' | 'heading'> = {}): Paragraph {
  const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ ...options, heading: headingLevel, children });
}

/** A Heading 1 that starts a page: each part of the compilation starts on its own page. */
function partHeading(text: string): Paragraph {
  return heading(1, [new TextRun(text)], { pageBreakBefore: true });
}

/** "Tertialrapport 2 2026". */
function compilationPeriod(compilation: Pick<Compilation, 'period' | 'year'>): string {
  return `${periodName(compilation.period)} ${compilation.year}`;
}

/** The questions a report has under one focus area (all of them, should the area appear twice). */
function questionsUnder(report: CompiledReport, number: FocusAreaNumber): CompiledReport['focusAreas'][number]['questions'] {
  return report.focusAreas.filter((area) => area.number === number).flatMap((area) => area.questions);
}

/** Whether the organisation reported on the area: it has at least one question under it. */
function reportedOn(report: CompiledReport | undefined, number: FocusAreaNumber): boolean {
  return report !== undefined && questionsUnder(report, number).length > 0;
}

/** Said where answers were compared by the question's text: the reader knows the comparison is weaker there. */
function byTextNote(byText: number): string {
  if (byText === 0) return '';
  return byText === 1
    ? ' (1 svar jämfört på frågans text: filerna säger inte vilken fråga det svarar på)'
    : ` (${byText} svar jämförda på frågans text: filerna säger inte vilka frågor de svarar på)`;
}

function submitted(report: CompiledReport): string {
  const changes = report.changes
    ? `; ${report.changes.changed} av ${report.changes.total} svar ändrade sedan ${report.changes.since}${byTextNote(report.changes.byText)}`
    : '';
  return `${formatDate(report.source.time)} (${ROUTE_NAMES[report.source.route]})${changes}`;
}

function titlePage(compilation: Compilation): Paragraph[] {
  const sent = compilation.organisations.filter((organisation) => organisation.report !== undefined).length;
  const total = compilation.organisations.length;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(formTemplate.title)] }),
    new Paragraph({ style: SUBTITLE_STYLE, children: [new TextRun('Sammanställning')] }),
    new Paragraph({ style: SUBTITLE_STYLE, children: [new TextRun(compilationPeriod(compilation))] }),
    new Paragraph({ children: [new TextRun(`Sammanställd ${formatLongDateTime(compilation.createdAt)}.`)] }),
    ...(compilation.deadline === undefined ? [] : [new Paragraph({ children: [new TextRun(`Sista dag att skicka in: ${formatDay(compilation.deadline)}.`)] })]),
    new Paragraph({ children: [new TextRun(`${sent} av ${total} organisationer har skickat in sin rapport.`)] }),
  ];
}

function cell(text: string, options: { header?: boolean; center?: boolean; italic?: boolean } = {}): TableCell {
  return new TableCell({
    ...(options.header ? { shading: { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } } : {}),
    children: [
      new Paragraph({
        style: TABLE_STYLE,
        ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
        children: [new TextRun({ text, ...(options.header ? { bold: true } : {}), ...(options.italic ? { italics: true } : {}) })],
      }),
    ],
  });
}

function whoReportedTable(compilation: Compilation): Table {
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell('Organisation', { header: true }),
      ...FOCUS_AREA_NUMBERS.map((number) => cell(String(number), { header: true, center: true })),
      cell('Inskickad', { header: true }),
    ],
  });
  const rows = compilation.organisations.map(
    ({ name, report, unreadable }) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(cleanLine(name)),
          ...FOCUS_AREA_NUMBERS.map((number) => cell(reportedOn(report, number) ? REPORTED_MARK : '', { center: true })),
          report ? cell(submitted(report)) : cell(unreadable === undefined ? NOT_SENT : RECEIVED_UNREADABLE, { italic: true }),
        ],
      }),
  );
  // Fixed layout: a very long name wraps inside its column instead of pushing the table off the page.
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    rows: [headerRow, ...rows],
  });
}

function whoReported(compilation: Compilation): (Paragraph | Table)[] {
  return [
    partHeading('Vem har rapporterat'),
    noteParagraph(`Kolumnerna 1–4 är näringslivspolicyns fokusområden. ${REPORTED_MARK} betyder att organisationen har rapporterat om fokusområdet.`),
    ...FOCUS_AREA_NUMBERS.map((number) => noteParagraph(focusAreaHeading(number), { indent: { left: 360 } })),
    whoReportedTable(compilation),
  ];
}

function questionParagraphs(areaNumber: FocusAreaNumber, index: number, question: { text: string; answer: string; unchangedSince?: string }): Paragraph[] {
  const text = cleanText(question.text).trim();
  const title = text === '' ? [new TextRun({ text: EMPTY_QUESTION, italics: true })] : linesRuns(text.split('\n'));
  const answer = textParagraphs(question.answer);
  return [
    // Numbered as on screen and in the review's findings ("Svar på fråga 1.2 saknas"), so the appendix can be followed.
    heading(3, [new TextRun(`${questionNumber(areaNumber, index)} `), ...title]),
    // What a reader of 45 reports skips: the answer as it stood last period.
    ...(question.unchangedSince
      ? [new Paragraph({ children: [new TextRun({ text: `Oförändrat sedan ${question.unchangedSince}`, italics: true, color: '595959' })] })]
      : []),
    ...(answer.length > 0 ? answer : [new Paragraph({ children: [new TextRun({ text: EMPTY_ANSWER, italics: true, color: '595959' })] })]),
  ];
}

function focusAreaSections(compilation: Compilation): Paragraph[] {
  return FOCUS_AREA_NUMBERS.flatMap((number) => {
    const reporting = compilation.organisations.flatMap(({ name, report }) => {
      const questions = report ? questionsUnder(report, number) : [];
      return questions.length > 0 ? [{ name, questions }] : [];
    });
    if (reporting.length === 0) return [];
    return [
      partHeading(focusAreaHeading(number)),
      ...reporting.flatMap(({ name, questions }) => [
        heading(2, [new TextRun(cleanLine(name))]),
        ...questions.flatMap((question, index) => questionParagraphs(number, index, question)),
      ]),
    ];
  });
}

function otherInformation(compilation: Compilation): Paragraph[] {
  const given = compilation.organisations.flatMap(({ name, report }) => {
    const paragraphs = report ? textParagraphs(report.otherInformation) : [];
    return paragraphs.length > 0 ? [heading(2, [new TextRun(cleanLine(name))]), ...paragraphs] : [];
  });
  return [
    partHeading(formTemplate.labels.otherInformation),
    ...(given.length > 0 ? given : [new Paragraph({ children: [new TextRun('Ingen organisation har lämnat övriga upplysningar.')] })]),
  ];
}

function contactLine(report: CompiledReport): string | undefined {
  const parts = [report.contact.contactPerson, report.contact.phone, report.contact.email].map(cleanLine).map((part) => part.trim());
  const given = parts.filter((part) => part !== '');
  return given.length > 0 ? `Kontaktperson: ${given.join(', ')}` : undefined;
}

function appendix(compilation: Compilation): Paragraph[] {
  const listed = compilation.organisations.flatMap(({ name, report }) => {
    const findings = (report?.findings ?? []).map((finding) => cleanLine(finding.message).trim()).filter((message) => message !== '');
    if (!report || findings.length === 0) return [];
    const contact = contactLine(report);
    return [
      heading(2, [new TextRun(cleanLine(name))]),
      ...(contact === undefined ? [] : [noteParagraph(contact)]),
      ...findings.map((message) => bulletParagraph([new TextRun(message)])),
    ];
  });
  return [
    partHeading('Bilaga: att följa upp'),
    ...(listed.length > 0
      ? [new Paragraph({ children: [new TextRun('Det som granskningen hittade i rapporterna och som kan behöva följas upp med organisationen.')] }), ...listed]
      : [new Paragraph({ children: [new TextRun('Granskningen hittade inget att följa upp i någon rapport.')] })]),
    ...unreadFiles(compilation),
  ];
}

/** Past this many, the appendix names how many more there are (a shared folder may hold hundreds of other files). */
const MAX_UNREAD_LISTED = 50;

/** Files that could not be read: an organisation shown as not sent may have sent one of them. */
function unreadFiles(compilation: Compilation): Paragraph[] {
  const files = compilation.unreadFiles ?? [];
  if (files.length === 0) return [];
  const more = files.length - MAX_UNREAD_LISTED;
  return [
    heading(2, [new TextRun('Filer som inte kunde läsas')]),
    new Paragraph({ children: [new TextRun('En organisation som står som "Har inte skickat" kan ha skickat någon av dem.')] }),
    ...files.slice(0, MAX_UNREAD_LISTED).map(({ file, reason }) => bulletParagraph([new TextRun(cleanLine(`${file}: ${reason}`))])),
    ...(more > 0 ? [new Paragraph({ children: [new TextRun(`Ytterligare ${more} filer står under Sammanställning i appen.`)] })] : []),
  ];
}

export function buildCompilationDocument(compilation: Compilation): Document {
  const period = compilationPeriod(compilation);
  const label = `Uppföljningsrapport näringsliv – Sammanställning – ${period}`;
  return new Document({
    title: 'Uppföljningsrapport näringsliv – Sammanställning',
    subject: period,
    creator: 'Uppföljningsrapport näringsliv',
    lastModifiedBy: 'Uppföljningsrapport näringsliv',
    description: `Sammanställning av uppföljningsrapporter näringsliv, ${period}`,
    // Marked as a compilation, and without a single report's period: import and the compilation's own reading refuse it.
    customProperties: [{ name: DOCUMENT_PROPERTY.compilation, value: period }],
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: LANGUAGE }, paragraph: { spacing: { after: 120, line: 264 } } },
        title: { run: { font: FONT, size: 36, bold: true, language: LANGUAGE }, paragraph: { spacing: { before: 2_400, after: 360 } } },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: '1F3864', language: LANGUAGE },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: '1F3864', language: LANGUAGE },
          paragraph: { spacing: { before: 320, after: 100 }, keepNext: true },
        },
        heading3: { run: { font: FONT, size: 22, bold: true, language: LANGUAGE }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
      paragraphStyles: [
        {
          id: SUBTITLE_STYLE,
          name: 'Underrubrik',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 28 },
          paragraph: { spacing: { after: 240 } },
        },
        { id: NOTE_STYLE, name: 'Anteckning', basedOn: 'Normal', next: 'Normal', run: { size: 20, color: '404040' }, paragraph: { spacing: { after: 60 } } },
        {
          id: TABLE_STYLE,
          name: 'Tabelltext',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 20 },
          paragraph: { spacing: { before: 40, after: 40, line: 240 } },
        },
      ],
    },
    numbering: BULLET_NUMBERING,
    sections: [
      {
        // The title page has no page header or number.
        properties: { titlePage: true },
        headers: {
          first: new Header({ children: [new Paragraph({})] }),
          default: labelHeader(label),
        },
        footers: {
          first: new Footer({ children: [new Paragraph({})] }),
          default: pageNumberFooter(),
        },
        children: [
          ...titlePage(compilation),
          ...whoReported(compilation),
          ...focusAreaSections(compilation),
          ...otherInformation(compilation),
          ...appendix(compilation),
        ],
      },
    ],
  });
}
