// What a file brought to the app is, read the same way by every door (the app's "Importera",
// the command line): a report file (JSON) or a filled-in Word form, told apart by content,
// never by name. A Word form is read in the document worker, with its limits and time limit.
import type { DocumentRunner } from '../documents/document-runner.ts';
import type { FoundForm } from '../docx/form-reader.ts';
import { AppError } from '../errors/app-error.ts';
import { checkInputSize } from '../files/read-bounded.ts';
import { limitProblem } from '../report/limits.ts';
import type { PeriodOfYear } from '../report/calendar.ts';
import type { PeriodId } from '../report/form-definition.ts';
import type { IdSource } from '../report/ids.ts';
import type { Report } from '../report/model.ts';
import { parseReportText } from '../store/report-file.ts';
import { foundFormToReport } from './found-form-to-report.ts';

export type InspectedFile = { kind: 'docx'; fileName: string; found: FoundForm } | { kind: 'report'; fileName: string; report: Report };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const WHITE_SPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);

/** A report file starts with "{", after white space or a byte-order mark. */
export function looksLikeJson(bytes: Uint8Array): boolean {
  let offset = UTF8_BOM.every((byte, index) => bytes[index] === byte) ? UTF8_BOM.length : 0;
  while (offset < bytes.length && WHITE_SPACE.has(bytes[offset] ?? 0)) offset += 1;
  return bytes[offset] === 0x7b;
}

export async function inspectFile(fileName: string, bytes: Uint8Array, runner: DocumentRunner): Promise<InspectedFile> {
  checkInputSize(bytes, fileName);
  if (looksLikeJson(bytes)) return { kind: 'report', fileName, report: parseReportText(Buffer.from(bytes).toString('utf8'), fileName) };
  const found = await runner.readDocx(bytes);
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
      'Dokumentet säger inte vilken period det gäller (Word-mallen har ingen plats för det). Välj period och budgetår för det.',
    );
  }
  return { period: choice.period, year };
}

/** The report a file makes: a report file as it is; a Word form as the period it is for. */
export function reportFromInspected(inspected: InspectedFile, choice: PeriodChoice, now: Date, ids: IdSource): Report {
  if (inspected.kind === 'report') return inspected.report;
  return foundFormToReport(inspected.found, periodOfForm(inspected.found, choice), now, ids);
}
