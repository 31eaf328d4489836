// The report as a Word document in the city's layout: the form's fixed texts and the user's
// answers in the form's order, real headings (focus areas as Heading 1, questions as
// Heading 2), real paragraphs and bullet lists, a page header naming the committee and
// period, "Sida X av Y" in the footer, Swedish proofing and fonts every Windows laptop has.
import { Document, HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import { focusAreaHeading, formTemplate, withYear } from '../form/template.ts';
import { HEADER_FIELDS, periodName } from '../form/vocabulary.ts';
import type { Report } from '../report/model.ts';
import { questionNumber } from '../report/questions.ts';
import { ContentControl } from './content-control.ts';
import { DOCUMENT_PROPERTY } from './document-properties.ts';
import { answerTag, answerTitle, identityProperties, questionTag, questionTitle } from './question-identities.ts';
import { reportContentHash } from './report-content-hash.ts';
import { BULLET_NUMBERING, FONT, labelHeader, LANGUAGE, lineRuns, linesRuns, pageNumberFooter, textBlockParagraphs } from './word-parts.ts';

const SUBHEADING_STYLE = 'Underrubrik';
const LABEL_STYLE = 'Faltrubrik';

/** A text as paragraphs; an empty text still leaves its (empty) paragraph in the form. */
function textParagraphs(text: string): Paragraph[] {
  const paragraphs = textBlockParagraphs(text);
  return paragraphs.length === 0 ? [new Paragraph({})] : paragraphs;
}

function headerFieldParagraphs(report: Report): Paragraph[] {
  return HEADER_FIELDS.flatMap((field) => [
    new Paragraph({ style: LABEL_STYLE, children: [new TextRun(formTemplate.labels[field])] }),
    new Paragraph({ children: lineRuns(report.header[field]) }),
  ]);
}

function focusAreaParagraphs(report: Report): FileChild[] {
  return report.focusAreas.flatMap((area) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(focusAreaHeading(area.number))] }),
    // Each question and each answer in a content control whose tag names the question's identity.
    ...area.questions.flatMap((question, index) => {
      const number = questionNumber(area.number, index);
      return [
        new ContentControl({
          title: questionTitle(number),
          tag: questionTag(question.identity),
          children: [new Paragraph({ heading: HeadingLevel.HEADING_2, children: linesRuns(question.text.split('\n')) })],
        }),
        new ContentControl({ title: answerTitle(number), tag: answerTag(question.identity), children: textParagraphs(question.answer) }),
      ];
    }),
  ]);
}

function reportLabel(report: Report): string {
  return `${report.header.committee.trim() || 'Nämnd saknas'} – ${report.period} ${report.year}`;
}

export function buildDocument(report: Report): Document {
  const year = report.year;
  return new Document({
    title: 'Uppföljningsrapport näringsliv',
    subject: `${report.header.committee} – ${report.period} ${year} (${periodName(report.period)})`,
    creator: report.header.contactPerson || 'Uppföljningsrapport näringsliv',
    lastModifiedBy: report.header.contactPerson || 'Uppföljningsrapport näringsliv',
    description: `Uppföljningsrapport näringsliv, ${report.period} ${year}`,
    // Read back on import, so this document imports as the period it is (the template says none).
    customProperties: [
      { name: DOCUMENT_PROPERTY.period, value: report.period },
      { name: DOCUMENT_PROPERTY.year, value: String(year) },
      { name: DOCUMENT_PROPERTY.savedAt, value: report.updatedAt },
      // So a copy saved again in Word without a change still counts by the report's own time.
      { name: DOCUMENT_PROPERTY.content, value: reportContentHash(report) },
      ...identityProperties(report),
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
    numbering: BULLET_NUMBERING,
    sections: [
      {
        headers: { default: labelHeader(reportLabel(report)) },
        footers: { default: pageNumberFooter() },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(formTemplate.title)] }),
          new Paragraph({ children: [new TextRun(withYear(formTemplate.introduction, year))] }),
          ...headerFieldParagraphs(report),
          new Paragraph({ style: SUBHEADING_STYLE, children: [new TextRun(withYear(formTemplate.followUpHeading, year))] }),
          new Paragraph({ style: LABEL_STYLE, children: [new TextRun(formTemplate.descriptionHeading)] }),
          new Paragraph({ children: [new TextRun(formTemplate.description)] }),
          ...focusAreaParagraphs(report),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(formTemplate.labels.otherInformation)] }),
          ...textParagraphs(report.otherInformation),
        ],
      },
    ],
  });
}
