// The city's compiled report for one period: every organisation on the list, with the report
// it sent (when it sent one). What "Sammanställning" builds from the reports it has read, and
// what the compiled Word document is written from.
import type { FocusAreaNumber, PeriodId } from '../form/vocabulary.ts';
import type { FindingSeverity } from '../report/review.ts';

/** How a report reached the city. */
export type Route = 'inlamning' | 'e-post' | 'fil';

export interface CompiledReport {
  /** The organisation's name as it stands on the list. */
  organisation: string;
  /** "Nämnd" as the report wrote it. */
  committee: string;
  period: PeriodId;
  year: number;
  contact: { contactPerson: string; phone: string; email: string };
  /** `unchangedSince`: the answer is exactly as in the previous period's report ("T1 2026"). */
  focusAreas: { number: FocusAreaNumber; questions: { identity?: string | undefined; text: string; answer: string; unchangedSince?: string }[] }[];
  otherInformation: string;
  /**
   * Where the previous period's report was among the sources: how many answers changed since,
   * and how many were compared by the question's text because a file did not say which question they answer.
   */
  changes?: { since: string; changed: number; total: number; byText: number } | undefined;
  /** The review's findings the coordinator may want to chase (leftover markers, empty answers). */
  findings: { severity: FindingSeverity; message: string }[];
  source: {
    route: Route;
    /** The file read, as the coordinator knows it. */
    file: string;
    /** When it was received or saved, ISO. */
    time: string;
    /** The receiver's receipt, or the report's own version number, when there is one. */
    version?: string | undefined;
  };
}

export interface Compilation {
  period: PeriodId;
  year: number;
  /**
   * Every organisation on the list, in the list's order, with its report when it sent one;
   * `unreadable` when what it sent was assigned to it by hand but could not be read.
   */
  organisations: { name: string; report?: CompiledReport | undefined; unreadable?: string | undefined }[];
  /** Files that could not be read and were not assigned: the reader of the document should know. */
  unreadFiles?: { file: string; reason: string }[] | undefined;
  /** When the compilation was made, ISO. */
  createdAt: string;
  /** The period's last day for sending (YYYY-MM-DD), where the coordinator set one. */
  deadline?: string | undefined;
}
