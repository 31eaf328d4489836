// A Word form from the city's template does not say which period it reports on, but its text
// often does in passing: "Under januari–augusti har …". The import shows such a mention beside
// the period choice, so the user can check it; it never chooses for the user (a text may quote
// another period, or last year's). Pure.
import { MONTH_NAMES as MONTHS, PERIODS, type PeriodId } from '../form/vocabulary.ts';

/** A month by its full name or its usual short form ("jan", "aug."), as a number 1–12. */
function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((month) => month === lower || (lower.length >= 3 && month.startsWith(lower)));
  return index < 0 ? undefined : index + 1;
}

/**
 * Which period a span of months is: T1 covers January–April, T2 January–August (or its own
 * months, May–August), VB the whole year (or September–December).
 */
function periodOfSpan(from: number, to: number): PeriodId | undefined {
  return PERIODS.find((period, index) => {
    const ownFirst = (PERIODS[index - 1]?.covers.last ?? 0) + 1;
    return period.covers.last === to && (from === period.covers.first || from === ownFirst);
  })?.id;
}

// A month's full name, or its short form with or without a full stop (a full name keeps the
// sentence's full stop out).
const MONTH_WORD = `(${MONTHS.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\\.?)`;
// "januari–augusti", "jan - aug", "januari till och med augusti", "januari t.o.m. augusti".
const SPAN = new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\s*(?:[-–—]|till och med|t\\.\\s?o\\.\\s?m\\.?|till)\\s*${MONTH_WORD}(?![\\p{L}])`, 'giu');

export interface PeriodInText {
  period: PeriodId;
  /** The words as they stand in the text: "januari–augusti". */
  asWritten: string;
}

/** The one period the text's spans of months name; undefined when it names none, or more than one. */
export function periodNamedInText(text: string): PeriodInText | undefined {
  const found = new Map<PeriodId, string>();
  for (const match of text.matchAll(SPAN)) {
    const from = monthNumber(match[1] ?? '');
    const to = monthNumber(match[2] ?? '');
    const period = from !== undefined && to !== undefined ? periodOfSpan(from, to) : undefined;
    if (period !== undefined && !found.has(period)) found.set(period, match[0]);
  }
  const [only, ...others] = [...found.entries()];
  return only !== undefined && others.length === 0 ? { period: only[0], asWritten: only[1] } : undefined;
}
