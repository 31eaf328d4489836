// A report as the coordinator receives it: what a file (or an e-mail's attachment) says, read
// into the app's report and reviewed the same way as in Granska. It is made in the document
// worker and carries only what the compilation and its table need. Pure.
import { reportContentHash } from '../docx/report-content-hash.ts';
import { assessCompleteness, type Completeness } from '../report/completeness.ts';
import type { FocusAreaNumber, PeriodId } from '../form/vocabulary.ts';
import type { Report } from '../report/model.ts';
import { reviewReport, type FindingSeverity } from '../report/review.ts';

/** How the file gave its period: it said it, it said only its budget year, or it said neither. */
export type PeriodEvidence = 'stated' | 'year-only' | 'none';

export interface ReceivedReport {
  committee: string;
  period: PeriodId;
  year: number;
  periodEvidence: PeriodEvidence;
  /** When the report was last saved, as the file says (ISO); otherwise the file's own time counts. */
  savedAt?: string | undefined;
  contact: { contactPerson: string; phone: string; email: string };
  /** Each answer with the question asked: its text, and its identity where the file says it (see report/model.ts). */
  focusAreas: { number: FocusAreaNumber; questions: { identity?: string | undefined; text: string; answer: string }[] }[];
  otherInformation: string;
  findings: { severity: FindingSeverity; message: string }[];
  completeness: Completeness;
  /** The last version the report file says it sent, and the city's receipt for it. */
  lastSubmission?: { version: number; receipt?: string | undefined } | undefined;
  /** The same text gives the same hash, whatever file it came in: two copies of one version. */
  contentHash: string;
}

/** One report found in a file: the file itself, or an attachment of an e-mail. */
export type ReceivedPart = { name: string; report: ReceivedReport } | { name: string; problem: string };

/** `contentHash`: what the report says, as hashed; by default hashed from the report itself. */
export function receivedReport(
  report: Report,
  periodEvidence: PeriodEvidence,
  savedAt: string | undefined,
  contentHash = reportContentHash(report),
): ReceivedReport {
  const last = report.submissions.at(-1);
  return {
    committee: report.header.committee,
    period: report.period,
    year: report.year,
    periodEvidence,
    savedAt,
    contact: { contactPerson: report.header.contactPerson, phone: report.header.phone, email: report.header.email },
    focusAreas: report.focusAreas.map((area) => ({
      number: area.number,
      questions: area.questions.map(({ identity, text, answer }) => ({ ...(identity === undefined ? {} : { identity }), text, answer })),
    })),
    otherInformation: report.otherInformation,
    findings: reviewReport(report).map(({ severity, message }) => ({ severity, message })),
    completeness: assessCompleteness(report),
    lastSubmission: last === undefined ? undefined : { version: last.version, receipt: last.receipt },
    contentHash,
  };
}
