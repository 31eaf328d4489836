// The preview's way of exporting: no dialogs, the document goes to <data>/exports/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportPlatform } from './export-service.ts';

export function exportsFolderPlatform(dataFolder: string): ExportPlatform {
  return {
    async chooseSavePath(suggestedName) {
      const folder = join(dataFolder, 'exports');
      await mkdir(folder, { recursive: true });
      return join(folder, suggestedName);
    },
  };
}
