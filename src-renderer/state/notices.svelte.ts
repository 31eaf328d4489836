// Messages the user must see: recovered files, failed actions, confirmations.
export interface Notice {
  id: number;
  kind: 'info' | 'error';
  message: string;
}

class Notices {
  items = $state<Notice[]>([]);
  #nextId = 1;

  info = (message: string): void => {
    this.items.push({ id: this.#nextId++, kind: 'info', message });
  };

  error = (message: string): void => {
    this.items.push({ id: this.#nextId++, kind: 'error', message });
  };

  dismiss = (id: number): void => {
    this.items = this.items.filter((notice) => notice.id !== id);
  };
}

export const notices = new Notices();
