// One receiver per data folder: two would issue the same receipt numbers and store a version
// twice. The first to start writes receiver.lock (its process id, computer and start time);
// another start is refused and told which process holds the folder. A lock whose process is
// gone (a crash, a kill) is taken over, so a crash never blocks the next start.
//
// Written by hand rather than with proper-lockfile: that library judges a lock by its age,
// which neither says who holds the folder nor frees it at once when its holder has died.
import { randomBytes } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError, isErrno } from '../errors/app-error.ts';
import { removeRetrying, renameRetrying } from '../files/retry-transient.ts';
import { syncFolder } from '../files/durable-write.ts';

const LOCK_FILE = 'receiver.lock';

const lockSchema = z.object({ pid: z.number().int().positive(), host: z.string(), startedAt: z.string() });
type LockHolder = z.output<typeof lockSchema>;

/** Folders this process holds: its own process id in a lock file says nothing about which receiver. */
const heldHere = new Set<string>();

export interface DataFolderLock {
  release(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return isErrno(error, 'EPERM');
  }
}

async function readHolder(path: string): Promise<LockHolder | undefined> {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    // A lock file cut short by a crash: no one holds the folder by it.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

function inUse(dataFolder: string, holder: LockHolder, elsewhere: boolean): AppError {
  const where = elsewhere ? ` på datorn ${holder.host}` : '';
  const then = elsewhere
    ? ` Om den mottagaren inte längre kör, ta bort filen ${join(dataFolder, LOCK_FILE)} och starta igen.`
    : ' Stoppa den först, eller välj en annan datamapp med --data.';
  return new AppError(
    'already-exists',
    `Datamappen ${dataFolder} används redan av en annan mottagare (process ${holder.pid}${where}, startad ${holder.startedAt}). Två mottagare på samma mapp skulle ge samma kvittonummer två gånger.${then}`,
  );
}

async function writeLock(path: string, holder: LockHolder, exclusive: boolean): Promise<void> {
  const target = exclusive ? path : `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(target, 'wx', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(holder)}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  if (!exclusive) await renameRetrying(target, path);
}

export async function lockDataFolder(folder: string, now: Date = new Date()): Promise<DataFolderLock> {
  const dataFolder = resolve(folder);
  const path = join(dataFolder, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: now.toISOString() };
  if (heldHere.has(dataFolder)) throw inUse(dataFolder, me, false);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await writeLock(path, me, true);
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
      const holder = await readHolder(path);
      if (holder !== undefined && holder.host !== me.host) throw inUse(dataFolder, holder, true);
      if (holder !== undefined && holder.pid !== me.pid && isRunning(holder.pid)) throw inUse(dataFolder, holder, false);
      // The holder is gone: take over by replacing the file in one step, then see who won.
      await writeLock(path, me, false);
    }
    await syncFolder(dataFolder);
    const holder = await readHolder(path);
    if (holder?.pid === me.pid && holder.startedAt === me.startedAt) {
      heldHere.add(dataFolder);
      return {
        release: async () => {
          heldHere.delete(dataFolder);
          const current = await readHolder(path).catch(() => undefined);
          if (current?.pid === me.pid && current.startedAt === me.startedAt) await removeRetrying(path, { force: true });
        },
      };
    }
  }
  const holder = await readHolder(path);
  throw inUse(dataFolder, holder ?? me, false);
}
