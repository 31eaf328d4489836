// What changed in an organisation's report since its previous period's, where that report is
// among the sources: each answer kept exactly as it was is marked "Oförändrat sedan T1 2026",
// and the report counts its changed answers, so 45 reports can be read for what is new. A
// question is matched by its identity, the question the city asked, however its wording
// changed. Where one of the two files does not say which question it answers (a file from
// before identities, a Word form filled in by hand), by its area and its text, else its place
// in the area; those are counted, and the compiled document says so. Pure.
import { periodLabel } from '../report/calendar.ts';
import { isUnchanged } from '../report/unchanged-answer.ts';
import type { CompiledReport } from './compilation.ts';
import type { ReceivedReport } from './received-report.ts';

type Questions = ReceivedReport['focusAreas'][number]['questions'];
type Question = Questions[number];

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/** Last period's question this one answers, and whether it was found by text rather than by identity. */
function previousQuestion(previous: Questions, question: Question, index: number): { before: Question; byText: boolean } | undefined {
  if (question.identity !== undefined) {
    const same = previous.find((candidate) => candidate.identity === question.identity);
    if (same !== undefined) return { before: same, byText: false };
  }
  // Two questions that both have an identity, and not the same one, are different questions.
  const comparable = (candidate: Question | undefined): candidate is Question =>
    candidate !== undefined && (question.identity === undefined || candidate.identity === undefined);
  const before = previous.find((candidate) => comparable(candidate) && sameText(candidate.text, question.text)) ?? previous[index];
  return comparable(before) ? { before, byText: true } : undefined;
}

/** The report's areas with unchanged answers marked, and how many answers changed. */
export function changesSince(
  report: Pick<ReceivedReport, 'focusAreas'>,
  previous: Pick<ReceivedReport, 'focusAreas' | 'period' | 'year'>,
): Pick<CompiledReport, 'focusAreas' | 'changes'> {
  const since = periodLabel(previous);
  let total = 0;
  let changed = 0;
  let byText = 0;
  const focusAreas = report.focusAreas.map((area) => {
    const questionsBefore = previous.focusAreas.find((candidate) => candidate.number === area.number)?.questions ?? [];
    return {
      number: area.number,
      questions: area.questions.map((question, index) => {
        total += 1;
        const match = previousQuestion(questionsBefore, question, index);
        if (match?.byText) byText += 1;
        if (match !== undefined && question.answer.trim() !== '' && isUnchanged(match.before.answer, question.answer))
          return { ...question, unchangedSince: since };
        changed += 1;
        return question;
      }),
    };
  });
  return { focusAreas, changes: { since, changed, total, byText } };
}
