// Messages the user must see: recovered files, failed actions, confirmations, and what to do
// next (a finished export offers to open the document).
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

class Notices {
  items = $state<Notice[]>([]);
  #nextId = 1;

  info = (message: string, actions: NoticeAction[] = []): void => {
    this.items.push({ id: this.#nextId++, kind: 'info', message, actions });
  };

  error = (message: string): void => {
    this.items.push({ id: this.#nextId++, kind: 'error', message, actions: [] });
  };

  dismiss = (id: number): void => {
    this.items = this.items.filter((notice) => notice.id !== id);
  };
}

export const notices = new Notices();
