// The Word format's jobs in the document worker (the table is src-main/document-worker.ts):
// writing a report's document, which may be large and is never cut short, and reading a
// document from outside, one at a time under the time limit.
import type { Report } from '../report/model.ts';
import type { JobLanes } from '../worker/jobs.ts';
import type { FoundForm } from './form-reader.ts';
import type { WrittenDocx } from './write-docx.ts';

export interface DocxJobs {
  /** "Exportera till Word": the report's document written at a path. */
  'write-report': { input: { report: Report; outputPath: string }; output: WrittenDocx };
  /** The report's document as bytes, for a file the caller writes itself (the outbox, an e-mail). */
  'render-report': { input: { report: Report }; output: Uint8Array };
  /** A filled-in Word form, read within the import's limits. */
  'read-form': { input: { bytes: Uint8Array }; output: FoundForm };
}

export const DOCX_JOB_LANES: JobLanes<DocxJobs> = {
  'write-report': 'write',
  'render-report': 'write',
  'read-form': 'read',
};
