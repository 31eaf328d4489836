// Reads one file the coordinator received, in the document worker: a report file (JSON), a
// Word document (the app's export or the city's filled-in template) or a saved e-mail (.eml)
// with those attached. Each is read with the import's limits, and what cannot be read is
// named with its reason, never thrown past the file. The file's bytes are never written.
import { simpleParser } from 'mailparser';
import { readDocxForm } from '../docx/read-docx.ts';
import { AppError, unexpectedErrorMessage } from '../errors/app-error.ts';
import { checkInputSize } from '../files/read-bounded.ts';
import { foundFormToReport } from '../import/found-form-to-report.ts';
import { looksLikeJson } from '../import/inspect-file.ts';
import type { PeriodOfYear } from '../report/calendar.ts';
import { randomIds } from '../report/ids.ts';
import { limitProblem } from '../report/limits.ts';
import { parseReportText } from '../store/report-file.ts';
import { receivedReport, type ReceivedPart, type ReceivedReport } from './received-report.ts';

export interface ReceivedFile {
  parts: ReceivedPart[];
  /** When an e-mail says it was written (its Date header), ISO. */
  sentAt?: string | undefined;
}

/** Attachments worth reading: a report file or a Word document, by name or by type. */
const REPORT_ATTACHMENT = /\.(docx|json)$/i;
const REPORT_TYPES = new Set(['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/json']);

export function isEmailFile(name: string): boolean {
  return /\.eml$/i.test(name);
}

/** A Word form's period: the one it states; else the one chosen, in the budget year it names, if any. */
function readReport(name: string, bytes: Uint8Array, chosen: PeriodOfYear): ReceivedReport {
  // The report's own times are not used: savedAt says when it was saved.
  const now = new Date();
  checkInputSize(bytes, name);
  if (looksLikeJson(bytes)) {
    const report = parseReportText(Buffer.from(bytes).toString('utf8'), name);
    return receivedReport(report, 'stated', report.updatedAt);
  }
  const found = readDocxForm(bytes, name);
  const overLimit = limitProblem(found);
  if (overLimit !== undefined) throw new AppError('invalid-request', overLimit);
  if (found.statedPeriod) return receivedReport(foundFormToReport(found, found.statedPeriod, now, randomIds), 'stated', found.savedAt);
  const when = { period: chosen.period, year: found.year ?? chosen.year };
  return receivedReport(foundFormToReport(found, when, now, randomIds), found.year === undefined ? 'none' : 'year-only', found.savedAt);
}

function readPart(name: string, bytes: Uint8Array, chosen: PeriodOfYear): ReceivedPart {
  try {
    return { name, report: readReport(name, bytes, chosen) };
  } catch (error) {
    return { name, problem: error instanceof AppError ? error.message : unexpectedErrorMessage(error) };
  }
}

async function readEmail(name: string, bytes: Uint8Array, chosen: PeriodOfYear): Promise<ReceivedFile> {
  checkInputSize(bytes, name);
  let mail;
  try {
    mail = await simpleParser(Buffer.from(bytes), { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, checksumAlgo: false });
  } catch (error) {
    return { parts: [{ name, problem: `E-postmeddelandet kunde inte läsas: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const sentAt = mail.date !== undefined && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : undefined;
  const attachments = mail.attachments.filter(
    (attachment) => REPORT_ATTACHMENT.test(attachment.filename ?? '') || REPORT_TYPES.has(attachment.contentType.toLowerCase()),
  );
  if (attachments.length === 0) {
    return { parts: [{ name, problem: 'E-postmeddelandet har ingen bifogad rapport (ingen .docx- eller .json-fil).' }], sentAt };
  }
  const parts = attachments.map((attachment, index) => readPart(attachment.filename ?? `bilaga ${index + 1}`, attachment.content, chosen));
  return { parts, sentAt };
}

/** Everything one received file holds, for the period the coordinator chose. */
export async function readReceivedFile(name: string, bytes: Uint8Array, chosen: PeriodOfYear): Promise<ReceivedFile> {
  if (isEmailFile(name)) return readEmail(name, bytes, chosen);
  return { parts: [readPart(name, bytes, chosen)] };
}
