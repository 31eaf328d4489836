// "Exportera till Word": asks the platform where to write (a save dialog in the app, the
// data folder's exports/ in the preview), writes the document in the worker, and afterwards
// opens it or shows it in its folder, but only files this app exported in this session.
import { AppError } from '../errors.ts';
import type { ReportStore } from '../store/report-store.ts';
import type { DocumentRunner } from './document-runner.ts';
import { writeFileDurably } from '../store/durable-write.ts';
import { exportWriteError } from './export-errors.ts';
import { suggestedDocxName, suggestedDraftName, withDocxExtension } from './file-name.ts';

export type SaveKind = 'docx' | 'report';

export interface ExportPlatform {
  /** The path to write to, or undefined if the user cancelled. */
  chooseSavePath(suggestedName: string, kind: SaveKind): Promise<string | undefined>;
  /** Absent where files cannot be opened for the user (the preview). */
  openFile?: (path: string) => Promise<void>;
  showInFolder?: (path: string) => Promise<void>;
}

export interface ExportedFile {
  path: string;
  canOpen: boolean;
}

export class ExportService {
  readonly #exported = new Set<string>();

  constructor(
    private readonly store: ReportStore,
    private readonly runner: DocumentRunner,
    private readonly platform: ExportPlatform,
  ) {}

  async exportDocx(reportId: string): Promise<ExportedFile | null> {
    await this.store.flush();
    const { report } = await this.store.open(reportId);
    const chosen = await this.platform.chooseSavePath(suggestedDocxName(report), 'docx');
    if (chosen === undefined) return null;
    const { path } = await this.runner.exportDocx(report, withDocxExtension(chosen));
    this.#exported.add(path);
    return { path, canOpen: this.platform.openFile !== undefined };
  }

  /** "Exportera utkast": the report as one file, to move it to another laptop. */
  async exportDraft(reportId: string): Promise<ExportedFile | null> {
    await this.store.flush();
    const { report } = await this.store.open(reportId);
    const chosen = await this.platform.chooseSavePath(suggestedDraftName(report), 'report');
    if (chosen === undefined) return null;
    const path = /\.json$/i.test(chosen) ? chosen : `${chosen}.json`;
    try {
      await writeFileDurably(path, `${JSON.stringify(report, null, 2)}\n`, { keepPrevious: false });
    } catch (error) {
      throw exportWriteError(error, path);
    }
    this.#exported.add(path);
    return { path, canOpen: false };
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
