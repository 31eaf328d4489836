// "Exportera till Word" and "Exportera utkast": pending edits are saved first, so the file
// holds what is on screen. The notice saying where the file is takes the focus: its buttons
// ("Öppna", "Visa i mappen") are the next Tab away, and the button pressed is disabled meanwhile.
import { api } from '../shared/api.ts';
import { text } from '../shared/strings.ts';
import { findingsLeft } from './editor-strings.ts';
import { findingsToFix, reviewReport } from '../../src-main/report/review.ts';
import { BusyAction } from '../shared/busy-action.svelte.ts';
import { editor } from './editor.svelte.ts';
import { openFileAction, showInFolderAction } from '../shared/file-actions.ts';
import { notices } from '../shared/notices.svelte.ts';

class WordExport {
  readonly #action = new BusyAction();

  get busy(): boolean {
    return this.#action.busy;
  }

  run = (reportId: string): Promise<void> =>
    this.#action.run(async () => {
      await editor.flush();
      const exported = await api['export:docx']({ id: reportId });
      if (exported === null) return;
      exported.notices.forEach(notices.error);
      const { path } = exported;
      const actions = exported.canOpen ? [openFileAction(path), showInFolderAction(path)] : [];
      // Findings never stop an export; the user hears how many are left.
      const left = editor.report ? findingsToFix(reviewReport(editor.report)).length : 0;
      await notices.focus(notices.info(`${text.exported} ${path}${left > 0 ? ` ${findingsLeft(left)}` : ''}`, actions));
    });

  /** "Exportera utkast": the report as one file, to import on another laptop. */
  exportDraft = (reportId: string): Promise<void> =>
    this.#action.run(async () => {
      await editor.flush();
      const exported = await api['drafts:export']({ id: reportId });
      if (exported === null) return;
      exported.notices.forEach(notices.error);
      await notices.focus(notices.info(`${text.draftExported} ${exported.path}`));
    });
}

export const wordExport = new WordExport();
