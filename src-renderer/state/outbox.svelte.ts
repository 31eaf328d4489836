// The outbox as the user sees it: each version waiting, being sent, sent (with its receipt),
// failing (why, and when it is tried next) or refused. While anything is still on its way
// the list is read again every few seconds; when the network returns, everything waiting is
// tried at once.
import type { OutboxItem } from '../../src-main/outbox/outbox-entry.ts';
import { api, errorMessage } from '../lib/api.ts';
import { notices } from './notices.svelte.ts';

const POLL_MS = 2_000;

class Outbox {
  items = $state<OutboxItem[]>([]);
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    window.addEventListener('online', () => void this.retryAll());
  }

  load = async (): Promise<void> => {
    clearTimeout(this.#timer);
    try {
      this.items = await api['outbox:list']({});
    } catch (error) {
      notices.error(errorMessage(error));
      return;
    }
    if (this.items.some((item) => item.state !== 'sent' && item.state !== 'rejected')) this.#timer = setTimeout(() => void this.load(), POLL_MS);
  };

  /** The newest version of this report in the outbox. */
  latestFor = (reportId: string): OutboxItem | undefined => this.items.find((item) => item.reportId === reportId);

  retry = (entryId: string): Promise<void> => this.#run(() => api['outbox:retry']({ entryId }));

  retryAll = (): Promise<void> => this.#run(() => api['outbox:retry-all']({}));

  withdraw = (entryId: string): Promise<void> => this.#run(() => api['outbox:withdraw']({ entryId }));

  async #run(action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
    } catch (error) {
      notices.error(errorMessage(error));
    }
    await this.load();
  }
}

export const outbox = new Outbox();
