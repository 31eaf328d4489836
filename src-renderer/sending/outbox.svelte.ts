// The outbox as the user sees it: each version waiting, being sent, sent (with its receipt),
// failing (why, and when it is tried next) or refused. While anything is still on its way
// the list is read again every few seconds, and whoever follows it hears of each change; when
// the network returns, everything waiting is tried at once.
import type { OutboxItem } from '../../src-main/outbox/outbox-entry.ts';
import { api, errorMessage } from '../shared/api.ts';
import { notices } from '../shared/notices.svelte.ts';

const POLL_MS = 2_000;

/** What the rest of the screen shows of an item: a change of any of these is a change to follow. */
function itemStates(items: readonly OutboxItem[]): string {
  return items.map((item) => `${item.id}:${item.state}:${item.receipt ?? ''}`).join('|');
}

class Outbox {
  items = $state<OutboxItem[]>([]);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #listeners = new Set<() => void>();

  constructor() {
    window.addEventListener('online', () => void this.retryAll());
  }

  load = async (): Promise<void> => {
    clearTimeout(this.#timer);
    const before = itemStates(this.items);
    try {
      this.items = await api['outbox:list']({});
    } catch (error) {
      notices.error(errorMessage(error));
      return;
    }
    if (itemStates(this.items) !== before) for (const listener of this.#listeners) listener();
    if (this.items.some((item) => item.state !== 'sent' && item.state !== 'rejected')) this.#timer = setTimeout(() => void this.load(), POLL_MS);
  };

  /**
   * Called whenever a version changes state (sent, failing, withdrawn), so what else shows
   * it (the report's row in Mina rapporter) follows at once. Returns the way to stop.
   */
  onChange = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
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
