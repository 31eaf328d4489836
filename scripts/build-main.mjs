// Bundles the main process and the preload into CommonJS files for Electron. The preload
// runs sandboxed, so it must be a single file that requires nothing but 'electron'.
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

await build({ ...shared, entryPoints: ['src-main/electron/main.ts'], outfile: 'dist/main/main.cjs' });
await build({ ...shared, entryPoints: ['src-main/electron/preload.ts'], outfile: 'dist/main/preload.cjs' });
