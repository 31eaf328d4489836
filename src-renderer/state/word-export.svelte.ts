// "Exportera till Word" and "Exportera utkast": pending edits are saved first, so the file
// holds what is on screen.
import { api, errorMessage } from '../lib/api.ts';
import { text } from '../lib/strings.ts';
import { editor } from './editor.svelte.ts';
import { notices, type NoticeAction } from './notices.svelte.ts';

class WordExport {
  busy = $state(false);

  run = async (reportId: string): Promise<void> => {
    this.busy = true;
    try {
      await editor.flush();
      const exported = await api['export:docx']({ id: reportId });
      if (exported === null) return;
      exported.notices.forEach(notices.error);
      const { path } = exported;
      const actions: NoticeAction[] = exported.canOpen
        ? [
            { label: text.openDocument, run: () => void api['export:open']({ path }).catch((error: unknown) => notices.error(errorMessage(error))) },
            { label: text.showInFolder, run: () => void api['export:reveal']({ path }).catch((error: unknown) => notices.error(errorMessage(error))) },
          ]
        : [];
      notices.info(`${text.exported} ${path}`, actions);
    } catch (error) {
      notices.error(errorMessage(error));
    } finally {
      this.busy = false;
    }
  };

  /** "Exportera utkast": the report as one file, to import on another laptop. */
  exportDraft = async (reportId: string): Promise<void> => {
    this.busy = true;
    try {
      await editor.flush();
      const exported = await api['drafts:export']({ id: reportId });
      if (exported === null) return;
      exported.notices.forEach(notices.error);
      notices.info(`${text.draftExported} ${exported.path}`);
    } catch (error) {
      notices.error(errorMessage(error));
    } finally {
      this.busy = false;
    }
  };
}

export const wordExport = new WordExport();
