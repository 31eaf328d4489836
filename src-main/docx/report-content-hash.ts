// What a report says, as one hash: the same text gives the same hash whatever file it came
// in (a report file, the app's export, a form filled in by hand), so two files holding one
// version are known as copies, and an export saved again in Word without a change is known
// as unchanged. Only what a Word form can carry is hashed.
import { createHash } from 'node:crypto';
import type { Report } from '../report/model.ts';

export function reportContentHash(report: Report): string {
  const content = {
    committee: report.header.committee,
    contact: report.header,
    period: report.period,
    year: report.year,
    focusAreas: report.focusAreas.map((area) => ({ number: area.number, questions: area.questions.map(({ text, answer }) => ({ text, answer })) })),
    otherInformation: report.otherInformation,
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
