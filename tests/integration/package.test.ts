// The package `npm run dist` builds, as far as it can be built here: electron-builder's real
// `--dir` build with the project's electron-builder.yml, but with a stand-in for the Electron
// binary (which cannot be downloaded on this machine). What lands in app.asar, what stays
// beside it and which fuses are flipped is electron-builder's own work, checked as it is.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asar, ELECTRON_DEFAULT_FUSES, readFuses, runNode, writeStandInElectronDist } from '../support/stand-in-electron.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ELECTRON_BUILDER_CLI = join(ROOT, 'node_modules/electron-builder/cli.js');

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let standInDist: string;
let appOutDir: string;
let archive: string;

beforeAll(async () => {
  folder = await makeTempFolder('rapport-package-');
  standInDist = join(folder.path, 'electron-dist');
  await mkdir(standInDist);
  await writeStandInElectronDist(standInDist);
  const output = join(folder.path, 'release');
  // `--dir` makes no installer, and `electronDist` is a local folder: nothing to download.
  const built = await runNode(
    [ELECTRON_BUILDER_CLI, '--dir', '--linux', '--x64', '--publish', 'never', `--config.electronDist=${standInDist}`, `--config.directories.output=${output}`],
    { timeoutMs: 50_000 },
  );
  expect(built.code, built.output).toBe(0);
  appOutDir = join(output, 'linux-unpacked');
  archive = join(appOutDir, 'resources/app.asar');
}, 60_000);

afterAll(async () => {
  await folder.remove();
});

/** Every file (not folder) in app.asar, as paths relative to the app, also the unpacked ones. */
function filesInArchive(): string[] {
  return asar
    .listPackage(archive, { isPack: false })
    .map((entry) => entry.replace(/^\//, ''))
    .filter((entry) => asar.statFile(archive, entry).files === undefined)
    .sort();
}

async function sha256Of(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

async function filesUnder(folderPath: string, relativeTo = ROOT): Promise<string[]> {
  const entries = await readdir(folderPath, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(relativeTo, join(entry.parentPath, entry.name)));
}

describe('app.asar', () => {
  test('holds the bundled main process, preload, document worker, the built renderer and package.json, and nothing else', async () => {
    const renderer = await filesUnder(join(ROOT, 'dist/renderer'));
    expect(renderer).toEqual(expect.arrayContaining(['dist/renderer/index.html', expect.stringMatching(/^dist\/renderer\/assets\/index-.*\.js$/)]));
    expect(filesInArchive()).toEqual(['dist/main/document-worker.cjs', 'dist/main/main.cjs', 'dist/main/preload.cjs', ...renderer, 'package.json'].sort());
  });

  test('carries no sources, tests, source maps, node_modules, command line or receiver', () => {
    const leaks = filesInArchive().filter((path) => /(^|\/)(src-main|src-renderer|tests|node_modules)\//.test(path) || /\.(ts|svelte|map)$/.test(path));
    expect(leaks).toEqual([]);
    expect(filesInArchive()).not.toContain('dist/main/cli.cjs');
    expect(filesInArchive()).not.toContain('dist/main/receiver.cjs');
  });

  test('its package.json starts the bundled main process and lists no packages to install', () => {
    const packageJson = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(packageJson).toMatchObject({ name: 'uppfoljningsrapport-naringsliv', main: 'dist/main/main.cjs' });
    expect(packageJson).not.toHaveProperty('dependencies');
    expect(packageJson).not.toHaveProperty('devDependencies');
  });

  test('the document worker sits unpacked beside it, where a worker thread can start it', async () => {
    expect(asar.statFile(archive, 'dist/main/document-worker.cjs').unpacked).toBe(true);
    expect(asar.statFile(archive, 'dist/main/main.cjs').unpacked).toBeFalsy();
    const unpackedFolder = join(appOutDir, 'resources/app.asar.unpacked');
    expect(await filesUnder(unpackedFolder, unpackedFolder)).toEqual(['dist/main/document-worker.cjs']);
    expect(await sha256Of(join(unpackedFolder, 'dist/main/document-worker.cjs'))).toBe(await sha256Of(join(ROOT, 'dist/main/document-worker.cjs')));
  });
});

describe('the packaged executable', () => {
  test('has Electron’s fuses flipped: no Node mode, no NODE_OPTIONS or --inspect, only app.asar with its integrity checked, encrypted cookies', async () => {
    expect(await readFuses(join(standInDist, 'electron'))).toEqual(Object.fromEntries(ELECTRON_DEFAULT_FUSES));
    expect(await readFuses(join(appOutDir, 'uppfoljningsrapport-naringsliv'))).toEqual({
      runAsNode: 'disabled',
      enableCookieEncryption: 'enabled',
      enableNodeOptionsEnvironmentVariable: 'disabled',
      enableNodeCliInspectArguments: 'disabled',
      enableEmbeddedAsarIntegrityValidation: 'enabled',
      onlyLoadAppFromAsar: 'enabled',
      // Not configured: left as Electron ships it.
      loadBrowserProcessSpecificV8Snapshot: 'disabled',
      // The app's pages come from app://, never file://.
      grantFileProtocolExtraPrivileges: 'disabled',
    });
  });
});
