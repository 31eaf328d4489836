// Reads one file the coordinator received, in the document worker: a report file (JSON), a
// Word document (the app's export or the city's filled-in template) or a saved e-mail (.eml)
// with those attached. Each is read with the import's limits, and what cannot be read is
// named with its reason, never thrown past the file. The file's bytes are never written.
import { simpleParser } from 'mailparser';
import { lastSavedAt } from '../docx/document-properties.ts';
import { readDocxForm } from '../docx/read-docx.ts';
import { reportContentHash } from '../docx/report-content-hash.ts';
import { AppError, unexpectedErrorMessage } from '../errors/app-error.ts';
import { checkInputSize } from '../files/read-bounded.ts';
import { foundFormToReport } from '../import/found-form-to-report.ts';
import { looksLikeJson, looksLikeZip } from '../files/content-kind.ts';
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
/** More than any e-mail with a report carries; the rest are named, not read. */
const MAX_ATTACHMENTS = 20;
/** A message forwarded as an attachment is opened this many levels down. */
const MAX_FORWARD_DEPTH = 3;

export function isEmailFile(name: string): boolean {
  return /\.eml$/i.test(name);
}

/** A Word form's period: the one it states; else the one chosen, in the budget year it names, if any. */
function readReport(name: string, bytes: Uint8Array, chosen: PeriodOfYear): ReceivedReport {
  // The report's own times are not used: savedAt says when it was saved.
  const now = new Date();
  checkInputSize(bytes, name);
  if (bytes.length === 0) throw new AppError('invalid-request', 'Filen är tom.');
  if (looksLikeJson(bytes)) {
    const report = parseReportText(Buffer.from(bytes).toString('utf8'), name);
    return receivedReport(report, 'stated', report.updatedAt);
  }
  if (/\.json$/i.test(name) && !looksLikeZip(bytes)) throw new AppError('invalid-request', 'Filen slutar på .json men är ingen rapportfil.');
  const found = readDocxForm(bytes, name);
  const overLimit = limitProblem(found);
  if (overLimit !== undefined) throw new AppError('invalid-request', overLimit);
  const when = found.statedPeriod ?? { period: chosen.period, year: found.year ?? chosen.year };
  const report = foundFormToReport(found, when, now, randomIds);
  const readBack = reportContentHash(report);
  const savedAt = found.saved === undefined ? undefined : lastSavedAt(found.saved, readBack);
  // This app's export says what it held (the hash of the report itself): a document not saved
  // again since, or one whose text still reads as it did, is that report, whatever the trip
  // through Word did to its text.
  const exported = found.saved?.exportedContent;
  const unchanged = exported !== undefined && (!found.saved?.savedAgain || exported === readBack);
  return receivedReport(report, found.statedPeriod ? 'stated' : found.year === undefined ? 'none' : 'year-only', savedAt, unchanged ? exported : readBack);
}

function readPart(name: string, bytes: Uint8Array, chosen: PeriodOfYear): ReceivedPart {
  try {
    return { name, report: readReport(name, bytes, chosen) };
  } catch (error) {
    return { name, problem: error instanceof AppError ? error.message : unexpectedErrorMessage(error) };
  }
}

type Attachment = Awaited<ReturnType<typeof simpleParser>>['attachments'][number];

function isReportAttachment(attachment: Attachment): boolean {
  return REPORT_ATTACHMENT.test(attachment.filename ?? '') || REPORT_TYPES.has(attachment.contentType.toLowerCase());
}

interface FoundAttachments {
  date: Date | undefined;
  attachments: Attachment[];
  /** Forwarded messages that could not be read: each costs only itself. */
  unreadForwards: string[];
}

/** The report attachments of a message, and of messages forwarded in it as attachments. */
async function reportAttachments(bytes: Uint8Array, depth: number): Promise<FoundAttachments> {
  const mail = await simpleParser(Buffer.from(bytes), { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, checksumAlgo: false });
  const found: FoundAttachments = { date: mail.date, attachments: mail.attachments.filter(isReportAttachment), unreadForwards: [] };
  if (depth < MAX_FORWARD_DEPTH) {
    for (const [index, forwarded] of mail.attachments.filter((attachment) => attachment.contentType.toLowerCase() === 'message/rfc822').entries()) {
      try {
        const inner = await reportAttachments(forwarded.content, depth + 1);
        found.attachments.push(...inner.attachments);
        found.unreadForwards.push(...inner.unreadForwards);
      } catch {
        found.unreadForwards.push(forwarded.filename ?? `vidarebefordrat meddelande ${index + 1}`);
      }
    }
  }
  return found;
}

async function readEmail(name: string, bytes: Uint8Array, chosen: PeriodOfYear): Promise<ReceivedFile> {
  checkInputSize(bytes, name);
  let found;
  try {
    found = await reportAttachments(bytes, 0);
  } catch {
    return { parts: [{ name, problem: 'E-postmeddelandet kunde inte läsas: det är skadat eller inget e-postmeddelande.' }] };
  }
  const sentAt = found.date !== undefined && !Number.isNaN(found.date.getTime()) ? found.date.toISOString() : undefined;
  const unread = found.unreadForwards.map((forward) => ({
    name: forward,
    problem:
      'Ett vidarebefordrat meddelande i e-postmeddelandet kunde inte läsas (det är skadat eller för stort). Spara rapporten i det som en egen fil i mappen och läs in igen.',
  }));
  if (found.attachments.length === 0 && unread.length === 0) {
    return { parts: [{ name, problem: 'E-postmeddelandet har ingen bifogad rapport (ingen .docx- eller .json-fil).' }], sentAt };
  }
  const read = found.attachments.slice(0, MAX_ATTACHMENTS);
  const parts: ReceivedPart[] = read.map((attachment, index) => readPart(attachment.filename ?? `bilaga ${index + 1}`, attachment.content, chosen));
  parts.push(...unread);
  if (found.attachments.length > read.length) {
    parts.push({ name, problem: `E-postmeddelandet har ${found.attachments.length} bifogade filer; de ${read.length} första lästes, resten inte.` });
  }
  return { parts, sentAt };
}

/**
 * Everything one received file holds, for the period the coordinator chose. A file named
 * .eml that is in fact a Word document or a report file (renamed by hand) is read as what it is.
 */
export async function readReceivedFile(name: string, bytes: Uint8Array, chosen: PeriodOfYear): Promise<ReceivedFile> {
  if (isEmailFile(name) && !looksLikeZip(bytes) && !looksLikeJson(bytes)) return readEmail(name, bytes, chosen);
  return { parts: [readPart(name, bytes, chosen)] };
}
