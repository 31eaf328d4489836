// The receiver reads every .docx it is sent exactly as the app's "Importera" does: in a worker,
// with the same limits of size, entries, inflated bytes, nesting and time, so a document the
// app would refuse is refused here with the same Swedish message. Several workers share the
// load, because 45 committees sending at the deadline should not queue behind one thread.
import { availableParallelism } from 'node:os';
import { createWorkerDocumentRunner } from '../documents/document-runner.ts';
import { AppError } from '../errors/app-error.ts';
import { Refusal, MESSAGES } from './http-errors.ts';

export interface DocumentCheck {
  /** Throws a Refusal: 422 with the import's message, or 503 when the worker itself failed. */
  check(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

const MAX_WORKERS = 4;

export function createDocumentCheck(workerPath: string, workers = Math.min(MAX_WORKERS, availableParallelism())): DocumentCheck {
  const pool = Array.from({ length: Math.max(1, workers) }, () => ({ runner: createWorkerDocumentRunner(workerPath), busy: 0 }));

  return {
    async check(bytes) {
      const least = pool.reduce((best, candidate) => (candidate.busy < best.busy ? candidate : best));
      least.busy += 1;
      try {
        await least.runner.checkDocx(bytes);
      } catch (error) {
        // 'unexpected' is the worker failing (or restarted after another document's time
        // limit), not this document: the sender may simply try again.
        if (error instanceof AppError && error.code !== 'unexpected') throw new Refusal(422, error.message, { cause: error });
        throw new Refusal(503, MESSAGES.unavailable, { cause: error });
      } finally {
        least.busy -= 1;
      }
    },
    async close() {
      await Promise.all(pool.map(({ runner }) => runner.close()));
    },
  };
}
