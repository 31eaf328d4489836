// Which screen is showing: the list, the new-report form, the settings, the editor, an
// import's preview, or the coordinator's compilation. The open report ("#rapport=<id>") and
// Sammanställning ("#vy=sammanstallning") are kept in the URL fragment, so a reload returns
// to them.
// Each move says where the keyboard focus lands (see the README's accessibility section).
import type { ImportPreview } from '../../src-main/import/import-service.ts';
import { readHashParameter, writeHashParameter } from './location-hash.ts';

type Screen =
  /** `focusReportId`: that report's row gets the focus; `focusElementId`: that element does (the button that led away). */
  | { name: 'list'; focusReportId?: string | undefined; focusElementId?: string | undefined }
  | { name: 'new' }
  | { name: 'settings' }
  /** `focusNextStep`: the focus goes to the report's first thing to do once it is drawn. */
  | { name: 'editor'; reportId: string; focusNextStep: boolean }
  | { name: 'import'; preview: ImportPreview }
  | { name: 'compilation' };

const REPORT_PARAMETER = 'rapport';
const VIEW_PARAMETER = 'vy';
const COMPILATION_VIEW = 'sammanstallning';

function initialScreen(): Screen {
  const reportId = readHashParameter(REPORT_PARAMETER);
  // A reload leaves the focus where the browser puts it.
  if (reportId) return { name: 'editor', reportId, focusNextStep: false };
  return readHashParameter(VIEW_PARAMETER) === COMPILATION_VIEW ? { name: 'compilation' } : { name: 'list' };
}

/** The fragment for the screen: the open report, or Sammanställning; nothing for the others. */
function writeAddress(reportId: string | undefined, view?: typeof COMPILATION_VIEW): void {
  writeHashParameter(REPORT_PARAMETER, reportId);
  writeHashParameter(VIEW_PARAMETER, view);
}

class Navigation {
  screen = $state<Screen>(initialScreen());

  /** Back to Mina rapporter; the focus goes to the given report's row, when there is one. */
  showList = (focusReportId?: string): void => {
    writeAddress(undefined);
    this.screen = { name: 'list', focusReportId };
  };

  /** The screen stays as it is, but a reload starts from Mina rapporter. */
  forgetOpenReport = (): void => {
    writeAddress(undefined);
  };

  showNewReport = (): void => {
    writeAddress(undefined);
    this.screen = { name: 'new' };
  };

  showSettings = (): void => {
    writeAddress(undefined);
    this.screen = { name: 'settings' };
  };

  /** "Sammanställning": the coordinator's screen. */
  showCompilation = (): void => {
    writeAddress(undefined, COMPILATION_VIEW);
    this.screen = { name: 'compilation' };
  };

  /** Back to Mina rapporter with the focus on the given element, the one that led away from it. */
  showListFocusing = (elementId: string): void => {
    writeAddress(undefined);
    this.screen = { name: 'list', focusElementId: elementId };
  };

  showImport = (preview: ImportPreview): void => {
    writeAddress(undefined);
    this.screen = { name: 'import', preview };
  };

  openReport = (reportId: string): void => {
    writeAddress(reportId);
    this.screen = { name: 'editor', reportId, focusNextStep: true };
  };
}

export const navigation = new Navigation();
