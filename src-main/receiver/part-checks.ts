// The receiver reads both parts of a submission in worker threads: the report against the
// app's schema, and the .docx exactly as the app's "Importera" does, with the same limits of
// size, entries, inflated bytes, nesting and time, so a document the app would refuse is
// refused here with the same Swedish message. Several workers share the load, and the main
// thread is left to the network and the disk, because 45 committees sending at the deadline
// should not queue behind one thread.
import { availableParallelism } from 'node:os';
import { AppError } from '../errors/app-error.ts';
import { createJobRunner } from '../worker/job-runner.ts';
import type { JobRunner } from '../worker/jobs.ts';
import { RECEIVER_JOB_LANES, type ReceiverJobs } from './receiver-jobs.ts';
import { MESSAGES } from './http-errors.ts';
import type { SubmittedReport } from './report-part.ts';

type DocumentRunner = JobRunner<ReceiverJobs>;

export interface PartChecks {
  /** The report part's file. Throws an AppError: 'rejected' with the schema's Swedish message, or 'unavailable' when the worker itself failed. */
  readReport(path: string): Promise<SubmittedReport>;
  /** The document part's file. Throws an AppError: 'rejected' with the import's message, or 'unavailable' when the worker itself failed. */
  checkDocument(path: string): Promise<void>;
  close(): Promise<void>;
}

const MAX_WORKERS = 4;

export function createPartChecks(workerPath: string, workers = Math.min(MAX_WORKERS, availableParallelism())): PartChecks {
  const runners = Array.from({ length: Math.max(1, workers) }, () => createJobRunner<ReceiverJobs>(workerPath, RECEIVER_JOB_LANES));
  // One line for all the workers: each takes the next part as soon as it is free, so no part
  // waits behind a long document while another worker has nothing to do.
  const idle = [...runners];
  const waiting: { resolve: (runner: DocumentRunner) => void; reject: (error: Error) => void }[] = [];

  async function onFreeWorker<T>(work: (runner: DocumentRunner) => Promise<T>): Promise<T> {
    let runner: DocumentRunner;
    try {
      runner = idle.pop() ?? (await new Promise<DocumentRunner>((resolve, reject) => waiting.push({ resolve, reject })));
    } catch (error) {
      throw new AppError('unavailable', MESSAGES.unavailable, { cause: error });
    }
    try {
      return await work(runner);
    } catch (error) {
      // 'unexpected' is the worker failing (or restarted after another document's time
      // limit), not this part: the sender may simply try again.
      if (error instanceof AppError && error.code !== 'unexpected') throw new AppError('rejected', error.message, { cause: error });
      throw new AppError('unavailable', MESSAGES.unavailable, { cause: error });
    } finally {
      const next = waiting.shift();
      if (next === undefined) idle.push(runner);
      else next.resolve(runner);
    }
  }

  return {
    readReport: (path) => onFreeWorker((runner) => runner.run('read-report-part', { path })),
    checkDocument: async (path) => {
      await onFreeWorker((runner) => runner.run('check-document', { path }));
    },
    async close() {
      for (const { reject } of waiting.splice(0)) reject(new Error('Mottagaren stängs.'));
      await Promise.all(runners.map((runner) => runner.close()));
    },
  };
}
