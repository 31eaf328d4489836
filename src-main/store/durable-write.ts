// Durable replacement of a file: the new content is written to a unique temporary file and
// flushed to the disk, the previous version is kept as "<file>.bak", the temporary file is
// renamed over the original, and the folder entry is flushed. At every instant the disk holds
// either the old or the new content in full, even if the power goes.
import { randomBytes } from 'node:crypto';
import { link, open, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isErrno } from '../errors.ts';

export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

export async function writeFileDurably(path: string, text: string): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await keepPreviousVersion(path);
    await renameWithRetry(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

// A hard link costs no copy: the backup keeps the old file's data while the name moves on.
async function keepPreviousVersion(path: string): Promise<void> {
  const backup = backupPathOf(path);
  try {
    await unlink(backup);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
  try {
    await link(path, backup);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
}

// On Windows a virus scanner or the search indexer may hold the file for a moment.
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const transient = isErrno(error, 'EPERM') || isErrno(error, 'EBUSY') || isErrno(error, 'EACCES');
      if (process.platform !== 'win32' || !transient || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
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
