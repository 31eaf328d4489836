// Everything the app does, wired for one data folder. Used by the Electron main process,
// the preview server and the tests, so all three run the same code.
import { CompilationService } from './compile/compilation-service.ts';
import { createWorkerDocumentRunner, type DocumentRunner } from './documents/document-runner.ts';
import { EmailService } from './email/email-service.ts';
import { ExportService, type ExportPlatform } from './export/export-service.ts';
import { exportsFolderPlatform } from './export/exports-folder-platform.ts';
import type { StepObserver } from './files/durable-write.ts';
import { ImportService } from './import/import-service.ts';
import type { Handlers } from './ipc/contract.ts';
import { createHandlers, type HandlerServices } from './ipc/handlers.ts';
import { OutboxService } from './outbox/outbox-service.ts';
import { SettingsService } from './settings/settings-service.ts';
import { ReportStore, type ReportStoreOptions } from './store/report-store.ts';

export interface ServicesOptions extends ReportStoreOptions {
  /** The bundled worker for Word export and import (dist/main/document-worker.cjs). */
  documentWorkerPath: string;
  /** How exports choose their path; the preview's exports/ folder when not given. */
  exportPlatform?: ExportPlatform;
  /** The defaults IT deployed, if any (see the README); the user's settings override them. */
  itDefaultsPath?: string;
  /** How the outbox reaches the receiver; Node's fetch when not given. */
  fetch?: typeof fetch;
  /** How long one attempt to send may take. */
  sendTimeoutMs?: number;
  onStep?: StepObserver;
}

export interface Services extends HandlerServices {
  handlers: Handlers;
  close(): Promise<void>;
}

export function createServices(options: ServicesOptions): Services {
  const store = new ReportStore(options);
  const runner: DocumentRunner = createWorkerDocumentRunner(options.documentWorkerPath);
  const platform = options.exportPlatform ?? exportsFolderPlatform(options.dataFolder);
  const exports = new ExportService(store, runner, platform);
  const imports = new ImportService(store, runner, options.now, options.ids);
  const settings = new SettingsService(options.dataFolder, options.itDefaultsPath, options.now);
  const outbox = new OutboxService({
    dataFolder: options.dataFolder,
    store,
    runner,
    settings,
    ...(options.now ? { now: options.now } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.sendTimeoutMs !== undefined ? { timeoutMs: options.sendTimeoutMs } : {}),
    ...(options.onStep ? { onStep: options.onStep } : {}),
  });
  const email = new EmailService(options.dataFolder, store, runner, settings, platform);
  const compilation = new CompilationService(options.dataFolder, runner, settings, platform, options.now, (path) => exports.allow(path));
  // Versions left waiting by the last run go out as soon as the app is up.
  outbox.start().catch((error: unknown) => console.error(error));
  return {
    store,
    exports,
    imports,
    settings,
    outbox,
    email,
    compilation,
    handlers: createHandlers({ store, exports, imports, settings, outbox, email, compilation }),
    close: async () => {
      await outbox.close();
      await store.flush();
      await runner.close();
    },
  };
}
