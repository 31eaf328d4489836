// Hands exports to one long-lived worker thread (started on first use) and waits for its
// answer. If the worker dies, the waiting exports fail with a message and the next export
// starts a new worker.
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import type { Report } from '../report/model.ts';
import type { ExportResult } from './export-docx.ts';
import type { ExportJob, ExportReply } from './export-worker.ts';

export interface ExportRunner {
  exportDocx(report: Report, outputPath: string): Promise<ExportResult>;
  close(): Promise<void>;
}

export function createWorkerExportRunner(workerPath: string): ExportRunner {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (result: ExportResult) => void; reject: (error: Error) => void }>();

  function failAll(message: string): void {
    for (const { reject } of waiting.values()) reject(new AppError('unexpected', message));
    waiting.clear();
    worker = undefined;
  }

  function ensureWorker(): Worker {
    if (worker) return worker;
    const started = new Worker(workerPath);
    started.on('message', (reply: ExportReply) => {
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if (waiting.size === 0) started.unref();
      if (reply.ok) pending.resolve({ path: reply.path, bytes: reply.bytes });
      else pending.reject(new AppError(reply.code as AppError['code'], reply.message));
    });
    started.on('error', (error) => failAll(`Word-exporten avbröts av ett fel: ${error.message}. Försök igen.`));
    started.on('exit', (code) => {
      if (waiting.size > 0) failAll(`Word-exporten avbröts (kod ${code}). Försök igen.`);
      worker = undefined;
    });
    worker = started;
    return started;
  }

  return {
    exportDocx(report, outputPath) {
      const id = nextId++;
      return new Promise<ExportResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        const running = ensureWorker();
        // An idle worker must not keep the process alive; a busy one must.
        running.ref();
        running.postMessage({ id, report, outputPath } satisfies ExportJob);
      });
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
