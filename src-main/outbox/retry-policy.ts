// When to try again. Without a connection the app tries every second for the first half
// minute (a refused connection costs nothing, so a receiver that comes back is reached at
// once), then less often; when the network returns it tries at once anyway. A busy or failing
// server gets exponential backoff with jitter, so 45 laptops do not all come back in the same
// second, and its Retry-After is honoured. A problem only the user can fix (the sender key) is
// tried rarely until the settings change.
import type { SendOutcome } from './send-submission.ts';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

const MAX_RETRY_AFTER_MS = 60 * MINUTE;

/** The longest wait any outcome gives: a stored next try further off than this was set by a clock that was wrong. */
export const LONGEST_RETRY_DELAY_MS = MAX_RETRY_AFTER_MS;

export function retryDelayMs(outcome: Extract<SendOutcome, { kind: 'retry' }>, failuresInARow: number, random: () => number = Math.random): number {
  if (outcome.needsUser) return 15 * MINUTE;
  if (outcome.retryAfterMs !== undefined) return Math.min(Math.max(outcome.retryAfterMs, SECOND), MAX_RETRY_AFTER_MS);
  if (outcome.connection) return failuresInARow <= 30 ? SECOND : Math.min(MINUTE, SECOND * 2 ** Math.min(6, failuresInARow - 30));
  const base = Math.min(15 * MINUTE, 2 * SECOND * 2 ** Math.min(10, failuresInARow - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
