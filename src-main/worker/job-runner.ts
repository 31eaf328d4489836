// Hands jobs to worker threads (started on first use) and waits for their answers, so the
// main process's event loop stays free. Each kind goes to the lane its feature declared (see
// jobs.ts): reading files from outside runs one file at a time under the time limit, on its
// own worker, so a worker ended there never holds a document being written.
import type { JobLanes, JobMap, JobRunner } from './jobs.ts';
import { WorkerLane } from './worker-lane.ts';

const READ_TIMEOUT_MS = 15_000;
/** Ample for the largest file the import takes (50 MB, 64 MB unpacked); a hostile one stops here. */
const READ_MEMORY_MB = 768;

export interface JobRunnerOptions {
  /** How long one read may take (15 s). */
  readTimeoutMs?: number;
  /** How much memory a read may take (768 MB of heap). */
  readMemoryMb?: number;
}

export function createJobRunner<Jobs extends JobMap<Jobs>>(workerPath: string, lanes: JobLanes<Jobs>, options: JobRunnerOptions = {}): JobRunner<Jobs> {
  const byLane = {
    read: new WorkerLane(workerPath, { timeoutMs: options.readTimeoutMs ?? READ_TIMEOUT_MS, maxMemoryMb: options.readMemoryMb ?? READ_MEMORY_MB }),
    write: new WorkerLane(workerPath),
  };
  return {
    async run<Kind extends keyof Jobs & string>(kind: Kind, input: Jobs[Kind]['input']): Promise<Jobs[Kind]['output']> {
      // What the lane gives back is what the kind's function returned in the worker: the
      // worker's table (document-worker.ts) is typed against the same map.
      return byLane[lanes[kind]].run({ kind, input });
    },
    async close() {
      await Promise.all([byLane.read.close(), byLane.write.close()]);
    },
  };
}
