// What must survive a trip through Word and back, in the form the app defines for it
// (src-main/report/text-blocks.ts): round-trip tests compare these views.
import { formTemplate } from '../../src-main/form/template.ts';
import type { Report } from '../../src-main/report/model.ts';
import { canonicalText } from '../../src-main/report/text-blocks.ts';

const PLACEHOLDER = formTemplate.placeholder.toLowerCase();

function canonicalLine(text: string): string {
  return text.trim() === '' || text.replace(/\s+/g, ' ').trim().toLowerCase() === PLACEHOLDER ? '' : text;
}

export function roundTripView(report: Report): unknown {
  return {
    header: Object.fromEntries(Object.entries(report.header).map(([field, value]) => [field, canonicalLine(value)])),
    focusAreas: report.focusAreas.map((area) => ({
      number: area.number,
      questions: area.questions.map((question) => ({ identity: question.identity, text: question.text, answer: canonicalText(question.answer) })),
    })),
    otherInformation: canonicalText(report.otherInformation),
  };
}
