// What a notice about a written file offers: "Öppna" and "Visa i mappen", where the platform
// can (the app; not the preview). A failure to open is told in a notice of its own.
import { api, errorMessage } from './api.ts';
import { text } from './strings.ts';
import { notices, type NoticeAction } from './notices.svelte.ts';

function fileAction(label: string, act: () => Promise<unknown>): NoticeAction {
  return { label, run: () => void act().catch((error: unknown) => notices.error(errorMessage(error))) };
}

export function openFileAction(path: string): NoticeAction {
  return fileAction(text.openDocument, () => api['export:open']({ path }));
}

export function showInFolderAction(path: string): NoticeAction {
  return fileAction(text.showInFolder, () => api['export:reveal']({ path }));
}
