// Durable replacement of a file: the new content is written to a unique temporary file and
// flushed to the disk, the previous version becomes "<file>.bak", the temporary file is
// renamed into place, and the folder entry is flushed. At every instant the disk holds a
// complete copy (the new file, or the old one as the file or as its .bak), even if the
// power goes; readers fall back to the .bak when the file itself is missing.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isErrno } from '../errors.ts';

export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

export async function writeFileDurably(path: string, text: string): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const bytes = Buffer.from(text, 'utf8');
    const handle = await open(temporary, 'wx');
    try {
      await handle.write(bytes, 0, bytes.length, 0);
      await handle.datasync();
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

// One rename, no copy: the current file becomes the backup, replacing the older backup.
async function keepPreviousVersion(path: string): Promise<void> {
  try {
    await renameWithRetry(path, backupPathOf(path));
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
