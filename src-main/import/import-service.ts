// "Importera": a report file moved from another laptop, or a filled-in Word form. First the
// user sees what was found (and what could not be placed); only then is a report created,
// always as a new report, never replacing one. A Word form is last period's report, so the
// user can also start this period's report from it straight away.
import { randomBytes } from 'node:crypto';
import { AppError } from '../errors/app-error.ts';
import type { DocxJobs } from '../docx/docx-jobs.ts';
import { nextPeriod } from '../report/calendar.ts';
import { randomIds, type IdSource } from '../report/ids.ts';
import type { Report } from '../report/model.ts';
import type { ReportStore } from '../store/report-store.ts';
import { inspectFile, reportFromInspected, type InspectedFile, type PeriodChoice } from './inspect-file.ts';
import type { JobRunner } from '../worker/jobs.ts';

/** What the user sees before anything is created; the token names it in the choice that follows. */
export type ImportPreview = InspectedFile & { token: string };

/** What an import created: the report read, and the next period's started from it. */
export interface ImportResult {
  imported: Report;
  started?: Report;
}

export interface ImportChoice extends PeriodChoice {
  token: string;
  /** For a Word form: also start the next period's report from it, and open that. */
  startNext?: boolean | undefined;
  /** When a report for that organisation and period exists: the name of this copy. */
  copyName?: string | undefined;
}

// Only the last few inspected files are kept, waiting for the user's choice.
const MAX_PENDING = 5;

export class ImportService {
  readonly #pending = new Map<string, ImportPreview>();

  constructor(
    private readonly store: ReportStore,
    private readonly runner: JobRunner<DocxJobs>,
    private readonly now: () => Date = () => new Date(),
    private readonly ids: IdSource = randomIds,
  ) {}

  async inspect(fileName: string, bytes: Uint8Array): Promise<ImportPreview> {
    const preview: ImportPreview = { ...(await inspectFile(fileName, bytes, this.runner)), token: randomBytes(12).toString('hex') };
    this.#pending.set(preview.token, preview);
    for (const oldest of this.#pending.keys()) {
      if (this.#pending.size <= MAX_PENDING) break;
      this.#pending.delete(oldest);
    }
    return preview;
  }

  /** Creates the report, and the next period's from it when asked. */
  async create(choice: ImportChoice): Promise<ImportResult> {
    const preview = this.#pending.get(choice.token);
    if (!preview) throw new AppError('not-found', 'Importen har gått ut. Välj filen igen.');
    const report = { ...reportFromInspected(preview, choice, this.now(), this.ids), ...(choice.copyName ? { copyName: choice.copyName } : {}) };
    // Both reports' places are checked before either is created.
    await this.store.refuseTaken(report);
    if (preview.kind === 'docx' && choice.startNext) await this.store.refuseTaken({ ...report, ...nextPeriod(report) });
    this.#pending.delete(choice.token);
    const imported = await this.store.addImported(report, choice.copyName);
    const started = preview.kind === 'docx' && choice.startNext ? await this.store.carryOver(imported.id, choice.copyName) : undefined;
    return started === undefined ? { imported } : { imported, started };
  }
}
