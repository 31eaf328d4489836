// What a file brought to the app is, read the same way by every door (the app's "Importera",
// the command line): a report file (JSON) or a filled-in Word form, told apart by content,
// never by name. A Word form is read in the document worker, with its limits and time limit.
import type { DocxJobs } from '../docx/docx-jobs.ts';
import type { FoundForm } from '../docx/form-reader.ts';
import { AppError } from '../errors/app-error.ts';
import { looksLikeJson } from '../files/content-kind.ts';
import { checkInputSize } from '../files/read-bounded.ts';
import { limitProblem } from '../report/limits.ts';
import type { PeriodOfYear } from '../report/calendar.ts';
import type { PeriodId } from '../form/vocabulary.ts';
import type { IdSource } from '../report/ids.ts';
import type { Report } from '../report/model.ts';
import { parseReportText } from '../store/report-file.ts';
import { foundFormToReport } from './found-form-to-report.ts';
import type { JobRunner } from '../worker/jobs.ts';

export type InspectedFile = { kind: 'docx'; fileName: string; found: FoundForm } | { kind: 'report'; fileName: string; report: Report };

export async function inspectFile(fileName: string, bytes: Uint8Array, runner: JobRunner<DocxJobs>): Promise<InspectedFile> {
  checkInputSize(bytes, fileName);
  if (looksLikeJson(bytes)) return { kind: 'report', fileName, report: parseReportText(Buffer.from(bytes).toString('utf8'), fileName) };
  const found = await runner.run('read-form', { bytes });
  const overLimit = limitProblem(found);
  if (overLimit !== undefined) throw new AppError('invalid-request', overLimit);
  return { kind: 'docx', fileName, found };
}

export interface PeriodChoice {
  period?: PeriodId | undefined;
  year?: number | undefined;
}

/**
 * The period a Word form is for: the one it states (this app's exports do), or else the one
 * the user chose. The app never guesses: without either, it says so.
 */
function periodOfForm(found: FoundForm, choice: PeriodChoice): PeriodOfYear {
  if (found.statedPeriod) return found.statedPeriod;
  const year = choice.year ?? found.year;
  if (choice.period === undefined || year === undefined) {
    throw new AppError(
      'invalid-request',
      'Word-mallen har ingen plats för perioden, så dokumentet säger inte vilken period det gäller. Välj period och budgetår.',
    );
  }
  return { period: choice.period, year };
}

/** The report a file makes: a report file as it is; a Word form as the period it is for. */
export function reportFromInspected(inspected: InspectedFile, choice: PeriodChoice, now: Date, ids: IdSource): Report {
  if (inspected.kind === 'report') return inspected.report;
  return foundFormToReport(inspected.found, periodOfForm(inspected.found, choice), now, ids);
}
