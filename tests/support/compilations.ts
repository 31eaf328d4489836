// Compilations for tests and the bench: the city's 45 organisations, some without a report,
// reports with one to four focus areas, several questions each, answers of several
// paragraphs with line breaks, tabs and bullet lists, the findings a review would list, and
// (unless turned off) hostile text in names and answers. Deterministic: the same options
// give the same compilation.
import type { CompiledReport, Compilation, Route } from '../../src-main/compile/compilation.ts';
import type { FocusAreaNumber, PeriodId } from '../../src-main/form/vocabulary.ts';
import { CITY_ORGANISATIONS } from '../../src-main/report/organisation.ts';
import { questionNumber } from '../../src-main/report/questions.ts';
import { swedishText } from './reports.ts';

export interface CompilationOptions {
  period?: PeriodId;
  year?: number;
  /** The organisations on the list, in order; the city's 45 by default. */
  organisations?: readonly string[];
  /** Indexes (into the list) of organisations that sent nothing; by default every seventh, from the fourth. */
  withoutReport?: readonly number[];
  /** The focus areas reports may cover; every organisation gets one to four of them. */
  areas?: readonly FocusAreaNumber[];
  questionsPerReport?: number;
  /** Characters per answer, roughly. */
  answerLength?: number;
  /** Names, answers and other information full of what breaks naive XML writers. */
  hostile?: boolean;
}

const ROUTES: readonly Route[] = ['inlamning', 'e-post', 'fil'];

/** Organisation names that try the document: very long, right-to-left, emoji, markup and control characters. */
export const HOSTILE_NAMES: readonly string[] = [
  `Stiftelsen för ${'mycket långa namn och ännu längre förvaltningsbeteckningar '.repeat(8)}${'Ö'.repeat(180)} AB`,
  'مؤسسة <Ström> & "Söner" AB \u0000\uFFFE\ud800 עמותה',
  '👩🏽‍💼 Bolaget\tmed\ntabb & <radbrytning> 🇸🇪 ]]>',
];

/** Text that must come through the document unharmed (or cleaned exactly as the model cleans it). */
const HOSTILE_LINE = 'Märkligt: <b>fet</b> & "citat" \'apostrof\' ]]> 👩🏽‍💼🇸🇪 שלום مرحبا \u202eomvänd\u202c e\u0301 \u0000\u0007\uFFFE\uFFFF\ud800 slut';

function areasFor(index: number, allowed: readonly FocusAreaNumber[]): FocusAreaNumber[] {
  const count = 1 + (index % Math.min(4, allowed.length));
  return allowed.filter((_, position) => (position + index) % allowed.length < count).slice(0, count);
}

/** An answer of several paragraphs: a line that names it (so each answer is unique), text with a line break, a tab, a bullet list. */
function answerText(tag: string, length: number, seed: number, hostile: boolean, lineBreak: string): string {
  const body = swedishText(Math.max(40, length - 160), seed)
    .split('\n\n')
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  const [first = 'Arbetet pågår.', ...rest] = body;
  const paragraphs = [
    `${tag}: ${first}`,
    `Läget i siffror:\tsju avtal${lineBreak}och tre nya samarbeten med Stockholm Business Region.`,
    ['- första punkten i listan', '• andra punkten, med\ttabb', '- tredje punkten'].join(lineBreak),
    ...rest,
  ];
  if (hostile) paragraphs.push(HOSTILE_LINE);
  return paragraphs.join(lineBreak + lineBreak);
}

