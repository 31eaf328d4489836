// Everything the app does, wired for one data folder. Used by the Electron main process,
// the preview server and the tests, so all three run the same code.
import { COMPILE_JOB_LANES, type CompileJobs } from './compile/compile-jobs.ts';
import { CompilationService } from './compile/compilation-service.ts';
import { CoordinatorService } from './coordinator/coordinator-service.ts';
import { DOCX_JOB_LANES, type DocxJobs } from './docx/docx-jobs.ts';
import { EmailService } from './email/email-service.ts';
import { ExportService, type ExportPlatform } from './export/export-service.ts';
import { exportsFolderPlatform } from './export/exports-folder-platform.ts';
import type { StepObserver } from './files/durable-write.ts';
import { ImportService } from './import/import-service.ts';
import type { Handlers } from './ipc/contract.ts';
import { createHandlers, type HandlerServices } from './ipc/handlers.ts';
import { SYSTEM_CLOCK, type OutboxClock } from './outbox/outbox-clock.ts';
import { createNodeConnection } from './network/node-connection.ts';
import type { ReceiverConnection } from './network/receiver-connection.ts';
import { OutboxService } from './outbox/outbox-service.ts';
import type { SecretStore } from './settings/secret-store.ts';
import { SettingsService } from './settings/settings-service.ts';
import { supportInfo } from './support-log/support-info.ts';
import { createSupportLog } from './support-log/support-log.ts';
import { ReportStore, type ReportStoreOptions } from './store/report-store.ts';
import { createJobRunner, type JobRunnerOptions } from './worker/job-runner.ts';
import { XLSX_JOB_LANES, type XlsxJobs } from './xlsx/xlsx-jobs.ts';
import type { JobRunner } from './worker/jobs.ts';

export interface ServicesOptions extends ReportStoreOptions {
  /** The bundled worker for Word export and import (dist/main/document-worker.cjs). */
  documentWorkerPath: string;
  /** How exports choose their path; the preview's exports/ folder when not given. */
  exportPlatform?: ExportPlatform;
  /** The defaults IT deployed, if any (see the README); the user's settings override them. */
  itDefaultsPath?: string;
  /** How the outbox reaches the receiver: Node's fetch with the environment's proxy when not given. */
  connection?: ReceiverConnection;
  /** How long one attempt to send may take. */
  sendTimeoutMs?: number;
  /** The outbox's time and timers, for tests that wait in virtual time. */
  outboxClock?: OutboxClock;
  /** Where the sender key is kept encrypted (Electron's safeStorage); in plain text without. */
  secrets?: SecretStore;
  /** The app's version, for "Kopiera felinformation". */
  appVersion?: string;
  onStep?: StepObserver;
}

export interface Services extends HandlerServices {
  handlers: Handlers;
  /** "Kopiera felinformation": the version, the system and the support log's newest records. */
  supportInfo(): Promise<string>;
  close(): Promise<void>;
}

/** The app's document worker: Word documents, and the coordinator's received files. */
export type DocumentRunner = JobRunner<DocxJobs & CompileJobs & XlsxJobs>;

export function createDocumentRunner(workerPath: string, options?: JobRunnerOptions): DocumentRunner {
  return createJobRunner<DocxJobs & CompileJobs & XlsxJobs>(workerPath, { ...DOCX_JOB_LANES, ...COMPILE_JOB_LANES, ...XLSX_JOB_LANES }, options);
}

export function createServices(options: ServicesOptions): Services {
  const log = createSupportLog(options.dataFolder, options.now);
  const store = new ReportStore(options);
  const runner = createDocumentRunner(options.documentWorkerPath);
  const platform = options.exportPlatform ?? exportsFolderPlatform(options.dataFolder);
  const exports = new ExportService(store, runner, platform);
  const imports = new ImportService(store, runner, options.now, options.ids);
  const settings = new SettingsService(options.dataFolder, options.itDefaultsPath, options.now, options.secrets);
  const connection = options.connection ?? createNodeConnection({ caFile: async () => (await settings.effective()).receiverCaFile });
  const outbox = new OutboxService({
    dataFolder: options.dataFolder,
    store,
    runner,
    settings,
    connection,
    log,
    clock: options.outboxClock ?? (options.now ? { ...SYSTEM_CLOCK, now: options.now } : SYSTEM_CLOCK),
    ...(options.sendTimeoutMs !== undefined ? { timeoutMs: options.sendTimeoutMs } : {}),
    ...(options.onStep ? { onStep: options.onStep } : {}),
  });
  const email = new EmailService(options.dataFolder, store, runner, settings, platform);
  const coordinator = new CoordinatorService({
    dataFolder: options.dataFolder,
    runner,
    platform,
    now: options.now,
    onWritten: (path) => exports.allow(path),
  });
  const compilation = new CompilationService({
    coordinator,
    runner,
    settings,
    platform,
    connection,
    now: options.now,
    onWritten: (path) => exports.allow(path),
  });
  // Versions left waiting by the last run go out as soon as the app is up.
  outbox.start().catch((error: unknown) => console.error(error));
  return {
    store,
    exports,
    imports,
    settings,
    outbox,
    email,
    coordinator,
    compilation,
    handlers: createHandlers({ store, exports, imports, settings, outbox, email, coordinator, compilation }, log),
    supportInfo: () => supportInfo(log, { appVersion: options.appVersion ?? 'okänd version', dataFolder: options.dataFolder }),
    close: async () => {
      await outbox.close();
      await store.flush();
      await runner.close();
      await connection.close();
      await log.close();
    },
  };
}
