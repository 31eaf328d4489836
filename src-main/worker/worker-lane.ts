// One worker thread (started on first use) and the jobs waiting for it. A lane with a time
// limit runs one job at a time, so the limit measures that job alone, never the time it
// waited behind another; past the limit the worker is ended (a hostile file may keep it busy
// for ever), that job's caller is told, and the next job starts on a new worker. A lane
// without a limit hands every job to its worker at once and never ends it. A lane may also cap
// its worker's memory: a job that needs more ends the worker, and costs only its own answer.
// If the worker dies, the jobs it held fail with a message.
import { Worker } from 'node:worker_threads';
import { AppError, errnoCode } from '../errors/app-error.ts';
import type { JobMessage, JobReply } from './jobs.ts';

type LaneJob = Omit<JobMessage, 'id'>;

interface Pending {
  job: LaneJob;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

export interface LaneLimits {
  /** One job at a time, each ended past this. */
  timeoutMs?: number;
  /** The worker's heap; a job that needs more ends it. */
  maxMemoryMb?: number;
}

function outOfMemoryMessage(maxMemoryMb: number): string {
  return `Dokumentet krävde mer minne än tillåtet (${maxMemoryMb} MB) och lästes inte. Det kan vara skadat.`;
}

function timeLimitMessage(timeoutMs: number): string {
  return `Dokumentet tog för lång tid att läsa (mer än ${timeoutMs / 1000} sekunder) och lästes inte. Det kan vara skadat.`;
}

/** Room for short-lived objects in each worker (see #ensureWorker). */
const YOUNG_GENERATION_MB = 32;

export class WorkerLane {
  #worker: Worker | undefined;
  #nextId = 1;
  /** Jobs handed to the worker, by id. */
  readonly #running = new Map<number, Pending>();
  /** Jobs waiting their turn on a lane with a time limit. */
  readonly #queue: Pending[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  private readonly timeoutMs: number | undefined;

  constructor(
    private readonly workerPath: string,
    private readonly limits: LaneLimits = {},
  ) {
    this.timeoutMs = limits.timeoutMs;
  }

  run(job: LaneJob): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const pending: Pending = { job, resolve, reject };
      if (this.timeoutMs === undefined) this.#post(pending);
      else {
        this.#queue.push(pending);
        this.#startNext();
      }
    });
  }

  /** Ends the worker; jobs still held or waiting are told so. */
  async close(): Promise<void> {
    clearTimeout(this.#timer);
    const worker = this.#worker;
    this.#worker = undefined;
    const left = [...this.#running.values(), ...this.#queue.splice(0)];
    this.#running.clear();
    for (const { reject } of left) reject(new AppError('unexpected', 'Word-hanteringen stängdes.'));
    await worker?.terminate();
  }

  /** On a lane with a time limit: the next job, once none is running. */
  #startNext(): void {
    if (this.#running.size > 0) return;
    const next = this.#queue.shift();
    if (next !== undefined) this.#post(next);
  }

  #post(pending: Pending): void {
    const id = this.#nextId++;
    let worker: Worker;
    try {
      worker = this.#ensureWorker();
    } catch (error) {
      pending.reject(new AppError('unexpected', `Word-hanteringen kunde inte startas: ${error instanceof Error ? error.message : String(error)}`));
      this.#startNext();
      return;
    }
    this.#running.set(id, pending);
    if (this.timeoutMs !== undefined) {
      const timeoutMs = this.timeoutMs;
      this.#timer = setTimeout(() => this.#timedOut(id, worker, timeoutMs), timeoutMs);
    }
    // An idle worker must not keep the process alive; a busy one must.
    worker.ref();
    const message: JobMessage = { ...pending.job, id };
    worker.postMessage(message);
  }

  #timedOut(id: number, worker: Worker, timeoutMs: number): void {
    const late = this.#running.get(id);
    if (late === undefined || this.#worker !== worker) return;
    this.#running.delete(id);
    this.#worker = undefined;
    void worker.terminate();
    late.reject(new AppError('invalid-request', timeLimitMessage(timeoutMs)));
    this.#startNext();
  }

  #answered(worker: Worker, reply: JobReply): void {
    const pending = this.#running.get(reply.id);
    if (pending === undefined || this.#worker !== worker) return;
    this.#running.delete(reply.id);
    clearTimeout(this.#timer);
    if (this.#running.size === 0 && this.#queue.length === 0) worker.unref();
    if (reply.ok) pending.resolve(reply.output);
    else pending.reject(new AppError(reply.code, reply.message));
    this.#startNext();
  }

  /** The worker died: what it held fails; what waits starts on a new one. */
  #failed(worker: Worker, error: AppError): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    clearTimeout(this.#timer);
    const held = [...this.#running.values()];
    this.#running.clear();
    for (const { reject } of held) reject(error);
    this.#startNext();
  }

  /** What the jobs a worker held are told when it fails: out of memory is the document's doing. */
  #failure(error: Error): AppError {
    if (errnoCode(error) === 'ERR_WORKER_OUT_OF_MEMORY' && this.limits.maxMemoryMb !== undefined) {
      return new AppError('invalid-request', outOfMemoryMessage(this.limits.maxMemoryMb), { cause: error });
    }
    return new AppError('unexpected', `Word-hanteringen avbröts av ett fel: ${error.message}. Försök igen.`, { cause: error });
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const maxMemoryMb = this.limits.maxMemoryMb;
    // Node 24 gives a worker a small young generation by default, and reading a Word document
    // makes many short-lived strings: a check took twice as long in a worker as on the main
    // thread (9.5 ms against 4.2 for the bench's report) until the worker was given room.
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, ...(maxMemoryMb === undefined ? {} : { maxOldGenerationSizeMb: maxMemoryMb }) };
    const started = new Worker(this.workerPath, { resourceLimits });
    started.on('message', (reply: JobReply) => this.#answered(started, reply));
    started.on('error', (error: Error) => this.#failed(started, this.#failure(error)));
    started.on('exit', (code) => this.#failed(started, new AppError('unexpected', `Word-hanteringen avbröts (kod ${code}). Försök igen.`)));
    this.#worker = started;
    return started;
  }
}
