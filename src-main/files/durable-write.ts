// Durable replacement of a file: the new content is written to a unique temporary file and
// flushed to the disk, the previous version is kept as "<file>.bak", the temporary file is
// renamed over the original, and the folder entry is flushed. At every instant the file
// exists and holds either the old or the new content in full, even if the power goes; other
// programs (a backup or sync tool) never see it missing.
//
// The app's own data (drafts, settings, the outbox) is readable by the user alone, where the
// platform has file modes; documents written for the user (a Word export) get the usual mode.
import { randomBytes } from 'node:crypto';
import { copyFile, link, open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isErrno } from '../errors/app-error.ts';
import { removeRetrying, renameRetrying } from './retry-transient.ts';

export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

const DATA_FILE_MODE = 0o600;
export const DATA_FOLDER_MODE = 0o700;
const DOCUMENT_MODE = 0o666;

export type DurableWriteKind =
  /** The app's own data: the replaced version is kept as "<file>.bak", readable by the user alone. */
  | 'data'
  /** The app's own file written once (a journal, a queued submission): readable by the user alone, no .bak. */
  | 'record'
  /** A document for the user: no .bak beside it, the usual mode. */
  | 'document';

/** Called between the steps of an operation that touches more than one file (the crash tests stop there). */
export type StepObserver = (step: string) => void | Promise<void>;

/** A name beside `path` that no other write uses, hidden, ending in .tmp (swept after a crash). */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileDurably(path: string, content: string | Uint8Array, kind: DurableWriteKind = 'data', onStep?: StepObserver): Promise<void> {
  const folder = dirname(path);
  const temporary = temporaryPathFor(path);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const handle = await open(temporary, 'wx', kind === 'document' ? DOCUMENT_MODE : DATA_FILE_MODE);
    try {
      await writeAll(handle, bytes);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await onStep?.('write:temporary-flushed');
    if (kind === 'data') {
      await keepPreviousVersion(path);
      await onStep?.('write:previous-kept');
    }
    await renameRetrying(temporary, path);
    await onStep?.('write:renamed');
  } catch (error) {
    await removeRetrying(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/**
 * A new file in a folder nobody else looks at yet (one that is made visible later by renaming
 * the folder): no temporary name is needed, only the flush. Fails if the file exists.
 */
export async function writeNewFileDurably(path: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', DATA_FILE_MODE);
  try {
    await writeAll(handle, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

// A write may stop short (a disk that fills up part-way); the next write then reports why.
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    offset += bytesWritten;
  }
}

// A hard link costs no copy: the backup keeps the old content while the name moves on.
// File systems without hard links (FAT on a USB stick) get a copy instead.
async function keepPreviousVersion(path: string): Promise<void> {
  const backup = backupPathOf(path);
  await removeRetrying(backup, { force: true });
  try {
    await link(path, backup);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    if (isErrno(error, 'EPERM', 'ENOTSUP', 'EXDEV', 'ENOSYS')) {
      await copyFile(path, backup);
      return;
    }
    throw error;
  }
}

/** Makes a rename durable. Windows has no folder handle to flush; NTFS journals the rename. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
