// Finds the form's parts in a Word document's paragraphs: the header fields after their
// labels, the budget year, the focus areas, each question with its answer, and "Övriga
// upplysningar". Works for the city's template (answers in content controls, whose untouched
// placeholder means empty), for forms typed as plain paragraphs, for LibreOffice re-saves
// and for this app's own export (questions as headings). What it cannot place is listed.
import { AppError } from '../errors/app-error.ts';
import type { PeriodOfYear } from '../report/calendar.ts';
import { isPlaceholder, normalizedForComparison as normalize } from '../report/empty-text.ts';
import { formTemplate } from '../form/template.ts';
import { HEADER_FIELDS, type FocusAreaNumber, type HeaderField } from '../form/vocabulary.ts';
import { blocksToText, canonicalText, type Block } from '../report/text-blocks.ts';
import type { SavedTimes } from './document-properties.ts';
import type { DocxParagraph } from './docx-paragraphs.ts';
import { controlKind } from './question-identities.ts';
import { matchFocusArea } from './title-match.ts';

interface FoundQuestion {
  text: string;
  answer: string;
  /** Which question it is, where the document says so (this app's export: see question-identities.ts). */
  identity?: string;
}

export interface FoundForm {
  header: Record<HeaderField, string>;
  year: number | undefined;
  focusAreas: { number: FocusAreaNumber; headingAsFound: string; questions: FoundQuestion[] }[];
  otherInformation: string;
  /** Text the reader found but could not place in the form. */
  unplaced: string[];
  /** The period the document says it reports on (this app's exports do; the template does not). */
  statedPeriod?: PeriodOfYear;
  /** When the report was last saved, as the document says (see document-properties.ts). */
  saved?: SavedTimes;
}

const LABELS = new Map<string, HeaderField>(HEADER_FIELDS.map((field) => [normalize(formTemplate.labels[field]), field]));
const OTHER_INFORMATION = normalize(formTemplate.labels.otherInformation);
const TITLE = normalize(formTemplate.title);
const DESCRIPTION_HEADING = normalize(formTemplate.descriptionHeading);
const INTRODUCTION_START = normalize(formTemplate.introduction.slice(0, 40));
const DESCRIPTION_START = normalize(formTemplate.description.slice(0, 40));
const FOLLOW_UP_START = normalize(formTemplate.followUpHeading.split('{year}')[0] ?? '');
// Longer than any of the form's own texts that are compared whole (labels, headings, the placeholder).
const COMPARED_LENGTH = 200;

