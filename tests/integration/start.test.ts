// `npm start` (scripts/start.mjs) where the Electron binary cannot be had, and where one is
// named with ELECTRON_OVERRIDE_DIST_PATH. `--no-build` skips the build: npm test has built
// dist/ already, and the build is not what is tested here.
import { existsSync } from 'node:fs';
import { chmod, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { freePort } from '../support/ports.ts';
import { runNode } from '../support/stand-in-electron.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const ROOT = resolve(import.meta.dirname, '../..');

let folder: Awaited<ReturnType<typeof makeTempFolder>>;

beforeEach(async () => {
  folder = await makeTempFolder('rapport-start-');
});

afterEach(async () => {
  await folder.remove();
});

function start(args: string[]) {
  return runNode(['scripts/start.mjs', '--no-build', ...args], {
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: folder.path },
    timeoutMs: 20_000,
  });
}

describe('npm start', () => {
  // Where the electron package holds its binary (a normal machine), this test would start it
  // instead of fetching, so it runs only where the binary is missing, as on these machines.
  test.skipIf(existsSync(join(ROOT, 'node_modules/electron/dist')))(
    'where the binary cannot be fetched, says why in Swedish: no English line from the installer',
    async () => {
      const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_MIRROR: `http://127.0.0.1:${await freePort()}/`, electron_config_cache: folder.path };
      delete env.ELECTRON_OVERRIDE_DIST_PATH;
      const result = await runNode(['scripts/start.mjs', '--no-build'], { env, timeoutMs: 60_000 });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Electron kunde inte installeras på den här datorn');
      expect(result.stderr).toContain('Hämtningen misslyckades: ingen förbindelse med nedladdningsplatsen (github.com, eller adressen i ELECTRON_MIRROR).');
      expect(result.stderr).not.toMatch(/TypeError|fetch failed/);
    },
    60_000,
  );

  test('without an Electron binary says so in Swedish, points at the browser preview and exits 1, without a stack trace', async () => {
    const result = await start([]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Electron kunde inte installeras på den här datorn (programfilen saknas: ${join(folder.path, 'electron')}).`);
    expect(result.stderr).toContain('Appen går ändå att använda i webbläsaren: npm run preview -- --data <mapp>. Se README.');
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(result.output).not.toMatch(/Error\b/);
  });

  test('with one, starts it on the app folder with the remaining arguments and exits with its code', async () => {
    // A stand-in that says where and with what it was started, and fails in its own way.
    const standIn = join(folder.path, 'electron');
    await writeFile(standIn, '#!/bin/sh\necho "cwd=$(pwd)"\necho "args=$*"\nexit 3\n');
    await chmod(standIn, 0o755);
    const result = await start(['--data=/tmp/rapporter']);
    expect(result.output).toBe(`cwd=${ROOT}\nargs=. --data=/tmp/rapporter\n`);
    expect(result.code).toBe(3);
  });
});
