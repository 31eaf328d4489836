// Messages the user must see: recovered files, failed actions, confirmations, and what to do
// next (a finished export offers to open the document). A notice that is the outcome of what
// the user just did can take the keyboard focus, so its actions are the next Tab away.
import { tick } from 'svelte';

export interface NoticeAction {
  label: string;
  run: () => void;
}

interface Notice {
  id: number;
  kind: 'info' | 'error';
  message: string;
  actions: NoticeAction[];
}

/** The element id of a notice, for moving the focus to it. */
export function noticeElementId(id: number): string {
  return `notice-${id}`;
}

class Notices {
  items = $state<Notice[]>([]);
  #nextId = 1;

  /** The same news again ("Inställningarna sparades.") replaces the one already shown rather than piling up. */
  info = (message: string, actions: NoticeAction[] = []): number => {
    const id = this.#nextId++;
    this.items = [...this.items.filter((notice) => notice.kind !== 'info' || notice.message !== message), { id, kind: 'info', message, actions }];
    return id;
  };

  error = (message: string): number => {
    const id = this.#nextId++;
    this.items.push({ id, kind: 'error', message, actions: [] });
    return id;
  };

  dismiss = (id: number): void => {
    this.items = this.items.filter((notice) => notice.id !== id);
  };

  /**
   * "×" on a notice: it goes, and the focus with it would fall to the page itself. It goes to
   * the notice after it, else the one before, else the screen's heading.
   */
  close = async (id: number): Promise<void> => {
    const index = this.items.findIndex((notice) => notice.id === id);
    const neighbour = this.items[index + 1] ?? this.items[index - 1];
    this.dismiss(id);
    await tick();
    const target = neighbour ? document.getElementById(noticeElementId(neighbour.id)) : document.querySelector<HTMLElement>('main h1');
    if (target === null) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };

  /** Once the notice is drawn, the focus goes to it. */
  focus = async (id: number): Promise<void> => {
    await tick();
    document.getElementById(noticeElementId(id))?.focus();
  };
}

export const notices = new Notices();
