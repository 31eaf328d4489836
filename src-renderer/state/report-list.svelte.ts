// The list of local reports and the trash.
import type { ReportSummary, UnavailableReport } from '../../src-main/report/summary.ts';
import { api, errorMessage } from '../lib/api.ts';
import { text } from '../lib/strings.ts';
import { navigation } from './navigation.svelte.ts';
import { notices } from './notices.svelte.ts';

class ReportList {
  reports = $state<ReportSummary[]>([]);
  /** Files in the reports folder that could not be read, with what the app did about them. */
  unavailable = $state<UnavailableReport[]>([]);
  trash = $state<ReportSummary[]>([]);
  loaded = $state(false);

  load = async (): Promise<void> => {
    try {
      const [listing, trash] = await Promise.all([api['reports:list']({}), api['trash:list']({})]);
      this.reports = listing.reports;
      this.unavailable = listing.unavailable;
      this.trash = trash;
      listing.notices.forEach(notices.error);
    } catch (error) {
      notices.error(errorMessage(error));
    }
    this.loaded = true;
  };

  duplicate = async (id: string): Promise<void> => {
    await this.#run(() => api['reports:duplicate']({ id }));
  };

  /** Creates next period's report from this one and opens it. */
  carryOver = async (id: string): Promise<void> => {
    try {
      const next = await api['reports:carry-over']({ id });
      navigation.openReport(next.id);
    } catch (error) {
      notices.error(errorMessage(error));
    }
  };

  moveToTrash = async (id: string): Promise<void> => {
    if (await this.#run(() => api['reports:trash']({ id }))) notices.info(text.movedToTrash);
  };

  restore = async (id: string): Promise<void> => {
    if (await this.#run(() => api['trash:restore']({ id }))) notices.info(text.restored);
  };

  async #run(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      return true;
    } catch (error) {
      notices.error(errorMessage(error));
      return false;
    } finally {
      await this.load();
    }
  }
}

export const reportList = new ReportList();
