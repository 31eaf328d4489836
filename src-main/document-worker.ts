// The document worker's job table: every kind of job the app and the receiver hand to worker
// threads, and the function that does it. Each feature declares its kinds and their lanes
// beside its own worker-side code (docx/, compile/, receiver/); worker/ is the mechanism.
// Runs in a worker thread, so the main process's event loop stays free and a hostile file that
// takes too long can be stopped by ending the worker.
import type { CompileJobs } from './compile/compile-jobs.ts';
import { readReceivedFile } from './compile/read-received-file.ts';
import { writeCompilation } from './compile/write-compilation.ts';
import type { DocxJobs } from './docx/docx-jobs.ts';
import { readDocxForm } from './docx/read-docx.ts';
import { renderDocx, writeReportDocx } from './docx/write-docx.ts';
import { checkDocumentFile, readReportPartFile } from './receiver/report-part.ts';
import type { ReceiverJobs } from './receiver/receiver-jobs.ts';
import type { JobHandlers } from './worker/jobs.ts';
import { serveJobs } from './worker/serve-jobs.ts';
import { readTable } from './xlsx/read-table.ts';
import { writeTable } from './xlsx/write-table.ts';
import type { XlsxJobs } from './xlsx/xlsx-jobs.ts';

type DocumentJobs = DocxJobs & CompileJobs & XlsxJobs & ReceiverJobs;

const DOCUMENT_JOBS: JobHandlers<DocumentJobs> = {
  'write-report': ({ report, outputPath }) => writeReportDocx(report, outputPath),
  'render-report': ({ report }) => renderDocx(report),
  'read-form': ({ bytes }) => readDocxForm(bytes),
  'read-received': ({ name, bytes, chosen }) => readReceivedFile(name, bytes, chosen),
  'write-compilation': ({ compilation, outputPath }) => writeCompilation(compilation, outputPath),
  'read-table': ({ name, bytes }) => readTable(name, bytes),
  'write-table': ({ table, outputPath }) => writeTable(table, outputPath),
  'read-report-part': ({ path }) => readReportPartFile(path),
  'check-document': ({ path }) => checkDocumentFile(path),
};

serveJobs(DOCUMENT_JOBS);
