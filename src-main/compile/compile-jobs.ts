// The compilation's jobs in the document worker (the table is src-main/document-worker.ts):
// each received file read under the import's limits and time limit, and the compiled
// document, which may be large, written without one.
import type { WrittenDocx } from '../docx/write-docx.ts';
import type { PeriodOfYear } from '../report/calendar.ts';
import type { JobLanes } from '../worker/jobs.ts';
import type { Compilation } from './compilation.ts';
import type { ReceivedFile } from './read-received-file.ts';

export interface CompileJobs {
  /**
   * A file the coordinator received (report file, Word document, saved e-mail) read into its
   * reports; a form that does not say its period is read as `chosen`.
   */
  'read-received': { input: { name: string; bytes: Uint8Array; chosen: PeriodOfYear }; output: ReceivedFile };
  /** The compiled document for a period, written at a path. */
  'write-compilation': { input: { compilation: Compilation; outputPath: string }; output: WrittenDocx };
}

export const COMPILE_JOB_LANES: JobLanes<CompileJobs> = {
  'read-received': 'read',
  'write-compilation': 'write',
};
