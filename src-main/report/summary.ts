// What the list of reports and an opened report look like to the renderer.
import { assessCompleteness } from './completeness.ts';
import type { PeriodId } from '../form/vocabulary.ts';
import type { Report } from './model.ts';

export interface ReportSummary {
  id: string;
  committee: string;
  period: PeriodId;
  year: number;
  updatedAt: string;
  filled: number;
  total: number;
  readOnly: boolean;
  /** The name of a copy, telling it apart from the report of the same organisation and period. */
  copyName?: string | undefined;
  /** The newest version sent to the city, if any. */
  submission?: SubmissionSummary | undefined;
}

export interface SubmissionSummary {
  version: number;
  submittedAt: string;
  receipt?: string | undefined;
  receivedAt?: string | undefined;
  /** Edited since that version was sent: "ändrad efter inskick". */
  changedSince: boolean;
}

/** A file in the reports folder that could not be read, with what the app did or could not do. */
export interface UnavailableReport {
  id: string;
  message: string;
}

export interface ReportListing {
  reports: ReportSummary[];
  unavailable: UnavailableReport[];
  /** Things the user must hear about, such as a damaged file that was recovered. */
  notices: string[];
}

export interface OpenedReport {
  report: Report;
  readOnly: boolean;
  notices: string[];
}

export function summarize(report: Report, readOnly: boolean): ReportSummary {
  const { filled, total } = assessCompleteness(report);
  return {
    id: report.id,
    committee: report.header.committee,
    period: report.period,
    year: report.year,
    updatedAt: report.updatedAt,
    filled,
    total,
    readOnly,
    copyName: report.copyName,
    submission: latestSubmission(report),
  };
}

function latestSubmission(report: Report): SubmissionSummary | undefined {
  const latest = report.submissions.reduce<Report['submissions'][number] | undefined>(
    (newest, candidate) => (newest === undefined || candidate.version > newest.version ? candidate : newest),
    undefined,
  );
  if (latest === undefined) return undefined;
  return { ...latest, changedSince: report.updatedAt > latest.submittedAt };
}
