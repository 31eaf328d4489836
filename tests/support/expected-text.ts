// What LibreOffice's plain-text view of an exported report must be, line by line: the form's
// fixed texts and exactly what the user wrote, in the form's order. Written independently of
// the exporter so that a mistake there shows here.
import { formTemplate, withYear } from '../../src-main/form/template.ts';
import { focusAreaTitle } from '../../src-main/form/vocabulary.ts';
import type { Report } from '../../src-main/report/model.ts';

function answerLines(text: string): string[] {
  if (text === '') return [''];
  return text
    .split(/\n[ \t]*\n/)
    .flatMap((paragraph) => paragraph.split('\n'))
    .map((line) => (/^\s*(?:-|•|–)\s+/.test(line) ? `    • ${line.replace(/^\s*(?:-|•|–)\s+/, '')}` : line));
}

export function expectedPlainText(report: Report): string[] {
  const labels = formTemplate.labels;
  return [
    formTemplate.title,
    withYear(formTemplate.introduction, report.year),
    labels.committee,
    report.header.committee,
    labels.contactPerson,
    report.header.contactPerson,
    labels.phone,
    report.header.phone,
    labels.email,
    report.header.email,
    withYear(formTemplate.followUpHeading, report.year),
    formTemplate.descriptionHeading,
    formTemplate.description,
    ...report.focusAreas.flatMap((area) => [
      `${area.number}. ${focusAreaTitle(area.number)}`,
      ...area.questions.flatMap((question) => [...question.text.split('\n'), ...answerLines(question.answer)]),
    ]),
    labels.otherInformation,
    ...answerLines(report.otherInformation),
  ];
}
