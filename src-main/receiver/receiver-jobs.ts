// The receiver's jobs in the document worker (the table is src-main/document-worker.ts):
// both parts of a submission are read there from the files they were received into, off the
// main thread that serves the network.
import type { JobLanes } from '../worker/jobs.ts';
import type { SubmittedReport } from './report-part.ts';

export interface ReceiverJobs {
  /** The report part checked against the schema, and what the receiver files the version by. */
  'read-report-part': { input: { path: string }; output: SubmittedReport };
  /** Whether the document part reads within the import's limits; only the verdict comes back. */
  'check-document': { input: { path: string }; output: null };
}

export const RECEIVER_JOB_LANES: JobLanes<ReceiverJobs> = {
  'read-report-part': 'read',
  'check-document': 'read',
};
