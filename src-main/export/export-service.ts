// "Exportera till Word": asks the platform where to write (a save dialog in the app, the
// data folder's exports/ in the preview), writes the document in the worker, and afterwards
// opens it or shows it in its folder, but only files this app exported in this session.
import type { DocxJobs } from '../docx/docx-jobs.ts';
import { AppError } from '../errors/app-error.ts';
import type { ReportStore } from '../store/report-store.ts';
import type { JobRunner } from '../worker/jobs.ts';
import { suggestedDocxName, suggestedDraftName } from './file-name.ts';
import { exportReportFile, exportWordDocument } from './write-exports.ts';

export type SaveKind = 'docx' | 'report' | 'email' | 'xlsx';

export interface ExportPlatform {
  /** The path to write to, or undefined if the user cancelled. */
  chooseSavePath(suggestedName: string, kind: SaveKind): Promise<string | undefined>;
  /** A folder to read, chosen in a dialog; absent where there is none (the preview: the path is typed). */
  chooseFolder?: () => Promise<string | undefined>;
  /** Absent where files cannot be opened for the user (the preview). */
  openFile?: (path: string) => Promise<void>;
  showInFolder?: (path: string) => Promise<void>;
  /** Opens a link (mailto:) with the system's handler. */
  openExternal?: (url: string) => Promise<void>;
}

export interface ExportedFile {
  path: string;
  canOpen: boolean;
  /** What reading the report found out about its file (a damaged file recovered). */
  notices: string[];
}

export class ExportService {
  readonly #exported = new Set<string>();
  #prepared: Promise<void> | undefined;

  constructor(
    private readonly store: ReportStore,
    private readonly runner: JobRunner<DocxJobs>,
    private readonly platform: ExportPlatform,
  ) {}

  async exportDocx(reportId: string): Promise<ExportedFile | null> {
    await this.store.flush();
    const { report, notices } = await this.store.open(reportId);
    const chosen = await this.platform.chooseSavePath(suggestedDocxName(report), 'docx');
    if (chosen === undefined) return null;
    const { path } = await exportWordDocument(report, chosen, this.runner);
    this.#exported.add(path);
    return { path, canOpen: this.platform.openFile !== undefined, notices };
  }

  /**
   * Called while the user reads a report they just opened: the document worker is started and
   * renders a sample of that report once, unwritten, so the first "Skicka in" or export of the session does
   * not wait for the worker to start and its code to warm up. Once per session; a failure here
   * is the next real job's to report.
   */
  prepare(reportId: string): Promise<void> {
    this.#prepared ??= (async () => {
      // The report's first question of each area is enough to run every part of the writer.
      const { report } = await this.store.open(reportId);
      const sample = { ...report, focusAreas: report.focusAreas.map((area) => ({ ...area, questions: area.questions.slice(0, 1) })) };
      await this.runner.run('render-report', { report: sample });
    })().catch(() => {
      this.#prepared = undefined;
    });
    return this.#prepared;
  }

  /** "Exportera utkast": the report as one file, to move it to another laptop. */
  async exportDraft(reportId: string): Promise<ExportedFile | null> {
    await this.store.flush();
    const { report, notices } = await this.store.open(reportId);
    const chosen = await this.platform.chooseSavePath(suggestedDraftName(report), 'report');
    if (chosen === undefined) return null;
    const { path } = await exportReportFile(report, chosen);
    this.#exported.add(path);
    return { path, canOpen: false, notices };
  }

  /** A file written for the user elsewhere (the compilation, a reminder) that "Öppna" may open too. */
  allow(path: string): void {
    this.#exported.add(path);
  }

  async open(path: string): Promise<void> {
    await this.#allowed(path, this.platform.openFile)(path);
  }

  async showInFolder(path: string): Promise<void> {
    await this.#allowed(path, this.platform.showInFolder)(path);
  }

  #allowed(path: string, action: ((path: string) => Promise<void>) | undefined): (path: string) => Promise<void> {
    if (!this.#exported.has(path) || action === undefined) {
      throw new AppError('invalid-request', 'Den filen kan inte öppnas härifrån.');
    }
    return action;
  }
}
