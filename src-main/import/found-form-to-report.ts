// What the reader found becomes a report through the same schema as everything else, so its
// text is cleaned the same way.
import type { FoundForm } from '../docx/form-reader.ts';
import type { PeriodOfYear } from '../report/calendar.ts';
import { newReport } from '../report/create.ts';
import type { IdSource } from '../report/ids.ts';
import type { Report } from '../report/model.ts';

export function foundFormToReport(found: FoundForm, when: PeriodOfYear, now: Date, ids: IdSource): Report {
  return newReport(
    {
      period: when.period,
      year: when.year,
      header: found.header,
      focusAreas: found.focusAreas.map((area) => ({
        number: area.number,
        // The identity only where the document named it: a form without one is not guessed at.
        questions: area.questions.map((question) => ({ id: ids.questionId(), identity: question.identity, text: question.text, answer: question.answer })),
      })),
      otherInformation: found.otherInformation,
    },
    now,
    ids,
  );
}
