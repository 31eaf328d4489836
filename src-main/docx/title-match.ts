// Focus areas are matched by their policy number first, then by how alike the titles are:
// forms in circulation shorten them ("Attraktivare miljöer och bättre framkomlighet").
import { FOCUS_AREA_NUMBERS, focusAreaTitle, type FocusAreaNumber } from '../form/vocabulary.ts';

const HEADING = /^\s*([1-9])\s*[.)]?\s+(\S.*)$/;
const MIN_SIMILARITY = 0.5;

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .normalize('NFC')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0),
  );
}

/** How alike two titles are, 0 to 1: shared words over all words (Jaccard). */
function titleSimilarity(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

// A heading is short; a paragraph longer than this is body text, whatever words it shares.
const MAX_HEADING_LENGTH = 200;

const AREA_WORDS = new Map(FOCUS_AREA_NUMBERS.map((number) => [number, words(focusAreaTitle(number))]));

function mostSimilarArea(title: string): { number: FocusAreaNumber; similarity: number } {
  let best: { number: FocusAreaNumber; similarity: number } = { number: 1, similarity: 0 };
  const titleWords = words(title);
  for (const number of FOCUS_AREA_NUMBERS) {
    const similarity = titleSimilarity(titleWords, AREA_WORDS.get(number) ?? new Set());
    if (similarity > best.similarity) best = { number, similarity };
  }
  return best;
}

/** The focus area a heading names, or undefined if it names none. */
export function matchFocusArea(text: string): FocusAreaNumber | undefined {
  if (text.length > MAX_HEADING_LENGTH) return undefined;
  const numbered = HEADING.exec(text);
  if (numbered?.[1] && numbered[2]) {
    const number = Number(numbered[1]);
    const isPolicyNumber = (FOCUS_AREA_NUMBERS as readonly number[]).includes(number);
    // A number alone is not enough: "1. Vi har..." in an answer is not a heading.
    if (isPolicyNumber && mostSimilarArea(numbered[2]).similarity >= MIN_SIMILARITY) return number as FocusAreaNumber;
    return undefined;
  }
  const best = mostSimilarArea(text);
  return best.similarity >= 0.6 ? best.number : undefined;
}
