// Hands Word work to one long-lived worker thread (started on first use) and waits for its
// answer. Reading a Word file has a time limit: past it the worker is ended, that caller told,
// and the other waiting jobs run again on a new worker. If the worker dies, waiting jobs fail
// with a message.
import { Worker } from 'node:worker_threads';
import type { Compilation } from '../compile/compilation.ts';
import type { ReceivedFile } from '../received/read-received-file.ts';
import { AppError } from '../errors/app-error.ts';
import type { FoundForm } from '../docx/form-reader.ts';
import type { WrittenDocx } from '../docx/write-docx.ts';
import type { PeriodOfYear } from '../report/calendar.ts';
import type { Report } from '../report/model.ts';
import type { DocumentJob, DocumentReply } from './document-worker.ts';

const READ_DOCX_TIMEOUT_MS = 15_000;

export interface DocumentRunner {
  writeDocx(report: Report, outputPath: string): Promise<WrittenDocx>;
  /** The document's bytes, for a file the caller writes itself (the outbox, an e-mail). */
  renderDocx(report: Report): Promise<Uint8Array>;
  readDocx(bytes: Uint8Array): Promise<FoundForm>;
  /** The coordinator's compiled document for a period, written to `outputPath`. */
  writeCompilation(compilation: Compilation, outputPath: string): Promise<WrittenDocx>;
  /**
   * A file the coordinator received (report file, Word document, saved e-mail) read into its
   * reports, within the import's limits and time limit; a form that does not say its period is
   * read as `chosen`.
   */
  readReceived(name: string, bytes: Uint8Array, chosen: PeriodOfYear): Promise<ReceivedFile>;
  /** Reads the document within the import's limits and time limit, and only says whether it could. */
  checkDocx(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export function createWorkerDocumentRunner(workerPath: string, options: { readTimeoutMs?: number } = {}): DocumentRunner {
  const readTimeoutMs = options.readTimeoutMs ?? READ_DOCX_TIMEOUT_MS;
  let worker: Worker | undefined;
  let nextId = 1;
  /** A job waiting for its answer; `post` (re)sends it to the current worker and (re)starts its time limit. */
  interface Pending {
    post: () => void;
    resolve: (reply: DocumentReply & { ok: true }) => void;
    reject: (error: Error) => void;
  }
  const waiting = new Map<number, Pending>();

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
    // A worker ended on purpose (see timedOut) has handed its jobs to the next one.
    started.on('error', (error) => {
      if (worker === started) failAll(`Word-hanteringen avbröts av ett fel: ${error.message}. Försök igen.`);
    });
    started.on('exit', (code) => {
      if (worker !== started) return;
      worker = undefined;
      if (waiting.size > 0) failAll(`Word-hanteringen avbröts (kod ${code}). Försök igen.`);
    });
    worker = started;
    return started;
  }

  /**
   * One job took too long: it alone is told so. The worker is ended (a hostile file may keep
   * it busy for ever), and the other jobs it held start again on a new one, so a damaged file
   * among 45 good ones costs only its own answer.
   */
  function timedOut(id: number, running: Worker, timeoutMs: number): void {
    const late = waiting.get(id);
    waiting.delete(id);
    late?.reject(
      new AppError(
        'invalid-request',
        `Dokumentet tog för lång tid att läsa (mer än ${timeoutMs / 1000} sekunder) och lämnades. Det kan vara skadat eller byggt för att belasta datorn.`,
      ),
    );
    if (worker !== running) return;
    worker = undefined;
    void running.terminate();
    for (const other of waiting.values()) other.post();
  }

  function submit(job: DistributiveOmit<DocumentJob, 'id'>, timeoutMs?: number): Promise<DocumentReply & { ok: true }> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const pending: Pending = {
        post: () => {
          clearTimeout(timer);
          const running = ensureWorker();
          if (timeoutMs !== undefined) timer = setTimeout(() => timedOut(id, running, timeoutMs), timeoutMs);
          // An idle worker must not keep the process alive; a busy one must.
          running.ref();
          running.postMessage({ ...job, id });
        },
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      waiting.set(id, pending);
      pending.post();
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
    async writeCompilation(compilation, outputPath) {
      const reply = await submit({ kind: 'compile', compilation, outputPath });
      if (reply.kind !== 'compile') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
      return reply.result;
    },
    async readReceived(name, bytes, chosen) {
      const reply = await submit({ kind: 'read-received', name, bytes, chosen }, readTimeoutMs);
      if (reply.kind !== 'read-received') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
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
