// Runs in a worker thread: builds and writes .docx files, and reads filled-in Word forms, so
// the main process's event loop stays free (the window stays responsive) and a hostile file
// that takes too long can be stopped by ending the worker.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import type { FoundForm } from '../import/form-reader.ts';
import { readDocxForm } from '../import/read-docx.ts';
import type { Report } from '../report/model.ts';
import { exportReportToDocx, type ExportResult } from './export-docx.ts';

export type DocumentJob = { id: number; kind: 'export'; report: Report; outputPath: string } | { id: number; kind: 'read-docx'; bytes: Uint8Array };

export type DocumentReply =
  | { id: number; ok: true; kind: 'export'; result: ExportResult }
  | { id: number; ok: true; kind: 'read-docx'; result: FoundForm }
  | { id: number; ok: false; code: string; message: string };

async function run(job: DocumentJob): Promise<DocumentReply> {
  if (job.kind === 'export') return { id: job.id, ok: true, kind: 'export', result: await exportReportToDocx(job.report, job.outputPath) };
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
              message: `Dokumentet kunde inte behandlas: ${error instanceof Error ? error.message : String(error)}`,
            };
      parentPort?.postMessage(reply);
    },
  );
});
