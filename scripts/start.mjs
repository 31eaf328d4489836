// `npm start [-- <arguments for the app>]`: builds the app, then starts it with Electron.
// Electron's npm package fetches its binary the first time it is started; where that cannot
// be done (no internet but the npm registry), this says so in Swedish, points at the browser
// preview, and exits 1 without a stack trace.
//
// `--no-build` skips the build (the tests use it; `dist/` must already be built).
// ELECTRON_OVERRIDE_DIST_PATH, as for the electron package itself, names a folder holding an
// Electron binary to use instead of the package's own; nothing is fetched then.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build as buildRenderer } from 'vite';
import { buildMainProcess } from './build-main.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const ELECTRON_PACKAGE = join(ROOT, 'node_modules/electron');

// Where the electron package puts its binary in its dist folder (its install.js).
const EXECUTABLE_IN_DIST = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

/** The binary the electron package would start, found the way its index.js finds it. */
function electronBinaryPath() {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  const inDist = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : (EXECUTABLE_IN_DIST[process.platform] ?? 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  return override ? join(override, inDist) : join(ELECTRON_PACKAGE, 'dist', inDist);
}

/** Fetches the binary with the electron package's own installer; returns why it failed, if it did. */
function fetchElectron() {
  console.error('Hämtar Electron …');
  const installer = spawnSync(process.execPath, [join(ELECTRON_PACKAGE, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  const firstLine = (installer.stderr ?? '').split('\n').find((line) => line.trim() !== '');
  return installer.status === 0 ? undefined : (firstLine ?? installer.error?.message ?? `avslutades med ${installer.status}`);
}

/** Why the installer failed, in Swedish: its own first line is English ("TypeError: fetch failed"). */
function fetchFailureInSwedish(reason) {
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket hang up/i.test(reason)) {
    return 'ingen förbindelse med nedladdningsplatsen (github.com, eller adressen i ELECTRON_MIRROR).';
  }
  const status = /\b(?:HTTPError|Response code|status(?: code)?)\D{0,12}(\d{3})\b/i.exec(reason)?.[1];
  if (status !== undefined) return `nedladdningsplatsen svarade med felkod ${status}.`;
  if (/checksum|sha256/i.test(reason)) return 'den hämtade filen stämde inte med sin kontrollsumma.';
  if (/ENOSPC/.test(reason)) return 'disken är full.';
  if (/EACCES|EPERM/.test(reason)) return 'appen får inte skriva i mappen node_modules/electron.';
  return `Electrons installationsprogram avbröts (dess eget felmeddelande: "${reason}").`;
}

function explainMissingElectron(binary, reason) {
  console.error(
    `Electron kunde inte installeras på den här datorn (programfilen saknas: ${binary}). ` +
      'Appen går ändå att använda i webbläsaren: npm run preview -- --data <mapp>. Se README.',
  );
  if (reason !== undefined) console.error(`Hämtningen misslyckades: ${fetchFailureInSwedish(reason)}`);
}

function startElectron(binary, appArguments) {
  const child = spawn(binary, ['.', ...appArguments], { cwd: ROOT, stdio: 'inherit', windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Electron kunde inte startas (${binary}): ${error.message}`);
    process.exit(1);
  });
  child.on('close', (code, signal) => {
    if (signal !== null) console.error(`Electron avslutades av signalen ${signal}.`);
    process.exit(code ?? 1);
  });
}

async function main() {
  const skipBuild = process.argv.includes('--no-build');
  const appArguments = process.argv.slice(2).filter((argument) => argument !== '--no-build');
  // vite.config.ts names the renderer's folder relative to the working folder, as `npm run build` runs it.
  process.chdir(ROOT);
  if (!skipBuild) {
    await buildRenderer({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
    await buildMainProcess();
  }
  const binary = electronBinaryPath();
  let reason;
  // Like the electron package: fetch a missing binary, unless a folder of one's own is named.
  if (!existsSync(binary) && process.env.ELECTRON_OVERRIDE_DIST_PATH === undefined) reason = fetchElectron();
  if (!existsSync(binary)) {
    explainMissingElectron(binary, reason);
    process.exit(1);
  }
  startElectron(binary, appArguments);
}

await main();
