// What the packaging tests need in place of the Electron binary, which cannot be downloaded
// here: a stand-in executable that carries a real fuse wire, the readers electron-builder
// itself writes with, and a way to run a Node script with a time limit.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The bytes @electron/fuses looks for; the fuse wire follows them (see its constants.js). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;

/** A fuse's state as one byte of the wire: ASCII '0' and '1'. */
const FUSE_BYTES = { disabled: 0x30, enabled: 0x31 } as const;
type FuseState = keyof typeof FUSE_BYTES;

/** The V1 wire in @electron/fuses' order, each fuse as Electron ships it (its defaults). */
export const ELECTRON_DEFAULT_FUSES = [
  ['runAsNode', 'enabled'],
  ['enableCookieEncryption', 'disabled'],
  ['enableNodeOptionsEnvironmentVariable', 'enabled'],
  ['enableNodeCliInspectArguments', 'enabled'],
  ['enableEmbeddedAsarIntegrityValidation', 'disabled'],
  ['onlyLoadAppFromAsar', 'disabled'],
  ['loadBrowserProcessSpecificV8Snapshot', 'disabled'],
  ['grantFileProtocolExtraPrivileges', 'enabled'],
] as const satisfies readonly (readonly [string, FuseState])[];

/**
 * Writes an unpacked "Electron distribution" for Linux into `folder`: electron-builder's
 * `--dir` build with `electronDist` copies the folder as it is and renames `electron` to the
 * app's executable, so that one file is all it needs. The file is not a program, only the
 * fuse wire of a real one, which electron-builder then flips.
 */
export async function writeStandInElectronDist(folder: string): Promise<void> {
  const wire = Buffer.from([FUSE_WIRE_VERSION, ELECTRON_DEFAULT_FUSES.length, ...ELECTRON_DEFAULT_FUSES.map(([, state]) => FUSE_BYTES[state])]);
  const executable = Buffer.concat([Buffer.from('Stand-in for the Electron binary: only its fuse wire is real.\n'), Buffer.from(FUSE_SENTINEL), wire]);
  await writeFile(join(folder, 'electron'), executable, { mode: 0o755 });
}

interface AsarEntry {
  /** Present on folders. */
  files?: Record<string, unknown>;
  /** The file is listed in the archive but kept beside it, in app.asar.unpacked. */
  unpacked?: boolean;
}

interface AsarReader {
  listPackage(archive: string, options: { isPack: boolean }): string[];
  statFile(archive: string, path: string): AsarEntry;
  extractFile(archive: string, path: string): Buffer;
}

interface FuseReader {
  getCurrentFuseWire(executable: string): Promise<Record<number, number | undefined>>;
}

// The copies electron-builder resolves, so the tests read with the versions that wrote the
// package (the newest majors need Node 22); they are not the project's own dependencies.
const requireFromBuilder = createRequire(join(ROOT, 'node_modules/app-builder-lib/package.json'));
export const asar = requireFromBuilder('@electron/asar') as AsarReader;
const fuses = requireFromBuilder('@electron/fuses') as FuseReader;

/** The fuses of an Electron executable by name: 'enabled', 'disabled', or the raw byte. */
export async function readFuses(executable: string): Promise<Record<string, FuseState | number | undefined>> {
  const wire = await fuses.getCurrentFuseWire(executable);
  const stateOf = (byte: number | undefined) => (byte === FUSE_BYTES.enabled ? 'enabled' : byte === FUSE_BYTES.disabled ? 'disabled' : byte);
  return Object.fromEntries(ELECTRON_DEFAULT_FUSES.map(([name], index) => [name, stateOf(wire[index])]));
}

interface Finished {
  code: number | null;
  /** stdout and stderr as they came, for a failure's message. */
  output: string;
  stderr: string;
}

/**
 * Runs `node <args>` from the project folder in its own process group. Past `timeoutMs` the
 * whole group is killed (electron-builder starts children of its own) and the promise rejects.
 */
export function runNode(args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs: number }): Promise<Finished> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`node ${args.join(' ')} took longer than ${options.timeoutMs} ms:\n${output}`));
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output, stderr });
    });
  });
}
