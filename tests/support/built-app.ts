// Global setup for the tests that run the built app (the integration tests in Vitest, the
// end-to-end tests in Playwright): the document worker, the command line and the receiver in
// dist/main/, the renderer in dist/renderer/, as the app itself runs them. Where the build is
// missing, or any file the build reads is newer than what it wrote, this builds again once and
// says why in one line, rather than let the tests fail on a missing file or pass on old code.
// `npm test` builds first, so this finds the build up to date there and costs a look at the files.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** What `npm run build` writes and the tests run. */
export const BUILT = [
  'dist/main/main.cjs',
  'dist/main/preload.cjs',
  'dist/main/document-worker.cjs',
  'dist/main/cli.cjs',
  'dist/main/receiver.cjs',
  'dist/renderer/index.html',
];

/** What `npm run build` reads: the sources (folders, read whole) and the build's own settings. */
export const BUILD_INPUTS = [
  'src-main',
  'src-renderer',
  'resources',
  'scripts/build-main.mjs',
  'vite.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/** Files in the source folders that the build never reads: the unit tests beside the renderer's modules. */
function isBuildInput(path: string): boolean {
  return !path.endsWith('.test.ts');
}

export type BuildState = { upToDate: true } | { upToDate: false; missing: string } | { upToDate: false; newer: string; than: string };

/** The newest build input under `root`, as a path relative to it, with its modification time. */
function newestInput(root: string, inputs: readonly string[]): { path: string; mtimeMs: number } | undefined {
  let newest: { path: string; mtimeMs: number } | undefined;
  const consider = (path: string, mtimeMs: number): void => {
    if (newest === undefined || mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  };
  for (const input of inputs) {
    const full = join(root, input);
    const stats = statSync(full, { throwIfNoEntry: false });
    if (stats === undefined) continue;
    if (!stats.isDirectory()) {
      consider(input, stats.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(full, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !isBuildInput(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      consider(relative(root, path), statSync(path).mtimeMs);
    }
  }
  return newest;
}

/**
 * Whether the build under `root` is there and newer than every file it was built from. The
 * oldest built file is held against the newest input, so an edit made while a build ran counts
 * as newer too.
 */
export function buildState(root: string, built: readonly string[] = BUILT, inputs: readonly string[] = BUILD_INPUTS): BuildState {
  let oldest: { path: string; mtimeMs: number } | undefined;
  for (const path of built) {
    const stats = statSync(join(root, path), { throwIfNoEntry: false });
    if (stats === undefined) return { upToDate: false, missing: path };
    if (oldest === undefined || stats.mtimeMs < oldest.mtimeMs) oldest = { path, mtimeMs: stats.mtimeMs };
  }
  const newest = newestInput(root, inputs);
  if (oldest === undefined || newest === undefined || newest.mtimeMs <= oldest.mtimeMs) return { upToDate: true };
  return { upToDate: false, newer: newest.path, than: oldest.path };
}

/** The one line said before building again. */
export function whyBuild(state: Exclude<BuildState, { upToDate: true }>): string {
  const reason = 'missing' in state ? `${state.missing} is missing` : `${state.newer} is newer than ${state.than}`;
  return `The tests run the built app, and ${reason}: running npm run build first.`;
}

export default function buildAppIfStale(): void {
  const state = buildState(ROOT);
  if (state.upToDate) return;
  console.log(whyBuild(state));
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) throw new Error('npm run build failed; the tests need the built app.');
}
