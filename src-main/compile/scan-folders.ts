// The chosen folders, read and settled for a period: the one path the app's screen and the
// command line share (see compilation-scan.ts for the rules).
import type { CompileJobs } from './compile-jobs.ts';
import { AppError } from '../errors/app-error.ts';
import { settleScan, type ReceivedItem, type ScanOutcome, type ScanRules } from './compilation-scan.ts';
import { findReceivedFiles } from './find-received-files.ts';
import { readReceivedItems } from './read-received-items.ts';
import type { JobRunner } from '../worker/jobs.ts';

export async function scanFolders(
  folders: readonly string[],
  rules: ScanRules,
  runner: JobRunner<CompileJobs>,
): Promise<{ outcome: ScanOutcome; items: ReceivedItem[] }> {
  const found = await findReceivedFiles(folders);
  // Nothing read is not "nobody has sent": a mistyped folder must not make an empty compilation.
  if (found.foldersRead === 0) {
    throw new AppError(
      'not-found',
      `Ingen av mapparna kunde läsas, så ingen sammanställning gjordes. ${found.folderProblems.map(({ problem }) => problem).join(' ')}`,
    );
  }
  const items = await readReceivedItems(found.files, rules.period, (name, bytes, chosen) => runner.run('read-received', { name, bytes, chosen }));
  return { outcome: settleScan(items, rules, { otherFiles: found.otherFiles, folderProblems: found.folderProblems }), items };
}
