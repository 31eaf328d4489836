// Real read-only folders and real full disks. As root (CI), chmod does not stop writes, so the
// immutable attribute is used; a full disk is a small tmpfs, which needs root to mount.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

export async function makeReadOnly(folder: string): Promise<void> {
  if (isRoot) execFileSync('chattr', ['+i', folder]);
  else await chmod(folder, 0o555);
}

export async function makeWritable(folder: string): Promise<void> {
  if (isRoot) execFileSync('chattr', ['-i', folder]);
  else await chmod(folder, 0o755);
}

function tryMount(target: string, sizeKb: number): boolean {
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', target], { stdio: 'ignore' }).status === 0;
}

/** Whether this machine lets the tests mount a small disk (root on Linux). */
export const canMountSmallDisk: boolean = (() => {
  if (process.platform !== 'linux' || !isRoot) return false;
  const probe = join(tmpdir(), `rapport-mount-probe-${process.pid}`);
  spawnSync('mkdir', ['-p', probe]);
  const mounted = tryMount(probe, 64);
  if (mounted) spawnSync('umount', [probe]);
  spawnSync('rmdir', [probe]);
  return mounted;
})();

export async function mountSmallDisk(sizeKb: number): Promise<{ path: string; unmount(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'rapport-small-disk-'));
  if (!tryMount(path, sizeKb)) throw new Error('could not mount a tmpfs');
  return {
    path,
    unmount: async () => {
      spawnSync('umount', [path]);
      await rm(path, { recursive: true, force: true });
    },
  };
}

/** Fills a disk until only `leaveBytes` are free; returns the filler file's path. */
export async function fillDisk(path: string, leaveBytes: number): Promise<string> {
  const { statfs, writeFile } = await import('node:fs/promises');
  const filler = join(path, 'filler');
  const { bavail, bsize } = await statfs(path);
  await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - leaveBytes), 1));
  return filler;
}
