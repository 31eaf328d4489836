// What a report says, as one hash: the same report gives the same hash whatever file it came
// in (a report file, the app's export, a form filled in by hand), so two files holding one
// version are known as copies, and an export saved again in Word without a change is known
// as unchanged. It is taken over what a Word document can carry, in the form it carries it
// (canonicalText: a bullet typed "•" and a tab is the list item Word holds, a trailing line
// break is no paragraph), so a report and its Word copy hash alike.
import { createHash } from 'node:crypto';
import type { Report } from '../report/model.ts';
import { canonicalText } from '../report/text-blocks.ts';

export function reportContentHash(report: Report): string {
  const line = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const content = {
    contact: {
      committee: line(report.header.committee),
      contactPerson: line(report.header.contactPerson),
      phone: line(report.header.phone),
      email: line(report.header.email),
    },
    period: report.period,
    year: report.year,
    focusAreas: report.focusAreas.map((area) => ({
      number: area.number,
      questions: area.questions.map(({ text, answer }) => ({ text: canonicalText(text), answer: canonicalText(answer) })),
    })),
    otherInformation: canonicalText(report.otherInformation),
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
