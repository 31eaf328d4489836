// Report builders for tests and the bench.
import { createReport } from '../../src-main/report/create.ts';
import type { Report } from '../../src-main/report/model.ts';
import { CULTURE_SET_ID, testQuestionSet } from './question-sets.ts';

export function sampleReport(overrides: Partial<Report> = {}): Report {
  const report = createReport(
    { committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2022, questionSet: testQuestionSet(CULTURE_SET_ID) },
    new Date('2022-09-01T08:00:00Z'),
  );
  return { ...report, ...overrides };
}

/** Deterministic Swedish-looking text of the given length, in paragraphs. */
export function swedishText(length: number, seed = 1): string {
  const words = [
    'förvaltningen',
    'har',
    'under',
    'året',
    'arbetat',
    'med',
    'näringslivet',
    'och',
    'Stockholm',
    'Business',
    'Region',
    'samverkan',
    'kring',
    'platsaktivering',
    '2022',
    'företag',
    'evenemang',
    'stärka',
    'förutsättningarna',
    'kulturella',
  ];
  let state = seed;
  const parts: string[] = [];
  let size = 0;
  let sentence = 0;
  while (size < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const word = words[state % words.length] ?? 'och';
    parts.push(word);
    size += word.length + 1;
    sentence += 1;
    if (sentence % 14 === 0) parts.push(sentence % 70 === 0 ? '.\n\n' : '.');
  }
  return parts.join(' ').replace(/ \./g, '.').replace(/\n\n /g, '\n\n').slice(0, length);
}

/** The size the speed targets name: 100 questions of 3,000 characters each. */
export function largeReport(questionCount = 100, answerLength = 3_000): Report {
  const base = sampleReport();
  const perArea = Math.ceil(questionCount / 4);
  const focusAreas = ([1, 2, 3, 4] as const).map((number) => ({
    number,
    questions: Array.from({ length: Math.min(perArea, questionCount - (number - 1) * perArea) }, (_, index) => ({
      id: `q${number}x${index}`,
      text: `Beskriv arbetet under 2022 med uppdrag ${number}.${index + 1} i budgeten.`,
      answer: swedishText(answerLength, number * 1000 + index),
    })),
  }));
  return {
    ...base,
    header: { committee: 'Kulturnämnden: kulturförvaltningen', contactPerson: 'Moa Almerud', phone: '08-508 00 000', email: 'moa.almerud@stockholm.se' },
    focusAreas,
    otherInformation: swedishText(1_000, 7),
  };
}
