// When the outbox tries again, by the outcome of the last try and how many failed in a row.
// The policy is pure, with the jitter's random number given, so every figure is exact.
import { describe, expect, test } from 'vitest';
import { retryDelayMs } from '../../src-main/outbox/retry-policy.ts';
import type { SendOutcome } from '../../src-main/outbox/send-submission.ts';

type Retry = Extract<SendOutcome, { kind: 'retry' }>;

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const noConnection: Retry = { kind: 'retry', connection: true, problem: 'ingen förbindelse' };
const serverFailed: Retry = { kind: 'retry', connection: false, problem: 'fel hos mottagaren' };
const middle = (): number => 0.5;

describe('without a connection', () => {
  test('every second for the first half minute, so a receiver that comes back is reached at once', () => {
    for (const failures of [1, 2, 15, 30]) expect(retryDelayMs(noConnection, failures, middle)).toBe(SECOND);
  });

  test('then twice as long each time, up to once a minute, without jitter', () => {
    expect([31, 32, 33, 34, 35, 36, 37, 100].map((failures) => retryDelayMs(noConnection, failures, () => 0.99))).toEqual(
      [2, 4, 8, 16, 32, 60, 60, 60].map((seconds) => seconds * SECOND),
    );
  });
});

describe('a busy or failing receiver', () => {
  test('two seconds, doubling each time, up to a quarter of an hour', () => {
    expect([1, 2, 3, 4, 9, 10, 11, 50].map((failures) => retryDelayMs(serverFailed, failures, middle))).toEqual(
      [2, 4, 8, 16, 512, 900, 900, 900].map((seconds) => seconds * SECOND),
    );
  });

  test('with jitter of ±20 %, so 45 laptops do not come back in the same second', () => {
    expect(retryDelayMs(serverFailed, 1, () => 0)).toBe(1.6 * SECOND);
    expect(retryDelayMs(serverFailed, 1, () => 0.999_999)).toBe(2.4 * SECOND);
    expect(retryDelayMs(serverFailed, 3, () => 0.25)).toBe(0.9 * 8 * SECOND);
  });

  test("the receiver's Retry-After is honoured, at least a second and at most an hour", () => {
    expect(retryDelayMs({ ...serverFailed, retryAfterMs: 7 * SECOND }, 5, middle)).toBe(7 * SECOND);
    expect(retryDelayMs({ ...serverFailed, retryAfterMs: 0 }, 1, middle)).toBe(SECOND);
    expect(retryDelayMs({ ...serverFailed, retryAfterMs: 5 * 60 * MINUTE }, 1, middle)).toBe(60 * MINUTE);
  });
});

test('a problem only the user can fix (the sender key) is tried every quarter of an hour, whatever the receiver asks', () => {
  expect(retryDelayMs({ ...serverFailed, needsUser: true, retryAfterMs: SECOND }, 1, middle)).toBe(15 * MINUTE);
  expect(retryDelayMs({ ...serverFailed, needsUser: true }, 40, middle)).toBe(15 * MINUTE);
});
