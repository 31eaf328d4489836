// The services behind the contract. Plain functions over the store: no Electron, no HTTP.
import type { ExportService } from '../export/export-service.ts';
import type { ImportService } from '../import/import-service.ts';
import type { ReportStore } from '../store/report-store.ts';
import type { Handlers } from './contract.ts';

export function createHandlers({ store, exports, imports }: { store: ReportStore; exports: ExportService; imports: ImportService }): Handlers {
  return {
    'reports:list': () => store.list(),
    'reports:open': ({ id }) => store.open(id),
    'reports:create': (request) => store.create(request),
    'reports:save': ({ report }) => store.save(report),
    'reports:duplicate': ({ id }) => store.duplicate(id),
    'reports:carry-over': ({ id }) => store.carryOver(id),
    'reports:trash': async ({ id }) => {
      await store.moveToTrash(id);
      return null;
    },
    'trash:list': () => store.listTrash(),
    'trash:restore': async ({ id }) => {
      await store.restoreFromTrash(id);
      return null;
    },
    'export:docx': ({ id }) => exports.exportDocx(id),
    'drafts:export': ({ id }) => exports.exportDraft(id),
    'import:inspect': ({ fileName, dataBase64 }) => imports.inspect(fileName, Buffer.from(dataBase64, 'base64')),
    'import:create': (choice) => imports.create(choice),
    'export:open': async ({ path }) => {
      await exports.open(path);
      return null;
    },
    'export:reveal': async ({ path }) => {
      await exports.showInFolder(path);
      return null;
    },
  };
}
