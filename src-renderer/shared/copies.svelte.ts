// One report for each organisation and period. When an action would make a second one, the
// user is told, and chooses: open the one there is, or make a copy with a name of its own.
// "Duplicera" always asks for the copy's name.
import { reportSlot } from '../../src-main/report/organisation.ts';
import type { ReportSummary } from '../../src-main/report/summary.ts';
import { api, errorCode } from './api.ts';
import { copyText } from './strings.ts';
import { navigation } from './navigation.svelte.ts';

interface CopyRequest {
  heading: string;
  message: string;
  /** The report already there, when there is one to open instead. */
  existingId: string | undefined;
  /** Makes the copy; a failure is shown in the dialog. */
  make: (copyName: string) => Promise<void>;
}

function slotOfSummary(summary: ReportSummary): string | undefined {
  return reportSlot({ header: { committee: summary.committee }, period: summary.period, year: summary.year, copyName: summary.copyName });
}

class Copies {
  request = $state<CopyRequest | null>(null);

  /** "Duplicera": asks for the copy's name first. */
  nameCopy = (heading: string, make: (copyName: string) => Promise<void>): void => {
    this.request = { heading, message: copyText.nameHelp, existingId: undefined, make };
  };

  /**
   * Runs an action that may make a second report for an organisation and period; if it does,
   * asks the user instead of failing. Returns false when it had to ask.
   */
  runOrAsk = async (
    action: (copyName?: string) => Promise<void>,
    candidate: { committee: string; period: ReportSummary['period']; year: number },
  ): Promise<boolean> => {
    try {
      await action();
      return true;
    } catch (error) {
      if (errorCode(error) !== 'already-exists') throw error;
      // Read afresh here rather than from Mina rapporter's list, which itself asks this module.
      const { reports } = await api['reports:list']({});
      const slot = reportSlot({ header: { committee: candidate.committee }, period: candidate.period, year: candidate.year });
      const existing = reports.find((summary) => slotOfSummary(summary) === slot);
      this.request = {
        heading: copyText.existsHeading,
        message: error instanceof Error ? error.message : '',
        existingId: existing?.id,
        make: (name) => action(name),
      };
      return false;
    }
  };

  openExisting = (): void => {
    const id = this.request?.existingId;
    this.request = null;
    if (id !== undefined) navigation.openReport(id);
  };

  close = (): void => {
    this.request = null;
  };
}

export const copies = new Copies();
