// What Utkorg says of a version waiting for its next try: the wait as it is, in seconds while
// it is tried every second, so that "Nästa försök 14:02" never stands for "in a second".
import { expect, test } from 'vitest';
import type { OutboxItem } from '../../src-main/outbox/outbox-entry.ts';
import { nextAttempt, outboxState } from '../../src-renderer/sending/sending-strings.ts';

const NOW = new Date('2026-12-06T10:00:00.000Z');
const after = (ms: number): string => new Date(NOW.getTime() + ms).toISOString();

test.each([
  [after(400), 'Nästa försök om en sekund.'],
  [after(1_000), 'Nästa försök om en sekund.'],
  [after(-2_000), 'Nästa försök om en sekund.'],
  [after(8_200), 'Nästa försök om 9 sekunder.'],
  [after(60_000), 'Nästa försök om en minut.'],
  [after(15 * 60_000), 'Nästa försök om 15 minuter.'],
])('%s → %s', (at, text) => {
  expect(nextAttempt(at, NOW)).toBe(text);
});

test('past the hour, the time it is tried', () => {
  expect(nextAttempt(after(2 * 60 * 60_000), NOW)).toMatch(/^Nästa försök 2026-12-06 \d\d:00\.$/);
});

test('a failing version says why, and when it is tried next', () => {
  const item: OutboxItem = {
    id: 'e',
    reportId: 'r',
    committee: 'Kulturnämnden',
    period: 'T2',
    year: 2026,
    version: 2,
    submittedAt: NOW.toISOString(),
    state: 'failing',
    attempts: 3,
    problem: 'Datorn är inte ansluten till något nätverk (ingen förbindelse). Rapporten skickas när nätverket finns.',
    nextAttemptAt: after(1_000),
  };
  expect(outboxState(item, NOW)).toBe(
    'Version 2 väntar: Datorn är inte ansluten till något nätverk (ingen förbindelse). Rapporten skickas när nätverket finns. Nästa försök om en sekund.',
  );
});
