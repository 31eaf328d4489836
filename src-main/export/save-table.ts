// A table the user saves as an Excel file (the register, a period's status): the path asked of
// the platform, the file written in the worker.
import { AppError } from '../errors/app-error.ts';
import type { JobRunner } from '../worker/jobs.ts';
import type { Table } from '../xlsx/write-table.ts';
import type { XlsxJobs } from '../xlsx/xlsx-jobs.ts';
import type { ExportPlatform } from './export-service.ts';
import { withExtension } from './file-name.ts';

export interface WrittenTable {
  path: string;
  canOpen: boolean;
}

export interface TableSaving {
  runner: JobRunner<XlsxJobs>;
  platform: ExportPlatform;
  /** Told of each file written for the user, so "Öppna" may open it. */
  onWritten: (path: string) => void;
}

/** The table where the user chose; null when the save was cancelled. `refusal` says why a chosen path may not be used. */
export async function saveTable(
  { runner, platform, onWritten }: TableSaving,
  table: Table,
  suggestedName: string,
  refusal: (path: string) => Promise<string | undefined> = () => Promise.resolve(undefined),
): Promise<WrittenTable | null> {
  const chosen = await platform.chooseSavePath(suggestedName, 'xlsx');
  if (chosen === undefined) return null;
  const problem = await refusal(chosen);
  if (problem !== undefined) throw new AppError('invalid-request', problem);
  const { path } = await runner.run('write-table', { table, outputPath: withExtension(chosen, '.xlsx') });
  onWritten(path);
  return { path, canOpen: platform.openFile !== undefined };
}
