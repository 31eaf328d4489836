// Plain-Swedish figures: the LIX and hints of every answer of the 100-question report (3,000
// characters each), as the editor works them out when typing pauses.
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
  return [
    {
      measure: 'plain-Swedish hints and LIX, 100 questions × 3,000 chars',
      median: ms(middle),
      tail: `p95 ${ms(percentile(times, 0.95))}`,
      target: 'median ≤ 50 ms',
      ok: middle <= 50,
    },
  ];
}
