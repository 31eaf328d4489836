// When the tests that run the built app build it again first (tests/support/built-app.ts): on a
// folder laid out like the project, with files whose modification times are set.
import { existsSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BUILD_INPUTS, BUILT, buildState, whyBuild } from '../support/built-app.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES_AT = new Date('2026-11-02T09:00:00Z');
const BUILT_AT = new Date('2026-11-02T10:00:00Z');
const LATER = new Date('2026-11-02T11:00:00Z');

let folder: Awaited<ReturnType<typeof makeTempFolder>>;

async function writeAt(path: string, time: Date): Promise<void> {
  const full = join(folder.path, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, '');
  await utimes(full, time, time);
}

beforeEach(async () => {
  folder = await makeTempFolder('rapport-build-state-');
  const sources = [
    'src-main/docx/write-document.ts',
    'src-main/report/model.ts',
    'src-renderer/main.ts',
    'src-renderer/editor/draft.svelte.ts',
    'src-renderer/editor/draft.test.ts',
    'resources/form/template.json',
    'scripts/build-main.mjs',
    'vite.config.ts',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
    'tests/unit/model.test.ts',
    'docs/development.md',
  ];
  for (const path of sources) await writeAt(path, SOURCES_AT);
  for (const path of BUILT) await writeAt(path, BUILT_AT);
});

afterEach(async () => {
  await folder.remove();
});

describe('the build the tests run', () => {
  test('is up to date when every built file is newer than every input', () => {
    expect(buildState(folder.path)).toEqual({ upToDate: true });
  });

  test('is missing when one built file is not there', async () => {
    await folder.remove();
    folder = await makeTempFolder('rapport-build-state-');
    for (const path of BUILT.filter((path) => path !== 'dist/main/cli.cjs')) await writeAt(path, BUILT_AT);
    expect(buildState(folder.path)).toEqual({ upToDate: false, missing: 'dist/main/cli.cjs' });
  });

  test('is stale after an edit deep in a source folder, and names the file and the oldest built file', async () => {
    await writeAt('dist/renderer/index.html', new Date('2026-11-02T09:30:00Z'));
    await writeAt('src-main/docx/write-document.ts', new Date('2026-11-02T09:45:00Z'));
    expect(buildState(folder.path)).toEqual({ upToDate: false, newer: 'src-main/docx/write-document.ts', than: 'dist/renderer/index.html' });
  });

  test.each(['src-renderer/editor/draft.svelte.ts', 'resources/form/template.json', 'scripts/build-main.mjs', 'vite.config.ts', 'package-lock.json'])(
    'is stale when %s is newer than the build',
    async (path) => {
      await writeAt(path, LATER);
      expect(buildState(folder.path)).toMatchObject({ upToDate: false, newer: path });
    },
  );

  test.each(['src-renderer/editor/draft.test.ts', 'tests/unit/model.test.ts', 'docs/development.md'])(
    'stays up to date when only %s, which the build does not read, is newer',
    async (path) => {
      await writeAt(path, LATER);
      expect(buildState(folder.path)).toEqual({ upToDate: true });
    },
  );

  test('says why in one line', () => {
    const line = whyBuild({ upToDate: false, newer: 'src-main/docx/write-document.ts', than: 'dist/main/cli.cjs' });
    expect(line).toBe('The tests run the built app, and src-main/docx/write-document.ts is newer than dist/main/cli.cjs: running npm run build first.');
    expect(whyBuild({ upToDate: false, missing: 'dist/main/cli.cjs' })).not.toContain('\n');
  });

  test('looks at inputs that exist in the project', () => {
    expect(BUILD_INPUTS.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });
});