function yearIn(text: string): number | undefined {
  const match = /budget\s+(\d{4})/i.exec(text);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** Answer paragraphs back to the app's text (see text-blocks.ts for the rules). */
function paragraphsToText(paragraphs: readonly { text: string; list: boolean }[]): string {
  const blocks: Block[] = paragraphs.map((paragraph) =>
    paragraph.list ? { kind: 'bullet', text: paragraph.text } : { kind: 'paragraph', lines: paragraph.text.split('\n') },
  );
  return canonicalText(blocksToText(blocks));
}

interface Area {
  number: FocusAreaNumber;
  headingAsFound: string;
  questions: { text: string; answer: DocxParagraph[]; identity?: string | undefined }[];
}

/** A question's or an answer's content control of this app's export, with the identity its tag names. */
function exportControl(paragraph: DocxParagraph): ReturnType<typeof controlKind> {
  return paragraph.control === undefined ? undefined : controlKind(paragraph.control);
}

export function readForm(paragraphs: DocxParagraph[]): FoundForm {
  const header: Record<HeaderField, string> = { committee: '', contactPerson: '', phone: '', email: '' };
  const headerSeen = new Set<HeaderField>();
  const unplaced: string[] = [];
  const areas: Area[] = [];
  const other: DocxParagraph[] = [];
  let year: number | undefined;
  let sawTitle = false;

  // Each paragraph's text as compared with the form's own texts, worked out once. Those texts
  // are short, so only the start of a long answer is ever compared.
  const comparable = new Map(paragraphs.map((paragraph) => [paragraph, normalize(paragraph.text.slice(0, COMPARED_LENGTH))]));
  const comparableOf = (paragraph: DocxParagraph): string => comparable.get(paragraph) ?? '';

  // How this document marks its structure, decided once from the whole body.
  const areaHeadings = paragraphs.filter((paragraph) => paragraph.headingLevel !== undefined && matchFocusArea(paragraph.text) !== undefined);
  const areaLevel = areaHeadings[0]?.headingLevel;
  const areasAreHeadings = areaLevel !== undefined;
  const otherIsHeading = paragraphs.some((paragraph) => paragraph.headingLevel !== undefined && comparableOf(paragraph) === OTHER_INFORMATION);

  const isAreaHeading = (paragraph: DocxParagraph): FocusAreaNumber | undefined =>
    areasAreHeadings && paragraph.headingLevel !== areaLevel ? undefined : matchFocusArea(paragraph.text);
  const isOtherHeading = (paragraph: DocxParagraph): boolean =>
    comparableOf(paragraph) === OTHER_INFORMATION && (!otherIsHeading || paragraph.headingLevel !== undefined);

  let phase: 'header' | 'body' | 'other' = 'header';
  let field: HeaderField | undefined;
  let area: Area | undefined;
  const bodyStart = paragraphs.findIndex((paragraph) => isAreaHeading(paragraph) !== undefined);
  const answersInControls = paragraphs.slice(Math.max(0, bodyStart)).some((paragraph) => paragraph.inContentControl);
  const questionsAreHeadings =
    areaLevel !== undefined &&
    paragraphs.some((paragraph) => paragraph.headingLevel !== undefined && paragraph.headingLevel > areaLevel && isAreaHeading(paragraph) === undefined);

  // This app's export holds its questions (headings) as well as its answers in content controls.
  const ownExport = paragraphs.some((paragraph) => exportControl(paragraph)?.kind === 'question');

  const startsQuestion = (paragraph: DocxParagraph, current: Area): boolean => {
    if (answersInControls && !(ownExport && questionsAreHeadings)) return !paragraph.inContentControl && paragraph.text.trim() !== '';
    if (questionsAreHeadings) return paragraph.headingLevel !== undefined && paragraph.headingLevel > (areaLevel ?? 0);
    return current.questions.length === 0 ? paragraph.text.trim() !== '' : paragraph.bold && paragraph.text.trim() !== '';
  };

  for (const paragraph of paragraphs) {
    const text = comparableOf(paragraph);
    const areaNumber = isAreaHeading(paragraph);

    if (areaNumber !== undefined && phase !== 'other') {
      phase = 'body';
      field = undefined;
      area = areas.find((candidate) => candidate.number === areaNumber);
      if (!area) {
        area = { number: areaNumber, headingAsFound: paragraph.text.trim(), questions: [] };
        areas.push(area);
      }
      continue;
    }
    if (phase !== 'other' && isOtherHeading(paragraph)) {
      phase = 'other';
      continue;
    }
    if (phase === 'other') {
      other.push(paragraph);
      continue;
    }

    // The form's fixed texts come before the first focus area; after it, all text is the user's.
    if (phase === 'header') {
      if (text === TITLE) {
        sawTitle = true;
        continue;
      }
      if (text.startsWith(INTRODUCTION_START) || text.startsWith(FOLLOW_UP_START)) {
        year ??= yearIn(paragraph.text);
        if (text.startsWith(FOLLOW_UP_START)) field = undefined;
        continue;
      }
      if (text === DESCRIPTION_HEADING || text.startsWith(DESCRIPTION_START)) {
        field = undefined;
        continue;
      }
      const label = LABELS.get(text);
      if (label !== undefined && !headerSeen.has(label)) {
        field = label;
        headerSeen.add(label);
        continue;
      }
      // A header field is one line: its value is the first non-empty paragraph after the label.
      if (field !== undefined && header[field] === '' && paragraph.text.trim() !== '') {
        if (!isPlaceholder(text)) header[field] = paragraph.text;
        field = undefined;
        continue;
      }
      if (text !== '') unplaced.push(paragraph.text.trim());
      continue;
    }

    // phase === 'body'
    if (!area) {
      if (text !== '') unplaced.push(paragraph.text.trim());
      continue;
    }
    const question = area.questions.at(-1);
    const control = exportControl(paragraph);
    if (startsQuestion(paragraph, area)) {
      // A question typed over two paragraphs stays one question until its answer starts.
      if (question?.answer.length === 0 && !questionsAreHeadings && answersInControls) question.text += `\n${paragraph.text}`;
      else area.questions.push({ text: paragraph.text, answer: [], identity: control?.kind === 'question' ? control.identity : undefined });
      continue;
    }
    if (!question) {
      if (text !== '' && !isPlaceholder(text)) unplaced.push(paragraph.text.trim());
      continue;
    }
    // The answer's control names the question too, should the question's have lost its tag.
    if (control?.kind === 'answer') question.identity ??= control.identity;
    question.answer.push(paragraph);
  }

  if (!sawTitle && headerSeen.size === 0 && areas.length === 0) {
    throw new AppError(
      'invalid-request',
      'Dokumentet ser inte ut som en uppföljningsrapport näringsliv: varken rubriken, fälten (Nämnd, Kontaktperson …) eller fokusområdena hittades.',
    );
  }

  return {
    header,
    year,
    focusAreas: areas
      .sort((a, b) => a.number - b.number)
      .map((found) => ({
        number: found.number,
        headingAsFound: found.headingAsFound,
        questions: found.questions.map((question) => ({
          text: question.text,
          answer: paragraphsToText(question.answer),
          ...(question.identity === undefined ? {} : { identity: question.identity }),
        })),
      })),
    otherInformation: paragraphsToText(other),
    unplaced,
  };
}
