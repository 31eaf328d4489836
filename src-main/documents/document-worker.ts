// Runs in a worker thread: builds and writes .docx files, and reads filled-in Word forms, so
// the main process's event loop stays free (the window stays responsive) and a hostile file
// that takes too long can be stopped by ending the worker.
import { parentPort } from 'node:worker_threads';
import type { Compilation } from '../compile/compilation.ts';
import { readReceivedFile, type ReceivedFile } from '../received/read-received-file.ts';
import { AppError, unexpectedErrorMessage, type AppErrorCode } from '../errors/app-error.ts';
import type { FoundForm } from '../docx/form-reader.ts';
import { readDocxForm, readDocxParagraphs } from '../docx/read-docx.ts';
import { writeCompilation } from '../docx/write-compilation.ts';
import { renderDocx, writeReportDocx, type WrittenDocx } from '../docx/write-docx.ts';
import type { PeriodOfYear } from '../report/calendar.ts';
import type { Report } from '../report/model.ts';
import { readReportPart, type SubmittedReport } from '../received/report-part.ts';

export type DocumentJob =
  | { id: number; kind: 'export'; report: Report; outputPath: string }
  | { id: number; kind: 'render'; report: Report }
  | { id: number; kind: 'read-docx'; bytes: Uint8Array }
  | { id: number; kind: 'check-docx'; bytes: Uint8Array }
  | { id: number; kind: 'read-report-part'; bytes: Uint8Array }
  | { id: number; kind: 'compile'; compilation: Compilation; outputPath: string }
  | { id: number; kind: 'read-received'; name: string; bytes: Uint8Array; chosen: PeriodOfYear };

export type DocumentReply =
  | { id: number; ok: true; kind: 'export'; result: WrittenDocx }
  | { id: number; ok: true; kind: 'render'; result: Uint8Array }
  | { id: number; ok: true; kind: 'read-docx'; result: FoundForm }
  | { id: number; ok: true; kind: 'check-docx' }
  | { id: number; ok: true; kind: 'read-report-part'; result: SubmittedReport }
  | { id: number; ok: true; kind: 'compile'; result: WrittenDocx }
  | { id: number; ok: true; kind: 'read-received'; result: ReceivedFile }
  | { id: number; ok: false; code: AppErrorCode; message: string };

async function run(job: DocumentJob): Promise<DocumentReply> {
  if (job.kind === 'export') return { id: job.id, ok: true, kind: 'export', result: await writeReportDocx(job.report, job.outputPath) };
  if (job.kind === 'compile') return { id: job.id, ok: true, kind: 'compile', result: await writeCompilation(job.compilation, job.outputPath) };
  if (job.kind === 'read-received') {
    return { id: job.id, ok: true, kind: 'read-received', result: await readReceivedFile(job.name, job.bytes, job.chosen) };
  }
  if (job.kind === 'render') return { id: job.id, ok: true, kind: 'render', result: await renderDocx(job.report) };
  if (job.kind === 'check-docx') {
    // Read within the import's limits; only the verdict goes back, not the text.
    readDocxParagraphs(job.bytes);
    return { id: job.id, ok: true, kind: 'check-docx' };
  }
  if (job.kind === 'read-report-part') return { id: job.id, ok: true, kind: 'read-report-part', result: readReportPart(job.bytes) };
  return { id: job.id, ok: true, kind: 'read-docx', result: readDocxForm(job.bytes) };
}

parentPort?.on('message', (job: DocumentJob) => {
  run(job).then(
    (reply) => parentPort?.postMessage(reply),
    (error: unknown) => {
      const reply: DocumentReply =
        error instanceof AppError
          ? { id: job.id, ok: false, code: error.code, message: error.message }
          : {
              id: job.id,
              ok: false,
              code: 'unexpected',
              message: unexpectedErrorMessage(error),
            };
      parentPort?.postMessage(reply);
    },
  );
});
