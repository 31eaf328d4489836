// On Windows an antivirus or the search indexer may hold a file for a moment, and a rename or
// delete then fails with EPERM, EBUSY or EACCES although nothing is wrong. Such a failure is
// tried again briefly, as graceful-fs does, before it counts; elsewhere only EBUSY is taken
// for a passing hold (there EPERM and EACCES mean what they say). Every rename and removal of
// the app's and the receiver's own files goes through here.
import { rename, rm } from 'node:fs/promises';
import { isErrno } from '../errors/app-error.ts';

/** About a second in all, after which the error is real. */
const DELAYS_MS = [10, 20, 40, 80, 160, 320, 400];

export function isTransientHold(error: unknown, platform: NodeJS.Platform = process.platform): boolean {
  return isErrno(error, 'EBUSY') || (platform === 'win32' && isErrno(error, 'EPERM', 'EACCES'));
}

export async function retryTransient<T>(
  operation: () => Promise<T>,
  platform: NodeJS.Platform = process.platform,
  delaysMs: readonly number[] = DELAYS_MS,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || !isTransientHold(error, platform)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export function renameRetrying(from: string, to: string): Promise<void> {
  return retryTransient(() => rename(from, to));
}

export function removeRetrying(path: string, options: { recursive?: boolean; force?: boolean } = {}): Promise<void> {
  return retryTransient(() => rm(path, options));
}
