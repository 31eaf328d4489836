// Bundles the main process, the preload and the document worker into CommonJS files for
// Electron. The preload runs sandboxed, so it must be a single file that requires nothing
// but 'electron'. The document worker runs Word export and import off the main event loop;
// the command line runs beside it.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: ROOT,
};

const ENTRIES = {
  'dist/main/main.cjs': 'src-main/electron/main.ts',
  'dist/main/preload.cjs': 'src-main/electron/preload.ts',
  'dist/main/document-worker.cjs': 'src-main/document-worker.ts',
  'dist/main/cli.cjs': 'src-main/cli.ts',
  'dist/main/receiver.cjs': 'src-main/receiver/main.ts',
};

export async function buildMainProcess() {
  await Promise.all(Object.entries(ENTRIES).map(([outfile, entry]) => build({ ...shared, entryPoints: [entry], outfile })));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildMainProcess();
