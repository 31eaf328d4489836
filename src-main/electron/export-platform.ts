// Export in the app: a Swedish save dialog, then open the document or show it in its folder;
// and the folder dialog the coordinator chooses folders of received reports with.
import { app, dialog, shell, type BrowserWindow, type FileFilter } from 'electron';
import { join } from 'node:path';
import { AppError } from '../errors/app-error.ts';
import type { ExportPlatform, SaveKind } from '../export/export-service.ts';

const SAVE_DIALOGS: Record<SaveKind, { title: string; filters: FileFilter[] }> = {
  docx: { title: 'Exportera till Word', filters: [{ name: 'Word-dokument', extensions: ['docx'] }] },
  report: { title: 'Exportera utkast', filters: [{ name: 'Rapportfil', extensions: ['json'] }] },
  email: { title: 'Spara e-postutkast', filters: [{ name: 'E-postmeddelande', extensions: ['eml'] }] },
  xlsx: { title: 'Spara som Excel', filters: [{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }] },
};

export function electronExportPlatform(window: () => BrowserWindow | undefined): ExportPlatform {
  return {
    async chooseSavePath(suggestedName, kind) {
      const options = {
        title: SAVE_DIALOGS[kind].title,
        buttonLabel: 'Spara',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: SAVE_DIALOGS[kind].filters,
      };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    async chooseFolder() {
      const options = { title: 'Välj mapp med inkomna rapporter', buttonLabel: 'Välj mapp', properties: ['openDirectory' as const] };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    async openFile(path) {
      const problem = await shell.openPath(path);
      if (problem !== '') throw new AppError('unexpected', `Filen kunde inte öppnas: ${problem}`);
    },
    async showInFolder(path) {
      shell.showItemInFolder(path);
    },
    async openExternal(url) {
      if (!url.startsWith('mailto:')) throw new AppError('invalid-request', 'Bara e-postlänkar öppnas härifrån.');
      await shell.openExternal(url);
    },
  };
}