function compiledReport(organisation: string, index: number, options: Required<Omit<CompilationOptions, 'organisations' | 'withoutReport'>>): CompiledReport {
  const areas = areasFor(index, options.areas);
  const hostile = options.hostile && index % 5 === 2;
  // Word's line endings in some reports: the cleaning makes them "\n".
  const lineBreak = options.hostile && index % 6 === 1 ? '\r\n' : '\n';
  const findings: CompiledReport['findings'] = [];
  const focusAreas = areas.map((number, areaIndex) => {
    const count = Math.floor(options.questionsPerReport / areas.length) + (areaIndex < options.questionsPerReport % areas.length ? 1 : 0);
    return {
      number,
      questions: Array.from({ length: Math.max(1, count) }, (_, questionIndex) => {
        const place = questionNumber(number, questionIndex);
        const tag = `Svar ${index + 1}/${place}`;
        let answer = answerText(tag, options.answerLength, index * 1_000 + number * 100 + questionIndex, hostile, lineBreak);
        if (index % 4 === 0 && questionIndex === 0) {
          // A number not yet known, as drafts leave it.
          answer = answer.replace('sju avtal', 'x avtal');
          findings.push({ severity: 'fix', message: `Svar på fråga ${place} innehåller "x" där ett tal ska stå.` });
        }
        if (index % 9 === 5 && questionIndex === 1) {
          answer = index % 2 === 0 ? '' : 'Klicka här för att ange text.';
          findings.push({ severity: 'fix', message: `Svar på fråga ${place} saknas.` });
        }
        return { text: `Beskriv arbetet under ${options.year} med uppdrag ${place} i budgeten (${index + 1}).`, answer };
      }),
    };
  });
  if (index % 10 === 3) findings.push({ severity: 'warning', message: 'Telefon är tomt.' });
  return {
    organisation,
    committee: organisation,
    period: options.period,
    year: options.year,
    contact: {
      contactPerson: `Kontakt ${index + 1}`,
      phone: index % 10 === 3 ? '' : `08-508 ${String(index).padStart(2, '0')} 000`,
      email: `kontakt${index + 1}@stockholm.se`,
    },
    focusAreas,
    otherInformation:
      index % 3 === 0
        ? `Övrigt från ${index + 1}: ${swedishText(200, index + 7)}${lineBreak}${lineBreak}- en punkt${hostile ? ` ${HOSTILE_LINE}` : ''}`
        : index % 3 === 1
          ? ''
          : '  Klicka här för att ange text.  ',
    findings,
    source: {
      route: ROUTES[index % ROUTES.length] ?? 'fil',
      file: `rapport-${index + 1}.json`,
      // Noon in Stockholm, so the date is the same in every time zone; one near midnight UTC (the next day in Stockholm).
      time: index === 1 ? `${options.year}-09-14T22:30:00.000Z` : `${options.year}-09-${String(1 + (index % 28)).padStart(2, '0')}T10:00:00.000Z`,
      ...(index % 2 === 0 ? { version: `${index + 1}` } : {}),
    },
  };
}

/** The city's organisations with their reports; see CompilationOptions for the defaults. */
export function sampleCompilation(options: CompilationOptions = {}): Compilation {
  const hostile = options.hostile ?? true;
  let names = [...(options.organisations ?? CITY_ORGANISATIONS)];
  if (hostile && options.organisations === undefined) names = [...names.slice(0, names.length - HOSTILE_NAMES.length), ...HOSTILE_NAMES];
  const withoutReport = new Set(options.withoutReport ?? names.map((_, index) => index).filter((index) => index % 7 === 3));
  const settings = {
    period: options.period ?? 'T2',
    year: options.year ?? 2026,
    areas: options.areas ?? ([1, 2, 3, 4] as const),
    questionsPerReport: options.questionsPerReport ?? 6,
    answerLength: options.answerLength ?? 700,
    hostile,
  };
  return {
    period: settings.period,
    year: settings.year,
    organisations: names.map((name, index) => (withoutReport.has(index) ? { name } : { name, report: compiledReport(name, index, settings) })),
    createdAt: `${settings.year}-09-30T12:34:00.000Z`,
  };
}

/** The size the speed target names: all 45 organisations reporting, 100 questions of 3,000 characters each. */
export function largeCompilation(): Compilation {
  return sampleCompilation({ withoutReport: [], questionsPerReport: 100, answerLength: 3_000, hostile: false });
}

/** A typical period: all 45 organisations, 5 questions of 1,500 characters each. */
export function typicalCompilation(): Compilation {
  return sampleCompilation({ withoutReport: [], questionsPerReport: 5, answerLength: 1_500, hostile: false });
}
