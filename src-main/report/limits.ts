// How large a report may be, and what the user is told when a file is larger: each limit by
// name, in Swedish, before anything is created. Generous: a real report is a few hundred kB;
// the limits only stop absurd or hostile files. Pure, and it trusts nothing about the shape.
import { formTemplate } from '../form/template.ts';
import { HEADER_FIELDS } from '../form/vocabulary.ts';

export const MAX_TEXT_LENGTH = 5_000_000;
export const MAX_LINE_LENGTH = 2_000;
export const MAX_QUESTIONS_PER_AREA = 1_000;
const FOCUS_AREA_COUNT = 4;

function count(value: number): string {
  return value.toLocaleString('sv-SE');
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function tooLong(text: unknown, max: number, what: string): string | undefined {
  if (typeof text !== 'string' || text.length <= max) return undefined;
  return `${what} har ${count(text.length)} tecken; högst ${count(max)} går att importera.`;
}

/** The first limit the content (a report, or what was found in a Word form) goes over. */
export function limitProblem(content: unknown): string | undefined {
  const report = record(content);
  if (report === undefined) return undefined;
  const header = record(report.header);
  for (const field of HEADER_FIELDS) {
    const problem = tooLong(header?.[field], MAX_LINE_LENGTH, `Fältet ${formTemplate.labels[field]}`);
    if (problem) return problem;
  }
  const areas = Array.isArray(report.focusAreas) ? (report.focusAreas as unknown[]) : [];
  if (areas.length > FOCUS_AREA_COUNT) return `Rapporten har ${count(areas.length)} fokusområden; policyn har ${FOCUS_AREA_COUNT}.`;
  for (const [areaIndex, value] of areas.entries()) {
    const area = record(value);
    const number = typeof area?.number === 'number' ? area.number : areaIndex + 1;
    const questions = Array.isArray(area?.questions) ? (area.questions as unknown[]) : [];
    if (questions.length > MAX_QUESTIONS_PER_AREA) {
      return `Rapporten har ${count(questions.length)} frågor under fokusområde ${number}; högst ${count(MAX_QUESTIONS_PER_AREA)} går att importera.`;
    }
    for (const [index, entry] of questions.entries()) {
      const question = record(entry);
      const problem =
        tooLong(question?.text, MAX_TEXT_LENGTH, `Frågetexten i fråga ${number}.${index + 1}`) ??
        tooLong(question?.answer, MAX_TEXT_LENGTH, `Svaret på fråga ${number}.${index + 1}`);
      if (problem) return problem;
    }
  }
  return tooLong(report.otherInformation, MAX_TEXT_LENGTH, formTemplate.labels.otherInformation);
}
