// Export in the app: a Swedish save dialog, then open the document or show it in its folder.
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { AppError } from '../errors/app-error.ts';
import type { ExportPlatform } from '../export/export-service.ts';

export function electronExportPlatform(window: () => BrowserWindow | undefined): ExportPlatform {
  return {
    async chooseSavePath(suggestedName, kind) {
      const options = {
        title: kind === 'docx' ? 'Exportera till Word' : 'Exportera utkast',
        buttonLabel: 'Spara',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: kind === 'docx' ? [{ name: 'Word-dokument', extensions: ['docx'] }] : [{ name: 'Rapportfil', extensions: ['json'] }],
      };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
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
