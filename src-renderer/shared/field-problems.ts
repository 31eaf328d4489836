// What is wrong with a value the user typed, in Swedish, for the message beside the field.
// The main process checks the same things again; these only say it where the user looks.
import { isPeriodId } from '../../src-main/form/vocabulary.ts';
import { fieldText } from './strings.ts';

export function yearProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return fieldText.yearMissing;
  const year = Number(trimmed);
  if (!/^\d{4}$/.test(trimmed) || year < 2000 || year > 2100) return fieldText.yearInvalid;
  return undefined;
}

/** The year typed, when it is one. */
export function yearOf(text: string): number | undefined {
  return yearProblem(text) === undefined ? Number(text.trim()) : undefined;
}

export function periodProblem(value: string): string | undefined {
  return isPeriodId(value) ? undefined : fieldText.periodMissing;
}

export function committeeProblem(text: string): string | undefined {
  return text.trim() === '' ? fieldText.committeeMissing : undefined;
}
