// How "Sammanställning" names the files it read: by their place under the folder they were
// found in ("e-post/sparade/Kulturnämnden.docx"), not by a full path the coordinator has just
// typed twice, and an e-mail's attachment by the message it came in.
import type { CompilationScan, ReceivedEntry, ReceivedStatus } from '../../src-main/compile/compilation-scan.ts';
import { attachmentIn } from './compilation-strings.ts';

function lastSegment(path: string): string {
  return (
    path
      .split(/[\\/]/)
      .filter((segment) => segment !== '')
      .at(-1) ?? path
  );
}

/** The path from the chosen folder that holds the file (the deepest, when folders nest), starting with that folder's name. */
function placeInFolders(file: string, folders: readonly string[]): string {
  const holding = folders
    .map((folder) => folder.replace(/[\\/]+$/, ''))
    .filter((folder) => folder !== '' && file.length > folder.length && file.startsWith(folder) && /[\\/]/.test(file.charAt(folder.length)))
    .sort((a, b) => b.length - a.length)[0];
  return holding === undefined ? file : `${lastSegment(holding)}${file.slice(holding.length)}`;
}

export function entryName(entry: { file: string; part?: string | undefined }, folders: readonly string[]): string {
  const place = placeInFolders(entry.file, folders);
  return entry.part === undefined ? place : attachmentIn(entry.part, place);
}

/** The groups of files that do not count, in the order the coordinator acts on them: those she can fix first. */
export const UNCOUNTED_ORDER = ['unknown-organisation', 'unreadable', 'older', 'duplicate', 'other-period'] as const satisfies readonly ReceivedStatus[];
export type UncountedStatus = (typeof UNCOUNTED_ORDER)[number];

/** An unreadable file assigned by hand counts (without answers), so it is not listed among those that do not. */
export function uncountedEntries(scan: CompilationScan): Map<UncountedStatus, ReceivedEntry[]> {
  const groups = new Map<UncountedStatus, ReceivedEntry[]>(UNCOUNTED_ORDER.map((status) => [status, []]));
  for (const entry of scan.entries) {
    if (entry.status === 'counted' || (entry.status === 'unreadable' && entry.assigned)) continue;
    groups.get(entry.status)?.push(entry);
  }
  return groups;
}

export function sentCount(scan: CompilationScan): number {
  return scan.organisations.filter((organisation) => organisation.counted !== undefined).length;
}
