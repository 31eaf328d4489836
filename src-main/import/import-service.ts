// "Importera": a report file moved from another laptop, or a filled-in Word form. First the
// user sees what was found (and what could not be placed); only then is a report created,
// always as a new report, never replacing one. A Word form is last period's report, so the
// user can also start this period's report from it straight away.
import { randomBytes } from 'node:crypto';
import { AppError } from '../errors.ts';
import type { DocumentRunner } from '../export/document-runner.ts';
import { randomIds, type IdSource } from '../report/create.ts';
import type { PeriodId } from '../report/form-definition.ts';
import type { Report } from '../report/model.ts';
import type { ReportStore } from '../store/report-store.ts';
import { parseReportText } from '../store/report-file.ts';
import { foundFormToReport } from './found-form-to-report.ts';
import type { FoundForm } from './form-reader.ts';
import { checkImportSize } from './read-docx.ts';

export type ImportPreview =
  | { token: string; kind: 'docx'; fileName: string; found: FoundForm; suggested: { period: PeriodId; year: number } }
  | { token: string; kind: 'report'; fileName: string; report: Report };

export interface ImportChoice {
  token: string;
  /** For a Word form: the period the document reports on. */
  period?: PeriodId | undefined;
  year?: number | undefined;
  /** For a Word form: also start the next period's report from it, and open that. */
  startNext?: boolean | undefined;
}

// Only the last few inspected files are kept, waiting for the user's choice.
const MAX_PENDING = 5;

function looksLikeJson(fileName: string, bytes: Uint8Array): boolean {
  if (/\.json$/i.test(fileName)) return true;
  const first = bytes.find((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09 && byte !== 0xef && byte !== 0xbb && byte !== 0xbf);
  return first === 0x7b; // "{"
}

/** Last period, seen from today: the report one would now build on. */
export function suggestedSourcePeriod(year: number | undefined, today: Date): { period: PeriodId; year: number } {
  const month = today.getMonth() + 1;
  const thisYear = today.getFullYear();
  const guess: { period: PeriodId; year: number } =
    month <= 5 ? { period: 'VB', year: thisYear - 1 } : month <= 9 ? { period: 'T1', year: thisYear } : { period: 'T2', year: thisYear };
  return year === undefined || year === guess.year ? guess : { period: 'T2', year };
}

export class ImportService {
  readonly #pending = new Map<string, ImportPreview>();

  constructor(
    private readonly store: ReportStore,
    private readonly runner: DocumentRunner,
    private readonly now: () => Date = () => new Date(),
    private readonly ids: IdSource = randomIds,
  ) {}

  async inspect(fileName: string, bytes: Uint8Array): Promise<ImportPreview> {
    checkImportSize(bytes);
    const token = randomBytes(12).toString('hex');
    const preview: ImportPreview = looksLikeJson(fileName, bytes)
      ? { token, kind: 'report', fileName, report: parseReportText(Buffer.from(bytes).toString('utf8'), fileName) }
      : await this.#inspectDocx(token, fileName, bytes);
    this.#pending.set(token, preview);
    for (const oldest of this.#pending.keys()) {
      if (this.#pending.size <= MAX_PENDING) break;
      this.#pending.delete(oldest);
    }
    return preview;
  }

  async #inspectDocx(token: string, fileName: string, bytes: Uint8Array): Promise<ImportPreview> {
    const found = await this.runner.readDocx(bytes);
    return { token, kind: 'docx', fileName, found, suggested: suggestedSourcePeriod(found.year, this.now()) };
  }

  /** Creates the report(s) and returns the one to open. */
  async create(choice: ImportChoice): Promise<Report> {
    const preview = this.#pending.get(choice.token);
    if (!preview) throw new AppError('not-found', 'Importen har gått ut. Välj filen igen.');
    this.#pending.delete(choice.token);
    if (preview.kind === 'report') return this.store.addImported(preview.report);

    const period = choice.period ?? preview.suggested.period;
    const year = choice.year ?? preview.suggested.year;
    const imported = await this.store.addImported(foundFormToReport(preview.found, { period, year }, this.now(), this.ids));
    return choice.startNext ? this.store.carryOver(imported.id) : imported;
  }
}
