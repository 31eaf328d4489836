// Reports full of what users (and Word) put into text: control characters, noncharacters,
// lone surrogates, emoji, combining marks, right-to-left text, tabs and breaks, bullets,
// huge paragraphs and nothing at all. Seeded, so a failure can be reproduced.
import { reportSchema, type Report, type ReportInput } from '../../src-main/report/model.ts';
import { sampleReport } from './reports.ts';

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Förvaltningen',
  ' ',
  'näringsliv',
  '\n',
  '\n\n',
  '\t',
  '- punkt\n',
  '• punkt\n',
  '\r\n',
  '\u000b',
  '\u000c',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '👩🏽‍💼',
  '🇸🇪',
  'e\u0301',
  'a\u0308\u0332',
  'שלום',
  'مرحبا',
  '\u202e',
  '\u200d',
  '\u00a0',
  '\u00ad',
  '”',
  '–',
  '&',
  '<',
  '>',
  ']]>',
  '"',
  "'",
  '\u2028',
  '\u2029',
  'Klicka här för att ange text.',
  'x',
  '\uD834\uDD1E',
  '\u{10FFFF}',
  '\u{1FFFE}',
];

function randomText(random: () => number, maxPieces: number): string {
  const count = Math.floor(random() * maxPieces);
  let text = '';
  for (let index = 0; index < count; index += 1) {
    text += random() < 0.3 ? String.fromCharCode(Math.floor(random() * 0x10000)) : (PIECES[Math.floor(random() * PIECES.length)] ?? '');
  }
  return text;
}

/** A report as the model accepts it: raw text in, cleaned by the same schema the app uses. */
export function randomReport(seed: number, options: { hugeParagraph?: boolean } = {}): Report {
  const random = seededRandom(seed);
  const base = sampleReport();
  const numbers = ([1, 2, 3, 4] as const).filter(() => random() < 0.6);
  const raw: ReportInput = {
    ...base,
    year: 2000 + Math.floor(random() * 100),
    header: {
      committee: randomText(random, 6),
      contactPerson: randomText(random, 4),
      phone: randomText(random, 3),
      email: randomText(random, 3),
    },
    focusAreas: numbers.map((number) => ({
      number,
      questions: Array.from({ length: Math.floor(random() * 4) }, (_, index) => ({
        id: `f${seed}n${number}q${index}`,
        // Every other question has an identity, as a report from before identities has none.
        ...(index % 2 === 0 ? { identity: `s${seed}-${number}-${index}` } : {}),
        text: randomText(random, 8),
        answer: randomText(random, 40),
      })),
    })),
    otherInformation: options.hugeParagraph ? 'Ett mycket långt stycke 👩🏽‍💼\u0001 '.repeat(30_000) : randomText(random, 20),
  };
  return reportSchema.parse(raw);
}
