// Everything the app does, wired for one data folder. Used by the Electron main process,
// the preview server and the tests, so all three run the same code.
import { createHandlers } from './ipc/handlers.ts';
import type { Handlers } from './ipc/contract.ts';
import { ReportStore, type ReportStoreOptions } from './store/report-store.ts';

export interface Services {
  store: ReportStore;
  handlers: Handlers;
}

export function createServices(options: ReportStoreOptions): Services {
  const store = new ReportStore(options);
  return { store, handlers: createHandlers(store) };
}
