// The receiver's jobs in the document worker (the table is src-main/document-worker.ts):
// both parts of a submission are read there, off the main thread that serves the network.
import { DOCX_JOB_LANES, type DocxJobs } from '../docx/docx-jobs.ts';
import type { JobLanes } from '../worker/jobs.ts';
import type { SubmittedReport } from './report-part.ts';

export interface ReceiverJobs extends Pick<DocxJobs, 'check-docx'> {
  /** The report part checked against the schema, and what the receiver files the version by. */
  'read-report-part': { input: { bytes: Uint8Array }; output: SubmittedReport };
}

export const RECEIVER_JOB_LANES: JobLanes<ReceiverJobs> = {
  'check-docx': DOCX_JOB_LANES['check-docx'],
  'read-report-part': 'read',
};
