// "Skicka med e-post": writes the draft (.eml) and the document beside it in <data>/e-post/,
// then opens the draft with the system's mail program. Where that fails, the user gets a
// mailto: link to the same person and the document shown in its folder, to attach by hand.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocxJobs } from '../docx/docx-jobs.ts';
import { fileSystemError } from '../errors/file-errors.ts';
import { DATA_FOLDER_MODE, writeFileDurably } from '../files/durable-write.ts';
import type { ExportPlatform } from '../export/export-service.ts';
import { suggestedDocxName } from '../export/file-name.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import type { ReportStore } from '../store/report-store.ts';
import { composeEmail, mailtoLink } from './compose-email.ts';
import type { JobRunner } from '../worker/jobs.ts';

export interface ComposedEmail {
  emlPath: string;
  documentPath: string;
  /** The coordinator's address, when the settings have one. */
  to: string | undefined;
  mailto: string;
  /** The draft was opened in the mail program. */
  opened: boolean;
  /** Why it could not be opened, in Swedish; the mailto: link and the folder were offered instead. */
  problem?: string;
  notices: string[];
}

export class EmailService {
  constructor(
    private readonly dataFolder: string,
    private readonly store: ReportStore,
    private readonly runner: JobRunner<DocxJobs>,
    private readonly settings: SettingsService,
    private readonly platform: ExportPlatform,
  ) {}

  async compose(reportId: string): Promise<ComposedEmail> {
    await this.store.flush();
    const { report, notices } = await this.store.open(reportId);
    const { coordinatorEmail } = await this.settings.effective();
    const document = await this.runner.run('render-report', { report });
    const folder = join(this.dataFolder, 'e-post');
    const documentPath = join(folder, suggestedDocxName(report));
    const emlPath = documentPath.replace(/\.docx$/, '.eml');
    try {
      await mkdir(folder, { recursive: true, mode: DATA_FOLDER_MODE });
      await writeFileDurably(documentPath, document, 'record');
      await writeFileDurably(emlPath, await composeEmail(report, document, coordinatorEmail), 'record');
    } catch (error) {
      throw fileSystemError(error, 'att skriva e-postutkastet');
    }
    const composed: ComposedEmail = {
      emlPath,
      documentPath,
      to: coordinatorEmail,
      mailto: mailtoLink(report, coordinatorEmail, documentPath),
      opened: false,
      notices,
    };
    if (this.platform.openFile === undefined) return composed;
    try {
      await this.platform.openFile(emlPath);
      return { ...composed, opened: true };
    } catch (error) {
      await this.platform.openExternal?.(composed.mailto).catch(() => undefined);
      await this.platform.showInFolder?.(documentPath).catch(() => undefined);
      return { ...composed, problem: error instanceof Error ? error.message : String(error) };
    }
  }
}
