// What is still missing in a report. Pure, so the list view (main) and the editor (renderer)
// count the same way.
import { isFilled } from './empty-text.ts';
import { focusAreaHeading, formDefinition, HEADER_FIELDS, type HeaderField } from './form-definition.ts';
import type { Report } from './model.ts';
import { questionNumber } from './questions.ts';

export type MissingItem =
  | { kind: 'header'; field: HeaderField; label: string }
  | { kind: 'focusAreas'; label: string }
  | { kind: 'question'; areaNumber: number; questionId: string; label: string }
  | { kind: 'answer'; areaNumber: number; questionId: string; label: string }
  | { kind: 'review'; areaNumber: number; questionId: string; label: string };

interface Warning {
  areaNumber: number;
  questionId: string;
  label: string;
}

export interface Completeness {
  filled: number;
  total: number;
  missing: MissingItem[];
  /** Answers that still hold a marker for an unknown number ("Av dessa har x haft premiär"). */
  warnings: Warning[];
}

// A lone lowercase "x" between non-letters: how drafts mark a number not yet known.
const UNKNOWN_NUMBER_MARKER = /(?<![\p{L}\p{N}-])x(?![\p{L}\p{N}-])/u;

export function assessCompleteness(report: Report): Completeness {
  const missing: MissingItem[] = [];
  const warnings: Warning[] = [];
  let total = 0;

  for (const field of HEADER_FIELDS) {
    total += 1;
    if (!isFilled(report.header[field])) {
      missing.push({ kind: 'header', field, label: formDefinition.labels[field] });
    }
  }

  total += 1;
  if (report.focusAreas.length === 0) {
    missing.push({ kind: 'focusAreas', label: 'Välj minst ett fokusområde' });
  }

  for (const area of report.focusAreas) {
    if (area.questions.length === 0) {
      total += 1;
      missing.push({ kind: 'focusAreas', label: `${focusAreaHeading(area.number)}: lägg till en fråga` });
    }
    area.questions.forEach((question, index) => {
      const number = questionNumber(area.number, index);
      total += 2;
      if (!isFilled(question.text)) {
        missing.push({ kind: 'question', areaNumber: area.number, questionId: question.id, label: `Fråga ${number}: frågetext` });
      }
      if (!isFilled(question.answer)) {
        missing.push({ kind: 'answer', areaNumber: area.number, questionId: question.id, label: `Svar på fråga ${number}` });
      } else if (question.carriedOver && !question.carriedOver.reviewed) {
        missing.push({
          kind: 'review',
          areaNumber: area.number,
          questionId: question.id,
          label: `Svar på fråga ${number}: granska (från ${question.carriedOver.from})`,
        });
      } else if (UNKNOWN_NUMBER_MARKER.test(question.answer)) {
        warnings.push({ areaNumber: area.number, questionId: question.id, label: `Svar på fråga ${number} innehåller "x" – ett tal som ska fyllas i?` });
      }
    });
  }

  return { filled: total - missing.length, total, missing, warnings };
}
