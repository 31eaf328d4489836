// App-wide rules from Electron's security checklist: no navigation away from the app, no new
// windows, no permissions (camera, notifications, ...), no webviews.
import { app, session, shell } from 'electron';
import { isAppUrl } from './protocol.ts';

function isMailtoLink(url: string): boolean {
  try {
    return new URL(url).protocol === 'mailto:';
  } catch {
    return false;
  }
}

export function applySecurityPolicy(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // The one address the app itself offers to open is a mailto: link (the e-mail fallback),
      // in the mail program. Nothing else is handed to the system, so a page that found its
      // way into the window cannot open a web address or a program through the app; nothing
      // opens inside the app either.
      if (isMailtoLink(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
