import { describe, expect, test } from 'vitest';
import { ProgressiveLimit } from './progressive-limit.svelte.ts';

describe('ProgressiveLimit', () => {
  test('a few questions at once, then the rest in steps until all are shown', async () => {
    const limit = new ProgressiveLimit();
    const first = limit.limit;
    expect(first).toBeLessThan(100);
    limit.start(() => 100);
    await expect.poll(() => limit.limit, { timeout: 2_000 }).toBe(Number.POSITIVE_INFINITY);
    limit.stop();
  });

  test('"showAll" shows everything at once and stops the steps', () => {
    const limit = new ProgressiveLimit();
    limit.start(() => 1_000);
    limit.showAll();
    expect(limit.limit).toBe(Number.POSITIVE_INFINITY);
  });
});
