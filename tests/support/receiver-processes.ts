// The receiver in its own process: the bundled command line (as `npm run receiver` runs it;
// `npm test` builds it first), and the crash child run from source with tsx. Each is started
// in its own process group, so that ending it ends everything it started.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

const RECEIVER_CLI = resolve(import.meta.dirname, '../../dist/main/receiver.cjs');
const CRASH_CHILD = resolve(import.meta.dirname, 'receiver-child.ts');

type Child = ChildProcessByStdio<null, Readable, Readable>;

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function collect(child: Child): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise) => child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr })));
}

/** Runs the receiver's command line to its end (add-sender, wrong usage). */
export function runReceiverCli(args: string[]): Promise<Finished> {
  return collect(spawn(process.execPath, [RECEIVER_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }));
}

export interface ServingProcess {
  url: string;
  pid: number;
  finished: Promise<Finished>;
  /** Sends a signal to the whole process group. */
  signal(name: NodeJS.Signals): void;
}

/** Serving processes not yet ended: a test that fails half-way leaves none behind. */
const running = new Set<number>();

/** Ends (SIGKILL, whole group) every serving process a test started and did not end. */
export function endLeftoverProcesses(): void {
  for (const pid of running) process.kill(-pid, 'SIGKILL');
  running.clear();
}

async function serving(child: Child): Promise<ServingProcess> {
  const pid = child.pid ?? 0;
  running.add(pid);
  child.on('exit', () => running.delete(pid));
  const finished = collect(child);
  const lines = createInterface({ input: child.stdout });
  const firstLine = new Promise<string>((resolvePromise, reject) => {
    lines.once('line', resolvePromise);
    void finished.then((result) => reject(new Error(`the receiver ended before printing its URL: ${result.stderr}`)));
  });
  const url = await firstLine;
  return { url, pid, finished, signal: (name) => process.kill(-pid, name) };
}

/** `node dist/main/receiver.cjs <args>`, once it prints its URL. */
export function serveWithCli(args: string[]): Promise<ServingProcess> {
  return serving(spawn(process.execPath, [RECEIVER_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true }));
}

/** The receiver from source, killing itself with SIGKILL when storing reaches `crashStep`. */
export function serveUntilCrash(dataFolder: string, crashStep: string): Promise<ServingProcess> {
  return serving(spawn(process.execPath, ['--import', 'tsx', CRASH_CHILD, dataFolder, crashStep], { stdio: ['ignore', 'pipe', 'pipe'], detached: true }));
}
