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

  test('"showAll" shows everything at once, and it stays so when the steps would have gone on', async () => {
    const limit = new ProgressiveLimit();
    limit.start(() => 1_000);
    limit.showAll();
    expect(limit.limit).toBe(Number.POSITIVE_INFINITY);
    await new Promise((done) => setTimeout(done, 100));
    expect(limit.limit).toBe(Number.POSITIVE_INFINITY);
  });

  test('the steps grow the limit a chunk at a time, not all at once', async () => {
    const limit = new ProgressiveLimit();
    const first = limit.limit;
    limit.start(() => 200);
    // After the first paint and one task: one step taken, the rest still to come.
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    expect(limit.limit).toBeGreaterThan(first);
    expect(limit.limit).toBeLessThan(200);
    await expect.poll(() => limit.limit).toBe(Number.POSITIVE_INFINITY);
  });
});
