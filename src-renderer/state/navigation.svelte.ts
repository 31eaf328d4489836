// Which screen is showing: the list, the new-report form, the editor, or an import's preview.
// The open report is kept in the URL fragment so a reload returns to it.
import type { ImportPreview } from '../../src-main/import/import-service.ts';
import { readHashParameter, writeHashParameter } from '../lib/location-hash.ts';

type Screen = { name: 'list' } | { name: 'new' } | { name: 'settings' } | { name: 'editor'; reportId: string } | { name: 'import'; preview: ImportPreview };

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

  /** The screen stays as it is, but a reload starts from Mina rapporter. */
  forgetOpenReport = (): void => {
    writeHashParameter(REPORT_PARAMETER, undefined);
  };

  showNewReport = (): void => {
    writeHashParameter(REPORT_PARAMETER, undefined);
    this.screen = { name: 'new' };
  };

  showSettings = (): void => {
    writeHashParameter(REPORT_PARAMETER, undefined);
    this.screen = { name: 'settings' };
  };

  showImport = (preview: ImportPreview): void => {
    writeHashParameter(REPORT_PARAMETER, undefined);
    this.screen = { name: 'import', preview };
  };

  openReport = (reportId: string): void => {
    writeHashParameter(REPORT_PARAMETER, reportId);
    this.screen = { name: 'editor', reportId };
  };
}

export const navigation = new Navigation();
