// Plain Swedish (klarspråk): how heavy a text reads, and what makes it so. LIX (läsbarhetsindex)
// is words per sentence plus the share of words longer than six letters, in per cent; the
// bands are the usual Swedish ones. The hints point at what most often makes an answer heavy:
// a very long sentence, a long compound word, a noun made of a verb ("genomförandet av"), and
// officialese with a plainer word beside it. Written by hand: these are the language's rules,
// not a library's. Hints never change the text. Pure.

type LixBand = 'mycket lätt' | 'lätt' | 'medelsvår' | 'svår' | 'mycket svår';

export interface Lix {
  value: number;
  band: LixBand;
  words: number;
  sentences: number;
  longWords: number;
}

export interface LanguageHint {
  kind: 'long-sentence' | 'long-word' | 'nominal' | 'officialese';
  /** What to look at, in a short phrase: "en mening med 41 ord", "\"avseende\" kan bli \"om\"". */
  text: string;
  start: number;
  end: number;
}

/** A sentence longer than this is hard to follow. */
const LONG_SENTENCE_WORDS = 30;
/** A compound word this long reads as a chain of nouns. */
const LONG_WORD_LETTERS = 20;

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Officialese and the plainer Swedish for it (Språkrådet's and the Klarspråk guides' usual pairs). */
const OFFICIALESE: readonly [string, string][] = [
  ['avseende', 'om'],
  ['beträffande', 'om'],
  ['i syfte att', 'för att'],
  ['i enlighet med', 'enligt'],
  ['med anledning av', 'på grund av'],
  ['under förutsättning att', 'om'],
  ['i dagsläget', 'nu'],
  ['i nuläget', 'nu'],
  ['för närvarande', 'nu'],
  ['erhålla', 'få'],
  ['erhållit', 'fått'],
  ['inneha', 'ha'],
  ['tillhandahålla', 'ge'],
  ['nyttja', 'använda'],
  ['påbörja', 'börja'],
  ['påbörjat', 'börjat'],
  ['därutöver', 'dessutom'],
  ['emellertid', 'men'],
  ['alltjämt', 'fortfarande'],
  ['torde', 'bör nog'],
  ['föreligger', 'finns'],
  ['vidta åtgärder', 'åtgärda'],
];

const OFFICIALESE_PATTERNS = OFFICIALESE.map(([phrase, plain]) => ({
  pattern: new RegExp(`(?<![\\p{L}])${phrase.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'giu'),
  phrase,
  plain,
}));

// A verb made a noun and followed by "av": "genomförandet av", "utvecklingen av", "hanteringen av".
const NOMINAL = /(?<![\p{L}])(\p{L}+(?:ning|ningen|andet|endet|else|elsen))\s+av(?![\p{L}])/giu;

function bandOf(value: number): LixBand {
  if (value < 30) return 'mycket lätt';
  if (value < 40) return 'lätt';
  if (value < 50) return 'medelsvår';
  if (value < 60) return 'svår';
  return 'mycket svår';
}

function letters(word: string): number {
  return word.replace(/[^\p{L}]/gu, '').length;
}

/**
 * Where each sentence ends: at ".", "!", "?" or ":" followed by a space and a capital or a
 * quote, or by the end of a line ("t.ex. staden" and "kl. 10" do not end one), and at
 * the end of each line that holds words (a list item is a sentence of its own).
 */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const ends = /[.!?:]+(?=\s*$|\s+["”'«(]?\p{Lu})|\n/gmu;
  let start = 0;
  for (const match of text.matchAll(ends)) {
    const end = match.index + match[0].length;
    if (WORD.test(text.slice(start, end))) spans.push({ start, end });
    WORD.lastIndex = 0;
    start = end;
  }
  if (start < text.length && new RegExp(WORD.source, 'u').test(text.slice(start))) spans.push({ start, end: text.length });
  return spans;
}

/** LIX of a text; undefined for a text without words. */
export function lix(text: string): Lix | undefined {
  const words = [...text.matchAll(WORD)].map((match) => match[0]);
  if (words.length === 0) return undefined;
  const sentences = Math.max(1, sentenceSpans(text).length);
  const longWords = words.filter((word) => letters(word) > 6).length;
  const value = Math.round(words.length / sentences + (longWords * 100) / words.length);
  return { value, band: bandOf(value), words: words.length, sentences, longWords };
}

/** What makes the text heavy, in the order it stands. */
export function languageHints(text: string): LanguageHint[] {
  const hints: LanguageHint[] = [];
  for (const span of sentenceSpans(text)) {
    const count = [...text.slice(span.start, span.end).matchAll(WORD)].length;
    if (count > LONG_SENTENCE_WORDS) hints.push({ kind: 'long-sentence', text: `en mening med ${count} ord`, start: span.start, end: span.end });
  }
  for (const match of text.matchAll(WORD)) {
    if (letters(match[0]) >= LONG_WORD_LETTERS)
      hints.push({ kind: 'long-word', text: `"${match[0]}" är ett långt ord`, start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(NOMINAL)) {
    hints.push({ kind: 'nominal', text: `"${match[0]}" kan skrivas med ett verb`, start: match.index, end: match.index + match[0].length });
  }
  for (const { pattern, plain } of OFFICIALESE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      hints.push({
        kind: 'officialese',
        text: `"${match[0].replace(/\s+/g, ' ')}" kan bli "${plain}"`,
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  }
  return hints.sort((a, b) => a.start - b.start);
}
