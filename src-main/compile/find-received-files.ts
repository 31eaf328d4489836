// Finds, in the folders the coordinator chose, every file that may hold a report: the
// receiver's stored versions (a numbered folder with report.json and receipt.json, see
// receiver/submission-store.ts), and .docx, .json and .eml files anywhere below (and Outlook's
// .msg, to say it cannot be read). Folders are
// read recursively, links are not followed, and only names are looked at here; nothing is
// opened for writing. Everything else is counted, not listed: a shared folder may hold
// thousands of unrelated files.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { errnoCode } from '../errors/app-error.ts';
import { folderKey } from './folder-paths.ts';

export type FoundFile =
  /** One version the receiver stored: its folder, read as report.json with its receipt. */
  | { kind: 'receiver-version'; folder: string; modifiedAt: string }
  | { kind: 'file'; path: string; modifiedAt: string }
  /** An e-mail Outlook saved in its own format, which the app cannot read: named, so it is not missed. */
  | { kind: 'outlook-message'; path: string; modifiedAt: string };

export interface FoundFiles {
  files: FoundFile[];
  /** Files of other kinds, and Word's lock files (~$…), counted but not read. */
  otherFiles: number;
  /** Folders that could not be read (or were not there), with the reason in Swedish. */
  folderProblems: { folder: string; problem: string }[];
  /** How many of the chosen folders could be read at all. */
  foldersRead: number;
}

const RECEIVED_NAME = /\.(docx|json|eml)$/i;
/** Past this, a folder is surely not one of received reports (the whole C: drive, say). */
const MAX_ENTRIES = 200_000;
const MAX_DEPTH = 32;

function folderProblem(error: unknown, folder: string): string {
  const code = errnoCode(error);
  if (code === 'ENOENT') return `Mappen ${folder} finns inte.`;
  if (code === 'ENOTDIR') return `${folder} är en fil, inte en mapp.`;
  if (code === 'EACCES' || code === 'EPERM') return `Mappen ${folder} går inte att läsa (behörighet saknas).`;
  return `Mappen ${folder} kunde inte läsas (${code ?? String(error)}).`;
}

/** The receiver names each version's folder by its number (000042) and puts report.json and receipt.json in it. */
function isReceiverVersion(folder: string, entries: readonly Dirent[]): boolean {
  if (!/^\d{6,}$/.test(basename(folder))) return false;
  const names = new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
  return names.has('report.json') && names.has('receipt.json');
}

async function modifiedTime(path: string): Promise<string> {
  // A file gone between listing and looking is read (and named as gone) like any other; its time is unknown.
  return stat(path).then(
    (info) => info.mtime.toISOString(),
    () => new Date(0).toISOString(),
  );
}

function isReceiverDataFolder(entries: readonly Dirent[]): boolean {
  return entries.some((entry) => entry.isDirectory() && entry.name === 'submissions');
}

/** Beside the receiver's submissions/: incoming/ holds versions still being written, never a received one, and senders.json the sender keys' hashes. */
const RECEIVER_OWN = new Set(['incoming', 'senders.json']);

export async function findReceivedFiles(folders: readonly string[]): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], otherFiles: 0, folderProblems: [], foldersRead: 0 };
  const seenFolders = new Set<string>();
  let visited = 0;
  const queue: { folder: string; depth: number; chosen: boolean }[] = folders.map((folder) => ({ folder, depth: 0, chosen: true }));
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const { folder, depth, chosen } = next;
    if (seenFolders.has(folderKey(folder))) continue;
    seenFolders.add(folderKey(folder));
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      // A folder below a chosen one that vanished meanwhile is no news; a chosen one is.
      if (chosen || errnoCode(error) !== 'ENOENT') found.folderProblems.push({ folder, problem: folderProblem(error, folder) });
      continue;
    }
    if (chosen) found.foldersRead += 1;
    if (isReceiverVersion(folder, entries)) {
      found.files.push({ kind: 'receiver-version', folder, modifiedAt: await modifiedTime(folder) });
      continue;
    }
    const receiverData = isReceiverDataFolder(entries);
    for (const entry of entries) {
      visited += 1;
      if (visited > MAX_ENTRIES) {
        found.folderProblems.push({
          folder,
          problem: `Mapparna har fler än ${MAX_ENTRIES.toLocaleString('sv-SE')} filer, så resten lästes inte. Välj mappen med rapporterna i stället för en mapp ovanför den.`,
        });
        return found;
      }
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (receiverData && RECEIVER_OWN.has(entry.name)) continue;
        if (depth < MAX_DEPTH) queue.push({ folder: path, depth: depth + 1, chosen: false });
        else found.folderProblems.push({ folder: path, problem: `Mappen ${path} ligger djupare än ${MAX_DEPTH} nivåer och lästes inte.` });
        continue;
      }
      if (receiverData && RECEIVER_OWN.has(entry.name)) continue;
      if (entry.isFile() && /\.msg$/i.test(entry.name)) {
        found.files.push({ kind: 'outlook-message', path, modifiedAt: await modifiedTime(path) });
        continue;
      }
      // "~$port.docx" is Word's lock file beside a document open on a shared drive.
      if (!entry.isFile() || !RECEIVED_NAME.test(entry.name) || entry.name.startsWith('~$')) {
        found.otherFiles += 1;
        continue;
      }
      found.files.push({ kind: 'file', path, modifiedAt: await modifiedTime(path) });
    }
  }
  return found;
}
