// "Exportera till Word" and "Exportera utkast", and opening or showing what was exported.
import { z } from 'zod';
import { byReportId, call, done, type CallHandlers } from '../calls/call-spec.ts';
import type { ExportedFile, ExportService } from './export-service.ts';

const byPath = z.object({ path: z.string().min(1).max(4_096) }).strict();

export const exportCalls = {
  'export:docx': call<ExportedFile | null>()(byReportId),
  /** While the user reads an opened report: the document worker started and warmed up. */
  'export:prepare': call<null>()(byReportId),
  'export:open': call<null>()(byPath),
  'export:reveal': call<null>()(byPath),
  'drafts:export': call<ExportedFile | null>()(byReportId),
} as const;

export function exportHandlers(exports: ExportService): CallHandlers<typeof exportCalls> {
  return {
    'export:docx': ({ id }) => exports.exportDocx(id),
    'export:prepare': ({ id }) => done(exports.prepare(id)),
    'export:open': ({ path }) => done(exports.open(path)),
    'export:reveal': ({ path }) => done(exports.showInFolder(path)),
    'drafts:export': ({ id }) => exports.exportDraft(id),
  };
}
