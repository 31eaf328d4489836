// Plain-Swedish figures: the LIX and hints of every answer of the 100-question report (3,000
// characters each), as the editor works them out when typing pauses; and "Jämför med …" for
// one such answer edited in a few places.
import { answerChange } from '../../src-main/report/answer-change.ts';
import { languageFindings, reportReadability } from '../../src-main/report/language-review.ts';
import { largeReport } from '../support/reports.ts';
import { median, ms, percentile, type BenchRow } from './measure.ts';

const RUNS = 25;

export function benchLanguage(): BenchRow[] {
  const report = largeReport();
  // The first passes compile the patterns and warm the code, as a session's first pause does.
  for (let run = 0; run < 3; run += 1) languageFindings(report, reportReadability(report));
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    languageFindings(report, reportReadability(report));
    times.push(performance.now() - start);
  }
  const middle = median(times);

  const previous = report.focusAreas[0]?.questions[0]?.answer ?? '';
  // Last period's answer brought up to date: a figure changed, a sentence added, one taken away.
  const sentences = previous.split('. ');
  const current = [
    ...sentences.slice(0, 3).map((sentence) => sentence.replace(/\d+/, '17')),
    'Under perioden tillkom två nya samarbeten',
    ...sentences.slice(4),
  ].join('. ');
  for (let run = 0; run < 3; run += 1) answerChange(previous, current);
  const diffTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    answerChange(previous, current);
    diffTimes.push(performance.now() - start);
  }
  const diffMiddle = median(diffTimes);
  return [
    {
      measure: 'plain-Swedish hints and LIX, 100 questions × 3,000 chars',
      median: ms(middle),
      tail: `p95 ${ms(percentile(times, 0.95))}`,
      target: 'median ≤ 50 ms',
      ok: middle <= 50,
    },
    {
      measure: `"Jämför med …", one answer of ${previous.length.toLocaleString('en')} chars edited`,
      median: ms(diffMiddle),
      tail: `p95 ${ms(percentile(diffTimes, 0.95))}`,
      target: 'median ≤ 10 ms',
      ok: diffMiddle <= 10,
    },
  ];
}
