// The main window: locked down (context isolation, sandbox, no Node), and it asks the
// renderer to save pending edits before it closes.
import { BrowserWindow, ipcMain } from 'electron';
import { join } from 'node:path';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../ipc/channels.ts';
import { APP_ENTRY } from './protocol.ts';

// Long enough for a save of a large report on a slow disk, short enough not to hang a quit.
const FLUSH_TIMEOUT_MS = 3_000;

export function createMainWindow(mainFolder: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 900,
    minWidth: 720,
    minHeight: 500,
    title: 'Uppföljningsrapport näringsliv',
    show: false,
    webPreferences: {
      preload: join(mainFolder, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      // A middle click (auxclick) is one more way for a page to open a new window; the app
      // needs none, so it is off rather than left to the window-open handler alone.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.webContents.session.setSpellCheckerLanguages(['sv-SE']);
  window.once('ready-to-show', () => window.show());
  flushBeforeClose(window);
  void window.loadURL(APP_ENTRY);
  return window;
}

function flushBeforeClose(window: BrowserWindow): void {
  let flushed = false;
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    const finish = (): void => {
      if (flushed) return;
      flushed = true;
      ipcMain.removeListener(FLUSH_DONE_CHANNEL, onDone);
      window.close();
    };
    const onDone = (doneEvent: Electron.IpcMainEvent): void => {
      if (doneEvent.sender === window.webContents) finish();
    };
    ipcMain.on(FLUSH_DONE_CHANNEL, onDone);
    setTimeout(finish, FLUSH_TIMEOUT_MS);
    window.webContents.send(FLUSH_REQUEST_CHANNEL);
  });
}
