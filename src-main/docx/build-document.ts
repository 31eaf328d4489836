// The report as a Word document in the city's layout: the form's fixed texts and the user's
// answers in the form's order, real headings (focus areas as Heading 1, questions as
// Heading 2), real paragraphs and bullet lists, a page header naming the committee and
// period, "Sida X av Y" in the footer, Swedish proofing and fonts every Windows laptop has.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  Paragraph,
  Tab,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { focusAreaHeading, formDefinition, HEADER_FIELDS, periodName, withYear } from '../report/form-definition.ts';
import type { Report } from '../report/model.ts';
import { textToBlocks } from '../report/text-blocks.ts';
import { DOCUMENT_PROPERTY } from './document-properties.ts';

const FONT = 'Calibri';
const LANGUAGE = { value: 'sv-SE' };
const BULLET_LIST = 'svar-punktlista';
const SUBHEADING_STYLE = 'Underrubrik';
const LABEL_STYLE = 'Faltrubrik';

/** A line with tabs as real Word tabs (a literal tab inside a text run is not one). */
function lineRuns(line: string): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  line.split('\t').forEach((part, index) => {
    if (index > 0) runs.push(new TextRun({ children: [new Tab()] }));
    if (part !== '') runs.push(new TextRun(part));
  });
  return runs;
}

/** Lines joined by real line breaks. */
function linesRuns(lines: string[]): ParagraphChild[] {
  return lines.flatMap((line, index) => (index === 0 ? lineRuns(line) : [new TextRun({ text: '', break: 1 }), ...lineRuns(line)]));
}

function textParagraphs(text: string, options: Omit<IParagraphOptions, 'children'> = {}): Paragraph[] {
  const blocks = textToBlocks(text);
  if (blocks.length === 0) return [new Paragraph({ ...options })];
  return blocks.map((block) =>
    block.kind === 'bullet'
      ? new Paragraph({ ...options, children: lineRuns(block.text), numbering: { reference: BULLET_LIST, level: 0 } })
      : new Paragraph({ ...options, children: linesRuns(block.lines) }),
  );
}

function headerFieldParagraphs(report: Report): Paragraph[] {
  return HEADER_FIELDS.flatMap((field) => [
    new Paragraph({ style: LABEL_STYLE, children: [new TextRun(formDefinition.labels[field])] }),
    new Paragraph({ children: lineRuns(report.header[field]) }),
  ]);
}

function focusAreaParagraphs(report: Report): Paragraph[] {
  return report.focusAreas.flatMap((area) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(focusAreaHeading(area.number))] }),
    ...area.questions.flatMap((question) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: linesRuns(question.text.split('\n')) }),
      ...textParagraphs(question.answer),
    ]),
  ]);
}

function reportLabel(report: Report): string {
  return `${report.header.committee.trim() || 'Nämnd saknas'} – ${report.period} ${report.year}`;
}

export function buildDocument(report: Report): Document {
  const year = report.year;
  return new Document({
    title: 'Uppföljningsrapport näringsliv',
    subject: `${report.header.committee} – ${periodName(report.period)} ${year}`,
    creator: report.header.contactPerson || 'Uppföljningsrapport näringsliv',
    lastModifiedBy: report.header.contactPerson || 'Uppföljningsrapport näringsliv',
    description: `Uppföljningsrapport näringsliv, ${report.period} ${year}`,
    // Read back on import, so this document imports as the period it is (the template says none).
    customProperties: [
      { name: DOCUMENT_PROPERTY.period, value: report.period },
      { name: DOCUMENT_PROPERTY.year, value: String(year) },
    ],
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: LANGUAGE }, paragraph: { spacing: { after: 120, line: 264 } } },
        title: { run: { font: FONT, size: 32, bold: true, language: LANGUAGE }, paragraph: { spacing: { after: 240 } } },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: '1F3864', language: LANGUAGE },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: { run: { font: FONT, size: 22, bold: true, language: LANGUAGE }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      },
      paragraphStyles: [
        {
          id: SUBHEADING_STYLE,
          name: 'Underrubrik',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 26 },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        {
          id: LABEL_STYLE,
          name: 'Fältrubrik',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true },
          paragraph: { spacing: { before: 160, after: 40 }, keepNext: true },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: BULLET_LIST,
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
          ],
        },
      ],
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: reportLabel(report), size: 18, color: '595959' })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 18, children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(formDefinition.title)] }),
          new Paragraph({ children: [new TextRun(withYear(formDefinition.introduction, year))] }),
          ...headerFieldParagraphs(report),
          new Paragraph({ style: SUBHEADING_STYLE, children: [new TextRun(withYear(formDefinition.followUpHeading, year))] }),
          new Paragraph({ style: LABEL_STYLE, children: [new TextRun(formDefinition.descriptionHeading)] }),
          new Paragraph({ children: [new TextRun(formDefinition.description)] }),
          ...focusAreaParagraphs(report),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(formDefinition.labels.otherInformation)] }),
          ...textParagraphs(report.otherInformation),
        ],
      },
    ],
  });
}
