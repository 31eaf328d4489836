// Hands Word work to one long-lived worker thread (started on first use) and waits for its
// answer. Reading a Word file has a time limit: past it the worker is ended, the caller told,
// and the next job starts a new worker. If the worker dies, waiting jobs fail with a message.
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors/app-error.ts';
import type { FoundForm } from '../docx/form-reader.ts';
import type { WrittenDocx } from '../docx/write-docx.ts';
import type { Report } from '../report/model.ts';
import type { DocumentJob, DocumentReply } from './document-worker.ts';

const READ_DOCX_TIMEOUT_MS = 15_000;

export interface DocumentRunner {
  writeDocx(report: Report, outputPath: string): Promise<WrittenDocx>;
  /** The document's bytes, for a file the caller writes itself (the outbox, an e-mail). */
  renderDocx(report: Report): Promise<Uint8Array>;
  readDocx(bytes: Uint8Array): Promise<FoundForm>;
  /** Reads the document within the import's limits and time limit, and only says whether it could. */
  checkDocx(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export function createWorkerDocumentRunner(workerPath: string, options: { readTimeoutMs?: number } = {}): DocumentRunner {
  const readTimeoutMs = options.readTimeoutMs ?? READ_DOCX_TIMEOUT_MS;
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (reply: DocumentReply & { ok: true }) => void; reject: (error: Error) => void }>();

  function failAll(message: string): void {
    for (const { reject } of waiting.values()) reject(new AppError('unexpected', message));
    waiting.clear();
    worker = undefined;
  }

  function ensureWorker(): Worker {
    if (worker) return worker;
    const started = new Worker(workerPath);
    started.on('message', (reply: DocumentReply) => {
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if (waiting.size === 0) started.unref();
      if (reply.ok) pending.resolve(reply);
      else pending.reject(new AppError(reply.code, reply.message));
    });
    started.on('error', (error) => failAll(`Word-hanteringen avbröts av ett fel: ${error.message}. Försök igen.`));
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      if (waiting.size > 0) failAll(`Word-hanteringen avbröts (kod ${code}). Försök igen.`);
    });
    worker = started;
    return started;
  }

  function submit(job: DistributiveOmit<DocumentJob, 'id'>, timeoutMs?: number): Promise<DocumentReply & { ok: true }> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const running = ensureWorker();
      let timer: ReturnType<typeof setTimeout> | undefined;
      waiting.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          waiting.delete(id);
          reject(
            new AppError(
              'invalid-request',
              `Dokumentet tog för lång tid att läsa (mer än ${timeoutMs / 1000} sekunder) och lämnades. Det kan vara skadat eller byggt för att belasta datorn.`,
            ),
          );
          if (worker === running) worker = undefined;
          failAll('Word-hanteringen startades om. Försök igen.');
          void running.terminate();
        }, timeoutMs);
      }
      // An idle worker must not keep the process alive; a busy one must.
      running.ref();
      running.postMessage({ ...job, id });
    });
  }

  return {
    async writeDocx(report, outputPath) {
      const reply = await submit({ kind: 'export', report, outputPath });
      if (reply.kind !== 'export') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
      return reply.result;
    },
    async renderDocx(report) {
      const reply = await submit({ kind: 'render', report });
      if (reply.kind !== 'render') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
      return reply.result;
    },
    async checkDocx(bytes) {
      const reply = await submit({ kind: 'check-docx', bytes }, readTimeoutMs);
      if (reply.kind !== 'check-docx') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
    },
    async readDocx(bytes) {
      const reply = await submit({ kind: 'read-docx', bytes }, readTimeoutMs);
      if (reply.kind !== 'read-docx') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
      return reply.result;
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
