// The receiver's worker-side code: a submission's two parts, as received into files under
// incoming/, read in the document worker. Decoding and checking a 300 kB report against the
// schema costs a few milliseconds of CPU, and a document is read with the import's limits;
// at the deadline, with 45 committees sending at once, that would queue every answer behind
// the receiver's one main thread. Only what the receiver needs to file the version comes back.
import { isUtf8 } from 'node:buffer';
import { readDocxParagraphs } from '../docx/read-docx.ts';
import { AppError } from '../errors/app-error.ts';
import { readFileBounded } from '../files/read-bounded.ts';
import { MAX_SUBMISSION_BYTES } from '../protocol/submission-protocol.ts';
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
function readReportPart(bytes: Uint8Array): SubmittedReport {
  // Invalid UTF-8 would otherwise be read with replacement characters, and stored as it came.
  if (!isUtf8(bytes)) throw new AppError('corrupt', 'Delen report är inte text i UTF-8, så den är ingen rapportfil.');
  const report = parseReportText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), 'rapport');
  return { id: report.id, committee: report.header.committee, period: report.period, year: report.year };
}

/** The report part as received into its file. */
export async function readReportPartFile(path: string): Promise<SubmittedReport> {
  return readReportPart(await readFileBounded(path, MAX_SUBMISSION_BYTES));
}

/** The document part as received into its file, read within the import's limits; only whether it could comes back. */
export async function checkDocumentFile(path: string): Promise<null> {
  readDocxParagraphs(await readFileBounded(path, MAX_SUBMISSION_BYTES));
  return null;
}
