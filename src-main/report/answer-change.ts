// "Jämför med T1 2026": how an answer started from last period's differs from it, word by
// word (jsdiff's diffWords: each word and punctuation mark a token, whitespace kept), with a
// one-line summary. Pure. (Whether it is unchanged at all, for Granska, is unchanged-answer.ts,
// which the editor needs at once; this, with the diff library, is loaded when asked for.)
import { diffWords } from 'diff';

export interface ChangePart {
  kind: 'same' | 'inserted' | 'removed';
  text: string;
}

export interface AnswerChange {
  parts: ChangePart[];
  /** Words added and taken away; both 0 when the answer is as it was. */
  inserted: number;
  removed: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordCount(text: string): number {
  return [...text.matchAll(WORD)].length;
}

export function answerChange(previous: string, current: string): AnswerChange {
  const parts: ChangePart[] = diffWords(previous, current).map((change) => ({
    kind: change.added ? 'inserted' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
  const count = (kind: ChangePart['kind']): number => parts.filter((part) => part.kind === kind).reduce((sum, part) => sum + wordCount(part.text), 0);
  return { parts, inserted: count('inserted'), removed: count('removed') };
}

/** "12 ord nya, 3 borttagna"; "oförändrat". */
export function changeSummary(change: Pick<AnswerChange, 'inserted' | 'removed'>): string {
  if (change.inserted === 0 && change.removed === 0) return 'oförändrat';
  const words = (count: number): string => `${count} ord`;
  const parts = [
    change.inserted > 0 ? `${words(change.inserted)} ${change.inserted === 1 ? 'nytt' : 'nya'}` : undefined,
    change.removed > 0 ? `${change.inserted > 0 ? change.removed : words(change.removed)} ${change.removed === 1 ? 'borttaget' : 'borttagna'}` : undefined,
  ];
  return parts.filter(Boolean).join(', ');
}
