// How much of a report is filled in: every header field, the choice of focus areas, and each
// question's text and answer (a carried-over answer counts once it is reviewed). The list of
// reports shows it; what exactly is missing is the review's (review.ts) to say. Pure.
import { HEADER_FIELDS } from '../form/vocabulary.ts';
import type { Report } from './model.ts';
import { reviewReport } from './review.ts';

export interface Completeness {
  filled: number;
  total: number;
}

export function assessCompleteness(report: Report): Completeness {
  const total = HEADER_FIELDS.length + 1 + report.focusAreas.reduce((sum, area) => sum + (area.questions.length === 0 ? 1 : 2 * area.questions.length), 0);
  const missing = reviewReport(report).filter((finding) => finding.kind === 'empty' || finding.kind === 'not-reviewed').length;
  return { filled: total - missing, total };
}
