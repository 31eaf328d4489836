// Runs in a worker thread: builds and writes .docx files so the main process's event loop
// stays free (the window stays responsive during a large export).
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import type { Report } from '../report/model.ts';
import { exportReportToDocx } from './export-docx.ts';

export interface ExportJob {
  id: number;
  report: Report;
  outputPath: string;
}

export type ExportReply =
  | { id: number; ok: true; path: string; bytes: number }
  | { id: number; ok: false; code: string; message: string };

parentPort?.on('message', (job: ExportJob) => {
  exportReportToDocx(job.report, job.outputPath).then(
    (result) => parentPort?.postMessage({ id: job.id, ok: true, ...result } satisfies ExportReply),
    (error: unknown) => {
      const reply: ExportReply =
        error instanceof AppError
          ? { id: job.id, ok: false, code: error.code, message: error.message }
          : { id: job.id, ok: false, code: 'unexpected', message: `Word-filen kunde inte skapas: ${error instanceof Error ? error.message : String(error)}` };
      parentPort?.postMessage(reply);
    },
  );
});
