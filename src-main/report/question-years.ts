// Questions written for another budget year ("Beskriv arbetet under 2022 …") in a report for
// this year: the editor offers to update the year in them. Each question changed is marked
// for review, as a carried-over answer is, with its earlier text at hand. Pure.
import type { Report } from './model.ts';

/** The questions' year replaced by the report's, where it stands as a year of its own. */
export function updateQuestionYears(report: Report): Report {
  const from = report.questionYear;
  const { questionYear: _done, ...rest } = report;
  if (from === undefined || from === report.year) return rest;
  const year = new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g');
  return {
    ...rest,
    focusAreas: report.focusAreas.map((area) => ({
      ...area,
      questions: area.questions.map((question) => {
        const text = question.text.replace(year, String(report.year));
        return text === question.text ? question : { ...question, text, textChange: { previousText: question.text, reviewed: false } };
      }),
    })),
  };
}

/** The user keeps the questions as they are: the offer goes away. */
export function keepQuestionYears(report: Report): Report {
  const { questionYear: _done, ...rest } = report;
  return rest;
}

/** Whether a question text names the questions' year where it is not the report's (the offer is about it). */
export function namesQuestionYear(report: Pick<Report, 'questionYear' | 'year'> | null, text: string): boolean {
  const from = report?.questionYear;
  if (from === undefined || from === report?.year) return false;
  return new RegExp(`(?<!\\d)${from}(?!\\d)`).test(text);
}

/** Whether any question text still names the questions' year (there is something to offer). */
export function hasQuestionYearToUpdate(report: Report): boolean {
  return report.focusAreas.some((area) => area.questions.some((question) => namesQuestionYear(report, question.text)));
}
