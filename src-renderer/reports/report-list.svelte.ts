// The list of local reports and the trash, and what is done from the list.
import { nextPeriod } from '../../src-main/report/calendar.ts';
import type { ReportSummary, UnavailableReport } from '../../src-main/report/summary.ts';
import { api, errorMessage } from '../shared/api.ts';
import { NEW_REPORT_BUTTON_ID, openButtonId } from '../shared/field-ids.ts';
import { copyText, text } from '../shared/strings.ts';
import { copies } from '../shared/copies.svelte.ts';
import { navigation } from '../shared/navigation.svelte.ts';
import { notices } from '../shared/notices.svelte.ts';
import { shownOrder } from './report-order.ts';

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

  /** "Duplicera": the copy gets a name of its own, asked for first. */
  duplicate = (id: string): void => {
    copies.nameCopy(copyText.duplicateHeading, async (copyName) => {
      const copy = await api['reports:duplicate']({ id, copyName });
      await this.load();
      focusOpenButton(copy.id);
    });
  };

  /** Creates next period's report from this one and opens it; says so if that report exists. */
  carryOver = async (id: string): Promise<void> => {
    const source = this.reports.find((report) => report.id === id);
    if (!source) return;
    try {
      await copies.runOrAsk(
        async (copyName) => {
          const next = await api['reports:carry-over']({ id, ...(copyName ? { copyName } : {}) });
          navigation.openReport(next.id);
        },
        { committee: source.committee, ...nextPeriod(source) },
      );
    } catch (error) {
      notices.error(errorMessage(error));
    }
  };

  /** The focus goes to the next report's row as the list shows it (the one before, for the last; else "Ny rapport"). */
  moveToTrash = async (id: string): Promise<void> => {
    const shown = shownOrder(this.reports);
    const index = shown.findIndex((report) => report.id === id);
    const neighbour = shown[index + 1] ?? shown[index - 1];
    if (await this.#run(() => api['reports:trash']({ id }))) notices.info(text.movedToTrash);
    focusOpenButton(neighbour?.id);
  };

  restore = async (id: string): Promise<void> => {
    if (await this.#run(() => api['trash:restore']({ id }))) notices.info(text.restored);
    focusOpenButton(id);
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

/** After the list is drawn: the report's "Öppna" button, or "Ny rapport" when there is none. */
export function focusOpenButton(reportId: string | undefined): void {
  requestAnimationFrame(() => {
    const target = (reportId !== undefined ? document.getElementById(openButtonId(reportId)) : null) ?? document.getElementById(NEW_REPORT_BUTTON_ID);
    target?.focus();
  });
}

export const reportList = new ReportList();
