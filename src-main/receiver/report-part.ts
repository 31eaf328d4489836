// The report part of a submission, read in the document worker: decoding and checking a
// 300 kB report against the schema costs a few milliseconds of CPU, which at the deadline,
// with 45 committees sending at once, would queue every answer behind the receiver's one
// main thread. Only what the receiver needs to file the version goes back.
import { isUtf8 } from 'node:buffer';
import { AppError } from '../errors/app-error.ts';
import type { Report } from '../report/model.ts';
import { parseReportText } from '../store/report-file.ts';

/** What the receiver files a version by: never more of the sender's text than this. */
export interface SubmittedReport {
  id: string;
  committee: string;
  period: Report['period'];
  year: number;
}

/** Throws an AppError with a Swedish message when the part is not a report of this schema. */
export function readReportPart(bytes: Uint8Array): SubmittedReport {
  // Invalid UTF-8 would otherwise be read with replacement characters, and stored as it came.
  if (!isUtf8(bytes)) throw new AppError('corrupt', 'Delen report är inte text i UTF-8, så den är ingen rapportfil.');
  const report = parseReportText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), 'rapport');
  return { id: report.id, committee: report.header.committee, period: report.period, year: report.year };
}
