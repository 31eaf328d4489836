// Which screen is showing. The app has three: the list, the new-report form and the editor.
// The open report is kept in the URL fragment so a reload returns to it.
import { readHashParameter, writeHashParameter } from '../lib/location-hash.ts';

export type Screen = { name: 'list' } | { name: 'new' } | { name: 'editor'; reportId: string };

const REPORT_PARAMETER = 'rapport';

function initialScreen(): Screen {
  const reportId = readHashParameter(REPORT_PARAMETER);
  return reportId ? { name: 'editor', reportId } : { name: 'list' };
}

class Navigation {
  screen = $state<Screen>(initialScreen());

  showList = (): void => {
    writeHashParameter(REPORT_PARAMETER, undefined);
    this.screen = { name: 'list' };
  };

  showNewReport = (): void => {
    writeHashParameter(REPORT_PARAMETER, undefined);
    this.screen = { name: 'new' };
  };

  openReport = (reportId: string): void => {
    writeHashParameter(REPORT_PARAMETER, reportId);
    this.screen = { name: 'editor', reportId };
  };
}

export const navigation = new Navigation();
