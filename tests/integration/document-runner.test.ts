// The document runner's time limit: a file that keeps the worker busy costs only its own
// answer; the jobs waiting behind it run again on a new worker and are answered.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createWorkerDocumentRunner } from '../../src-main/documents/document-runner.ts';

const SLOW_WORKER = resolve(import.meta.dirname, '../support/slow-worker.cjs');
const PERIOD = { period: 'T2', year: 2026 } as const;

describe('a job past its time limit', () => {
  test('is refused with a Swedish message, and the jobs waiting with it are still answered', async () => {
    const runner = createWorkerDocumentRunner(SLOW_WORKER, { readTimeoutMs: 300 });
    try {
      const bytes = new Uint8Array([1]);
      const slow = runner.readReceived('slow', bytes, PERIOD);
      const others = ['a.docx', 'b.docx', 'c.eml'].map((name) => runner.readReceived(name, bytes, PERIOD));
      await expect(slow).rejects.toThrow(/tog för lång tid att läsa/);
      const answers = await Promise.all(others);
      expect(answers.map((answer) => answer.parts[0]?.name)).toEqual(['a.docx', 'b.docx', 'c.eml']);
      // And the runner goes on working afterwards.
      expect((await runner.readReceived('d.json', bytes, PERIOD)).parts[0]?.name).toBe('d.json');
    } finally {
      await runner.close();
    }
  });
});
