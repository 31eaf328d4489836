// App-wide rules from Electron's security checklist: no navigation away from the app, no new
// windows, no permissions (camera, notifications, ...), no webviews.
import { app, session, shell } from 'electron';
import { isAppUrl } from './protocol.ts';

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
      // A link to the city's web pages opens in the user's browser, and a mailto: link (the
      // e-mail fallback) in the mail program; nothing opens inside the app.
      if (url.startsWith('https://') || url.startsWith('mailto:')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
