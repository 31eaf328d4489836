// The chosen folders, read and settled for a period: the one path the app's screen and the
// command line share (see compilation-scan.ts for the rules).
import type { DocumentRunner } from '../documents/document-runner.ts';
import { settleScan, type ReceivedItem, type ScanOutcome, type ScanRules } from './compilation-scan.ts';
import { findReceivedFiles } from './find-received-files.ts';
import { readReceivedItems } from './read-received-items.ts';

export async function scanFolders(
  folders: readonly string[],
  rules: ScanRules,
  runner: Pick<DocumentRunner, 'readReceived'>,
): Promise<{ outcome: ScanOutcome; items: ReceivedItem[] }> {
  const found = await findReceivedFiles(folders);
  const items = await readReceivedItems(found.files, rules.period, (name, bytes, chosen) => runner.readReceived(name, bytes, chosen));
  return { outcome: settleScan(items, rules, found), items };
}
