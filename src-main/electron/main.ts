// The Electron entry point: one instance, a locked-down window, the services over IPC, and
// every pending save flushed before the app quits.
import { app, powerMonitor, type BrowserWindow } from 'electron';
import { join, resolve, sep } from 'node:path';
import { readFileBounded } from '../files/read-bounded.ts';
import { BUNDLED_QUESTION_SETS } from '../form/bundled-question-sets.ts';
import { createServices } from '../services.ts';
import { APP_NAME, itDefaultsPath } from '../settings/app-folders.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import { electronConnection, trustItCertificateAuthority } from './electron-connection.ts';
import { electronExportPlatform } from './export-platform.ts';
import { safeStorageSecrets } from './safe-storage.ts';
import { registerIpc } from './ipc.ts';
import { installMenu } from './menu.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { applySecurityPolicy } from './security.ts';
import { createMainWindow } from './window.ts';

const MAIN_FOLDER = __dirname;
const RENDERER_FOLDER = join(MAIN_FOLDER, '../renderer');

/** `--data=<folder>` keeps the drafts somewhere else than the user-data folder (tests, USB sticks). */
function dataFolderFromArguments(argv: string[]): string | undefined {
  const flag = argv.find((argument) => argument.startsWith('--data='));
  return flag ? resolve(flag.slice('--data='.length)) : undefined;
}

/** IT's CA file for the receiver, where its defaults name one (the system's store is used anyway). */
async function trustReceiverCa(settings: SettingsService): Promise<void> {
  const caFile = (await settings.effective()).receiverCaFile;
  if (caFile === undefined || caFile.trim() === '') return;
  try {
    trustItCertificateAuthority((await readFileBounded(caFile, 1024 * 1024)).toString('utf8'));
  } catch (error) {
    console.error(`Certifikatfilen ${caFile} kunde inte läsas: ${error instanceof Error ? error.message : String(error)}`);
  }
}

app.setName(APP_NAME);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();

  const dataFolder = dataFolderFromArguments(process.argv) ?? app.getPath('userData');
  let mainWindow: BrowserWindow | undefined;
  const services = createServices({
    dataFolder,
    // A worker thread cannot start from inside app.asar; the packaged worker sits unpacked.
    documentWorkerPath: join(MAIN_FOLDER, 'document-worker.cjs').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`),
    exportPlatform: electronExportPlatform(() => mainWindow),
    itDefaultsPath: itDefaultsPath(),
    connection: electronConnection(),
    secrets: safeStorageSecrets(),
    appVersion: app.getVersion(),
    questionSets: BUNDLED_QUESTION_SETS,
  });

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    applySecurityPolicy();
    void trustReceiverCa(services.settings);
    installMenu(() => services.supportInfo());
    serveRenderer(RENDERER_FOLDER);
    registerIpc(services.handlers);
    mainWindow = createMainWindow(MAIN_FOLDER);
    // After sleep the network is usually back: versions waiting in the outbox go at once.
    powerMonitor.on('resume', () => void services.outbox.retryAll());
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
  });

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitting = true;
    void services.close().finally(() => app.quit());
  });

  app.on('window-all-closed', () => app.quit());
}
