// New reports and copies of existing ones. Ids and times are passed in so tests control them.
import { nextPeriod, periodLabel } from './calendar.ts';
import { isFilled } from './empty-text.ts';
import type { QuestionSet } from '../form/form-set.ts';
import type { HeaderField, PeriodId } from '../form/vocabulary.ts';
import { randomIds, type IdSource } from './ids.ts';
import { CURRENT_SCHEMA_VERSION, reportSchema, type FocusArea, type Report, type ReportInput } from './model.ts';

export interface NewReportRequest {
  committee: string;
  period: PeriodId;
  year: number;
  /** The city's questions the report starts with; without, it starts with no focus areas. */
  questionSet?: QuestionSet | undefined;
  /** The settings' defaults for the header, used where the request leaves a field empty. */
  contactDefaults?: Partial<Record<HeaderField, string>> | undefined;
}

function focusAreasFromQuestionSet(set: QuestionSet | undefined, ids: IdSource): FocusArea[] {
  if (set === undefined) return [];
  return set.focusAreas.map((area) => ({
    number: area.number,
    // The set's id is the city's question; the row key is the editor's own.
    questions: area.questions.map((setQuestion) => ({ id: ids.questionId(), identity: setQuestion.id, text: setQuestion.text, answer: '' })),
  }));
}

export type ReportContent = Pick<ReportInput, 'period' | 'year' | 'header' | 'focusAreas' | 'otherInformation'>;

/** A new report around the given content, read through the schema so its text is cleaned. Never sent. */
export function newReport(content: ReportContent, now: Date, ids: IdSource = randomIds): Report {
  const timestamp = now.toISOString();
  return reportSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: ids.reportId(),
    createdAt: timestamp,
    updatedAt: timestamp,
    ...content,
    submissions: [],
  });
}

export function createReport(request: NewReportRequest, now: Date, ids: IdSource = randomIds): Report {
  const setYear = request.questionSet?.year;
  const report = newReport(
    {
      period: request.period,
      year: request.year,
      header: {
        committee: request.committee.trim() || (request.contactDefaults?.committee ?? ''),
        contactPerson: request.contactDefaults?.contactPerson ?? '',
        phone: request.contactDefaults?.phone ?? '',
        email: request.contactDefaults?.email ?? '',
      },
      focusAreas: focusAreasFromQuestionSet(request.questionSet, ids),
      otherInformation: '',
    },
    now,
    ids,
  );
  // A question set written for another budget year: the editor offers to update the year.
  return setYear !== undefined && setYear !== request.year ? { ...report, questionYear: setYear } : report;
}

/**
 * A copy with a new id and fresh row keys for its questions; the content is kept as it is,
 * each question's identity too (the copy answers the same questions), but it was never sent.
 */
export function duplicateReport(source: Report, now: Date, ids: IdSource = randomIds): Report {
  const timestamp = now.toISOString();
  return {
    ...source,
    id: ids.reportId(),
    createdAt: timestamp,
    updatedAt: timestamp,
    header: { ...source.header },
    focusAreas: source.focusAreas.map((area) => ({
      number: area.number,
      questions: area.questions.map((question) => ({ ...question, id: ids.questionId() })),
    })),
    submissions: [],
  };
}

function questionYearAfter(previous: Report, year: number): { questionYear?: number } {
  const written = previous.questionYear ?? previous.year;
  return written !== year ? { questionYear: written } : {};
}

/**
 * Next period's report from this one: the header, focus areas, questions and answers come
 * along; each answer is marked as carried over and not yet reviewed, with last period's text
 * kept beside it. "Övriga upplysningar" starts empty: it is about the period itself.
 */
export function carryOverReport(previous: Report, now: Date, ids: IdSource = randomIds): Report {
  const timestamp = now.toISOString();
  const from = periodLabel(previous);
  const next = nextPeriod(previous);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: ids.reportId(),
    createdAt: timestamp,
    updatedAt: timestamp,
    ...next,
    header: { ...previous.header },
    focusAreas: previous.focusAreas.map((area) => ({
      number: area.number,
      questions: area.questions.map((question) => ({
        id: ids.questionId(),
        // The same question next period; one from before identities (a v4 file) gets its identity here.
        identity: question.identity ?? ids.questionId(),
        text: question.text,
        answer: question.answer,
        ...(isFilled(question.answer) ? { carriedOver: { from, previousAnswer: question.answer, reviewed: false } } : {}),
      })),
    })),
    otherInformation: '',
    submissions: [],
    // Next year's T1 from last year's VB: the questions still name last year (or the year they
    // were written for, if last period's offer was never answered).
    ...questionYearAfter(previous, next.year),
  };
}
