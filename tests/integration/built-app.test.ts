// What `npm run build` writes, where the package and the window look for it: this reads
// dist/, so it runs after the build (tests/support/built-app.ts), not with the unit tests.
import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildState } from '../support/built-app.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the built app', () => {
  test('main, preload and renderer sit where main.ts and the window expect them', async () => {
    for (const file of ['dist/main/main.cjs', 'dist/main/preload.cjs', 'dist/renderer/index.html']) {
      await expect(access(resolve(ROOT, file))).resolves.toBeUndefined();
    }
  });

  test('the sandboxed preload requires nothing but electron', async () => {
    const preload = await readFile(resolve(ROOT, 'dist/main/preload.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});

describe('the build the tests run', () => {
  test('is newer than every file it is built from, so the setup that built it (or npm test) does not build again', () => {
    expect(buildState(ROOT)).toEqual({ upToDate: true });
  });
});
