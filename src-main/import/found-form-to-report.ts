// What the reader found becomes a report through the same schema as everything else, so its
// text is cleaned the same way.
import type { IdSource } from '../report/create.ts';
import { CURRENT_SCHEMA_VERSION, reportSchema, type Report } from '../report/model.ts';
import type { PeriodOfYear } from '../report/periods.ts';
import type { FoundForm } from './form-reader.ts';

export function foundFormToReport(found: FoundForm, when: PeriodOfYear, now: Date, ids: IdSource): Report {
  const timestamp = now.toISOString();
  return reportSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: ids.reportId(),
    createdAt: timestamp,
    updatedAt: timestamp,
    period: when.period,
    year: when.year,
    header: found.header,
    focusAreas: found.focusAreas.map((area) => ({
      number: area.number,
      questions: area.questions.map((question) => ({ id: ids.questionId(), text: question.text, answer: question.answer })),
    })),
    otherInformation: found.otherInformation,
  });
}
