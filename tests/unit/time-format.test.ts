// One instant reads the same everywhere: in Stockholm time, whatever zone this process's clock
// is in (it is set to UTC here, as on a server or a laptop set up abroad).
import { expect, test } from 'vitest';

process.env.TZ = 'UTC';
const { formatDate, formatDateTime, formatLongDate, formatLongDateTime, formatTimeOfDay, stockholmWallClock } =
  await import('../../src-main/report/time-format.ts');

test.each([
  // Summer time (UTC+2) and winter time (UTC+1).
  ['2026-09-14T01:07:05.000Z', '2026-09-14 03:07', '2026-09-14', '03:07:05', '14 september 2026 kl. 03:07'],
  ['2026-12-06T01:07:05.000Z', '2026-12-06 02:07', '2026-12-06', '02:07:05', '6 december 2026 kl. 02:07'],
  // Just before midnight in UTC is the next day in Stockholm.
  ['2026-06-30T23:30:00.000Z', '2026-07-01 01:30', '2026-07-01', '01:30:00', '1 juli 2026 kl. 01:30'],
])('%s reads %s', (iso, dateTime, date, timeOfDay, long) => {
  expect(new Date(iso).getHours()).toBe(new Date(iso).getUTCHours());
  expect(formatDateTime(iso)).toBe(dateTime);
  expect(formatDate(iso)).toBe(date);
  expect(formatTimeOfDay(iso)).toBe(timeOfDay);
  expect(formatLongDateTime(iso)).toBe(long);
  expect(formatLongDate(iso)).toBe(long.replace(/ kl\. .*$/, ''));
  // A time with no zone (an Excel cell) reads the same as the screen, to the second.
  expect(stockholmWallClock(iso)?.toISOString()).toBe(`${date}T${timeOfDay}.000Z`);
});

test('a time a file did not give (none, or the epoch) is said to be unknown', () => {
  for (const missing of ['', 'inte en tid', '1970-01-01T00:00:00.000Z']) {
    expect(formatDateTime(missing)).toBe('okänd tid');
    expect(stockholmWallClock(missing)).toBeUndefined();
  }
});
