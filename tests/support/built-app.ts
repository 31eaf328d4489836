// Vitest's global setup: the integration tests run the built app (the document worker in
// dist/main/, the renderer in dist/renderer/), as the app itself does. Where nothing is built
// yet, this builds it once and says so, rather than let the tests fail on a missing file.
// `npm test` builds first anyway, so this costs nothing there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = ['dist/main/document-worker.cjs', 'dist/main/receiver.cjs', 'dist/main/cli.cjs', 'dist/renderer/index.html'];

export default function buildAppIfMissing(): void {
  const missing = BUILT.filter((path) => !existsSync(join(ROOT, path)));
  if (missing.length === 0) return;
  console.log(`The tests run the built app, and ${missing.join(', ')} is missing: running npm run build first.`);
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) throw new Error('npm run build failed; the tests need the built app.');
}
