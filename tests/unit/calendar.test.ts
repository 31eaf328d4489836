// The reporting calendar, at every boundary: last year's VB is written in January and
// February, T1 is offered from March to the end of May, T2 from June to the end of September,
// this year's VB from October on; the report built on is the one before.
import { describe, expect, test } from 'vitest';
import { nextPeriod, periodBeingWritten, periodLabel, previousPeriod } from '../../src-main/report/calendar.ts';

// Local dates: the calendar follows the user's own clock.
const at = (year: number, month: number, day: number, hour = 12): Date => new Date(year, month - 1, day, hour);

// Each date: the period being written then, and the report it builds on.
describe('the period being written, and the report it builds on', () => {
  test.each([
    [at(2026, 1, 1, 0), 'VB 2025', 'T2 2025'],
    [at(2026, 2, 28, 23), 'VB 2025', 'T2 2025'],
    [at(2027, 1, 20), 'VB 2026', 'T2 2026'],
    [at(2027, 2, 28, 23), 'VB 2026', 'T2 2026'],
    [at(2026, 3, 1, 0), 'T1 2026', 'VB 2025'],
    [at(2026, 5, 31, 23), 'T1 2026', 'VB 2025'],
    [at(2026, 6, 1, 0), 'T2 2026', 'T1 2026'],
    [at(2026, 9, 30, 23), 'T2 2026', 'T1 2026'],
    [at(2026, 10, 1, 0), 'VB 2026', 'T2 2026'],
    [at(2026, 12, 31, 23), 'VB 2026', 'T2 2026'],
  ] as const)('on %s: %s, built on %s', (date, beingWritten, builtOn) => {
    const period = periodBeingWritten(date);
    expect(periodLabel(period)).toBe(beingWritten);
    expect(periodLabel(previousPeriod(period))).toBe(builtOn);
  });

  test('next and previous are each other’s inverse, across the turn of the year', () => {
    for (const period of ['T1', 'T2', 'VB'] as const) {
      const here = { period, year: 2026 };
      expect(previousPeriod(nextPeriod(here))).toEqual(here);
      expect(nextPeriod(previousPeriod(here))).toEqual(here);
    }
    expect(previousPeriod({ period: 'T1', year: 2026 })).toEqual({ period: 'VB', year: 2025 });
  });
});
