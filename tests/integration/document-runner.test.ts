// The document runner's time limit: a file that keeps the worker busy costs only its own
// answer. The limit counts a job's own time, never the time it waited behind another, and
// the jobs waiting behind it run on a new worker.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createWorkerDocumentRunner } from '../../src-main/documents/document-runner.ts';

const SLOW_WORKER = resolve(import.meta.dirname, '../support/slow-worker.cjs');
const PERIOD = { period: 'T2', year: 2026 } as const;
const BYTES = new Uint8Array([1]);

describe('a job past its time limit', () => {
  test('is refused with a Swedish message; the jobs before and after it are answered', async () => {
    const runner = createWorkerDocumentRunner(SLOW_WORKER, { readTimeoutMs: 300 });
    try {
      // "later" takes 200 ms of a 300 ms limit; the one holding the thread comes after it.
      const later = runner.readReceived('later', BYTES, PERIOD);
      const slow = runner.readReceived('slow', BYTES, PERIOD);
      const others = ['a.docx', 'b.docx', 'c.eml'].map((name) => runner.readReceived(name, BYTES, PERIOD));
      expect((await later).parts[0]?.name).toBe('later');
      await expect(slow).rejects.toThrow(/tog för lång tid att läsa/);
      const answers = await Promise.all(others);
      expect(answers.map((answer) => answer.parts[0]?.name)).toEqual(['a.docx', 'b.docx', 'c.eml']);
      expect((await runner.readReceived('d.json', BYTES, PERIOD)).parts[0]?.name).toBe('d.json');
    } finally {
      await runner.close();
    }
  });

  test('jobs waiting in line are not timed while they wait', async () => {
    const runner = createWorkerDocumentRunner(SLOW_WORKER, { readTimeoutMs: 300 });
    try {
      // Three jobs of 200 ms each: 600 ms in all, each within its own 300 ms.
      const answers = await Promise.all([1, 2, 3].map(() => runner.readReceived('later', BYTES, PERIOD)));
      expect(answers).toHaveLength(3);
    } finally {
      await runner.close();
    }
  });
});
