// What changed in an organisation's report since its previous period's, where that report is
// among the sources: each answer kept exactly as it was is marked "Oförändrat sedan T1 2026",
// and the report counts its changed answers, so 45 reports can be read for what is new. A
// question is matched by its area and its text, else by its place in the area (a question's
// year is often updated between periods). Pure.
import { periodLabel } from '../report/calendar.ts';
import { isUnchanged } from '../report/unchanged-answer.ts';
import type { CompiledReport } from './compilation.ts';
import type { ReceivedReport } from './received-report.ts';

type Questions = ReceivedReport['focusAreas'][number]['questions'];

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

function previousAnswer(previous: Questions, question: Questions[number], index: number): string | undefined {
  return (previous.find((candidate) => sameText(candidate.text, question.text)) ?? previous[index])?.answer;
}

/** The report's areas with unchanged answers marked, and how many answers changed. */
export function changesSince(
  report: Pick<ReceivedReport, 'focusAreas'>,
  previous: Pick<ReceivedReport, 'focusAreas' | 'period' | 'year'>,
): Pick<CompiledReport, 'focusAreas' | 'changes'> {
  const since = periodLabel(previous);
  let total = 0;
  let changed = 0;
  const focusAreas = report.focusAreas.map((area) => {
    const before = previous.focusAreas.find((candidate) => candidate.number === area.number)?.questions ?? [];
    return {
      number: area.number,
      questions: area.questions.map((question, index) => {
        total += 1;
        const was = previousAnswer(before, question, index);
        if (was !== undefined && question.answer.trim() !== '' && isUnchanged(was, question.answer)) return { ...question, unchangedSince: since };
        changed += 1;
        return question;
      }),
    };
  });
  return { focusAreas, changes: { since, changed, total } };
}
