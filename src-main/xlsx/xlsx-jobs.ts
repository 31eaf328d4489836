// The Excel format's jobs in the document worker (the table is src-main/document-worker.ts):
// a table read from the coordinator's file, under the time limit of files from outside, and a
// table written as a workbook.
import type { JobLanes } from '../worker/jobs.ts';
import type { Table, WrittenFile } from './write-table.ts';

export interface XlsxJobs {
  'read-table': { input: { name: string; bytes: Uint8Array }; output: string[][] };
  'write-table': { input: { table: Table; outputPath: string }; output: WrittenFile };
}

export const XLSX_JOB_LANES: JobLanes<XlsxJobs> = {
  'read-table': 'read',
  'write-table': 'write',
};
