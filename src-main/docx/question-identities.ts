// Which question each question of an exported document is (its identity, see report/model.ts),
// said twice so that it survives the trip through a word processor: in the tag of the
// question's and the answer's content control, which Word keeps, and in the document's custom
// properties, one a question, which LibreOffice keeps when it saves although it drops the tags
// (7.4) and turns each control into one around the first paragraph. A property holds the
// identity and a fingerprint of the question's text, so a question moved in the document is
// still known by its text, and one whose text was changed there is not taken for another.
import { createHash } from 'node:crypto';
import { normalizedForComparison } from '../report/empty-text.ts';
import { questionIdSchema } from '../form/vocabulary-schemas.ts';
import type { Report } from '../report/model.ts';
import { questionNumber } from '../report/questions.ts';
import type { ControlLabel } from './docx-paragraphs.ts';

const QUESTION_TAG = 'fraga:';
const ANSWER_TAG = 'svar:';
const PROPERTY_PREFIX = 'Uppföljningsrapport fråga ';
/** The controls' titles, as Word shows them on their frames, and as LibreOffice keeps them. */
const QUESTION_TITLE = /^Fråga \d+\.\d+$/;
const ANSWER_TITLE = /^Svar \d+\.\d+$/;

export function questionTitle(number: string): string {
  return `Fråga ${number}`;
}

export function answerTitle(number: string): string {
  return `Svar ${number}`;
}

export function questionTag(identity: string | undefined): string | undefined {
  return identity === undefined ? undefined : `${QUESTION_TAG}${identity}`;
}

export function answerTag(identity: string | undefined): string | undefined {
  return identity === undefined ? undefined : `${ANSWER_TAG}${identity}`;
}

/** What a content control around a paragraph says it holds: one of the export's questions or answers, or neither. */
export function controlKind(control: ControlLabel): { kind: 'question' | 'answer'; identity?: string } | undefined {
  for (const [prefix, kind] of [
    [QUESTION_TAG, 'question'],
    [ANSWER_TAG, 'answer'],
  ] as const) {
    if (control.tag?.startsWith(prefix)) {
      const identity = control.tag.slice(prefix.length);
      return questionIdSchema.safeParse(identity).success ? { kind, identity } : { kind };
    }
  }
  if (control.title !== undefined && QUESTION_TITLE.test(control.title)) return { kind: 'question' };
  if (control.title !== undefined && ANSWER_TITLE.test(control.title)) return { kind: 'answer' };
  return undefined;
}

function fingerprint(text: string): string {
  return createHash('sha256').update(normalizedForComparison(text)).digest('hex').slice(0, 16);
}

/** The custom properties naming each question's identity: "Uppföljningsrapport fråga 1.2" = "<identity> <fingerprint>". */
export function identityProperties(report: Report): { name: string; value: string }[] {
  return report.focusAreas.flatMap((area) =>
    area.questions.flatMap((question, index) =>
      question.identity === undefined
        ? []
        : [{ name: `${PROPERTY_PREFIX}${questionNumber(area.number, index)}`, value: `${question.identity} ${fingerprint(question.text)}` }],
    ),
  );
}

interface Recorded {
  number: string;
  identity: string;
  fingerprint: string;
}

function recordedIdentities(properties: ReadonlyMap<string, string>): Recorded[] {
  const recorded: Recorded[] = [];
  for (const [name, value] of properties) {
    if (!name.startsWith(PROPERTY_PREFIX)) continue;
    const [identity = '', print = ''] = value.split(' ');
    if (questionIdSchema.safeParse(identity).success && /^[0-9a-f]{16}$/.test(print)) {
      recorded.push({ number: name.slice(PROPERTY_PREFIX.length), identity, fingerprint: print });
    }
  }
  return recorded;
}

type Areas = readonly { number: number; questions: { text: string; identity?: string }[] }[];

/**
 * Gives each question found without an identity (its control's tag was lost) the one the
 * document's properties record for it: for the same text wherever it now stands, else for
 * the same place (its text changed there, a year brought up to date say) where its focus area
 * still holds as many questions as were exported. An identity taken by a tag, or given once,
 * is not given again. Changes the questions in place.
 */
export function addRecordedIdentities(areas: Areas, properties: ReadonlyMap<string, string>): void {
  const recorded = recordedIdentities(properties);
  if (recorded.length === 0) return;
  const taken = new Set(areas.flatMap((area) => area.questions.flatMap((question) => (question.identity === undefined ? [] : [question.identity]))));
  const give = (question: { identity?: string }, match: Recorded | undefined): void => {
    if (match === undefined || taken.has(match.identity)) return;
    question.identity = match.identity;
    taken.add(match.identity);
  };
  const missing = (): { area: Areas[number]; question: Areas[number]['questions'][number]; index: number }[] =>
    areas.flatMap((area) => area.questions.flatMap((question, index) => (question.identity === undefined ? [{ area, question, index }] : [])));
  for (const { question } of missing()) {
    const print = fingerprint(question.text);
    give(
      question,
      recorded.find((entry) => entry.fingerprint === print && !taken.has(entry.identity)),
    );
  }
  for (const { area, question, index } of missing()) {
    const exportedHere = recorded.filter((entry) => entry.number.startsWith(`${area.number}.`)).length;
    if (exportedHere !== area.questions.length) continue;
    give(
      question,
      recorded.find((entry) => entry.number === questionNumber(area.number, index)),
    );
  }
}
