// Where the app keeps its data and where IT's defaults lie, said once for the app and the
// command line (which reads Inställningar from the same place). The data folder is Electron's
// user-data folder: the application-data folder of the system, then the app's name.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Uppföljningsrapport näringsliv';

/**
 * Where IT deploys default settings for every user of a managed computer (see the README):
 * beside the user-data folders of all users, readable by all, writable by administrators.
 */
export function itDefaultsPath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const file = 'standardinstallningar.json';
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', APP_NAME, file);
  if (platform === 'darwin') return join(`/Library/Application Support/${APP_NAME}`, file);
  return join('/etc/uppfoljningsrapport-naringsliv', file);
}

/** The app's own data folder, as Electron's app.getPath('userData') names it. */
export function defaultDataFolder(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}
