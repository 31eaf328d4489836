// The chosen sources read and settled for a period: folders, and the receiver over the
// network where it is chosen. The one path the app's screen and the command line share (see
// compilation-scan.ts for the rules).
import type { CompileJobs } from './compile-jobs.ts';
import { AppError } from '../errors/app-error.ts';
import { settleScan, type ReceivedItem, type ScanOutcome, type ScanRules } from './compilation-scan.ts';
import { findReceivedFiles } from './find-received-files.ts';
import { readReceivedItems, type ReadReceived } from './read-received-items.ts';
import { readReceiverSource, type ReceiverSource } from './read-receiver-source.ts';
import type { JobRunner } from '../worker/jobs.ts';

export interface ScanSources {
  folders: readonly string[];
  /** "Mottagaren": the receiver read over the network. */
  receiver?: ReceiverSource | undefined;
}

export async function scanSources(
  sources: ScanSources,
  rules: ScanRules,
  runner: JobRunner<CompileJobs>,
): Promise<{ outcome: ScanOutcome; items: ReceivedItem[] }> {
  const read: ReadReceived = (name, bytes, chosen) => runner.run('read-received', { name, bytes, chosen });
  const [found, fromReceiver] = await Promise.all([
    findReceivedFiles(sources.folders),
    sources.receiver === undefined ? undefined : readReceiverSource(sources.receiver, rules.period, read),
  ]);
  const problems = [...found.folderProblems];
  if (fromReceiver?.problem !== undefined) problems.push({ folder: fromReceiver.name, problem: fromReceiver.problem });
  const receiverRead = fromReceiver !== undefined && fromReceiver.problem === undefined;
  // Nothing read is not "nobody has sent": a mistyped folder must not make an empty compilation.
  if (found.foldersRead === 0 && !receiverRead) {
    const what =
      sources.receiver === undefined
        ? 'Ingen av mapparna kunde läsas'
        : sources.folders.length === 0
          ? 'Mottagaren kunde inte läsas'
          : 'Varken mottagaren eller mapparna kunde läsas';
    throw new AppError('not-found', `${what}, så ingen sammanställning gjordes. ${problems.map(({ problem }) => problem).join(' ')}`);
  }
  const items = [...(fromReceiver?.items ?? []), ...(await readReceivedItems(found.files, rules.period, read))];
  return { outcome: settleScan(items, rules, { otherFiles: found.otherFiles, folderProblems: problems }), items };
}
