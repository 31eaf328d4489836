// Everything the app does, wired for one data folder. Used by the Electron main process,
// the preview server and the tests, so all three run the same code.
import { createWorkerDocumentRunner, type DocumentRunner } from './documents/document-runner.ts';
import { ExportService, type ExportPlatform } from './export/export-service.ts';
import { exportsFolderPlatform } from './export/exports-folder-platform.ts';
import { ImportService } from './import/import-service.ts';
import { createHandlers } from './ipc/handlers.ts';
import type { Handlers } from './ipc/contract.ts';
import { ReportStore, type ReportStoreOptions } from './store/report-store.ts';

export interface ServicesOptions extends ReportStoreOptions {
  /** The bundled worker for Word export and import (dist/main/document-worker.cjs). */
  documentWorkerPath: string;
  /** How exports choose their path; the preview's exports/ folder when not given. */
  exportPlatform?: ExportPlatform;
}

export interface Services {
  store: ReportStore;
  exports: ExportService;
  imports: ImportService;
  handlers: Handlers;
  close(): Promise<void>;
}

export function createServices(options: ServicesOptions): Services {
  const store = new ReportStore(options);
  const runner: DocumentRunner = createWorkerDocumentRunner(options.documentWorkerPath);
  const exports = new ExportService(store, runner, options.exportPlatform ?? exportsFolderPlatform(options.dataFolder));
  const imports = new ImportService(store, runner, options.now, options.ids);
  return {
    store,
    exports,
    imports,
    handlers: createHandlers({ store, exports, imports }),
    close: async () => {
      await store.flush();
      await runner.close();
    },
  };
}
