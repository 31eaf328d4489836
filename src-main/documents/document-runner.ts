// Hands Word work to worker threads (started on first use) and waits for their answers, so
// the main process's event loop stays free. See worker-lane.ts for the time limit.
import type { Compilation } from '../compile/compilation.ts';
import type { ReceivedFile } from '../received/read-received-file.ts';
import { AppError } from '../errors/app-error.ts';
import type { FoundForm } from '../docx/form-reader.ts';
import type { WrittenDocx } from '../docx/write-docx.ts';
import type { PeriodOfYear } from '../report/calendar.ts';
import type { Report } from '../report/model.ts';
import type { SubmittedReport } from '../received/report-part.ts';
import { WorkerLane, type LaneJob, type LaneReply } from './worker-lane.ts';

const READ_DOCX_TIMEOUT_MS = 15_000;

export interface DocumentRunner {
  writeDocx(report: Report, outputPath: string): Promise<WrittenDocx>;
  /** The document's bytes, for a file the caller writes itself (the outbox, an e-mail). */
  renderDocx(report: Report): Promise<Uint8Array>;
  readDocx(bytes: Uint8Array): Promise<FoundForm>;
  /** The coordinator's compiled document for a period, written to `outputPath`. */
  writeCompilation(compilation: Compilation, outputPath: string): Promise<WrittenDocx>;
  /**
   * A file the coordinator received (report file, Word document, saved e-mail) read into its
   * reports, within the import's limits and time limit; a form that does not say its period is
   * read as `chosen`.
   */
  readReceived(name: string, bytes: Uint8Array, chosen: PeriodOfYear): Promise<ReceivedFile>;
  /** Reads the document within the import's limits and time limit, and only says whether it could. */
  checkDocx(bytes: Uint8Array): Promise<void>;
  /** A submission's report part checked against the schema, and what the receiver files it by. */
  readReportPart(bytes: Uint8Array): Promise<SubmittedReport>;
  close(): Promise<void>;
}

/**
 * Two lanes, each with its worker: reading files from outside (import, the receiver's check,
 * the coordinator's folders) runs one file at a time under the time limit, and a worker
 * ended there never holds a document being written; writing documents has no limit.
 */
export function createWorkerDocumentRunner(workerPath: string, options: { readTimeoutMs?: number } = {}): DocumentRunner {
  const reads = new WorkerLane(workerPath, options.readTimeoutMs ?? READ_DOCX_TIMEOUT_MS);
  const writes = new WorkerLane(workerPath);
  const submit = (job: LaneJob): Promise<LaneReply> => (job.kind === 'export' || job.kind === 'render' || job.kind === 'compile' ? writes : reads).run(job);

  return {
    async writeDocx(report, outputPath) {
      const reply = await submit({ kind: 'export', report, outputPath });
      if (reply.kind !== 'export') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
      return reply.result;
    },
    async renderDocx(report) {
      const reply = await submit({ kind: 'render', report });
      if (reply.kind !== 'render') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
      return reply.result;
    },
    async writeCompilation(compilation, outputPath) {
      const reply = await submit({ kind: 'compile', compilation, outputPath });
      if (reply.kind !== 'compile') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
      return reply.result;
    },
    async readReceived(name, bytes, chosen) {
      const reply = await submit({ kind: 'read-received', name, bytes, chosen });
      if (reply.kind !== 'read-received') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
      return reply.result;
    },
    async checkDocx(bytes) {
      const reply = await submit({ kind: 'check-docx', bytes });
      if (reply.kind !== 'check-docx') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
    },
    async readReportPart(bytes) {
      const reply = await submit({ kind: 'read-report-part', bytes });
      if (reply.kind !== 'read-report-part') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
      return reply.result;
    },
    async readDocx(bytes) {
      const reply = await submit({ kind: 'read-docx', bytes });
      if (reply.kind !== 'read-docx') throw new AppError('unexpected', 'Fel svar från Word-hanteringen.');
      return reply.result;
    },
    async close() {
      await Promise.all([reads.close(), writes.close()]);
    },
  };
}
