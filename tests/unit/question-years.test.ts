// A question set or last year's report used for another budget year: the editor offers to
// bring the year in the question texts up to date, each changed question marked for review.
import { describe, expect, test } from 'vitest';
import { carryOverReport, createReport } from '../../src-main/report/create.ts';
import { hasQuestionYearToUpdate, keepQuestionYears, updateQuestionYears } from '../../src-main/report/question-years.ts';
import { reviewReport } from '../../src-main/report/review.ts';
import { CULTURE_SET_ID, testQuestionSet } from '../support/question-sets.ts';

const NOW = new Date('2026-05-01T08:00:00Z');

describe('questions written for another budget year', () => {
  test('a 2022 question set in a 2026 report is offered an update; in a 2022 report it is not', () => {
    const in2026 = createReport({ committee: 'Kulturnämnden', period: 'T1', year: 2026, questionSet: testQuestionSet(CULTURE_SET_ID) }, NOW);
    expect(in2026.questionYear).toBe(2022);
    expect(hasQuestionYearToUpdate(in2026)).toBe(true);
    const in2022 = createReport({ committee: 'Kulturnämnden', period: 'T1', year: 2022, questionSet: testQuestionSet(CULTURE_SET_ID) }, NOW);
    expect(in2022.questionYear).toBeUndefined();
  });

  test('updating replaces the year where it stands alone, marks each changed question for review, and ends the offer', () => {
    const report = createReport({ committee: 'Kulturnämnden', period: 'T1', year: 2026, questionSet: testQuestionSet(CULTURE_SET_ID) }, NOW);
    const [first] = report.focusAreas[0]?.questions ?? [];
    if (!first) throw new Error('the set has a question');
    first.text = 'Beskriv arbetet under 2022 (diarienummer 12022) i budget 2022.';
    const updated = updateQuestionYears(report);
    const question = updated.focusAreas[0]?.questions[0];
    expect(question?.text).toBe('Beskriv arbetet under 2026 (diarienummer 12022) i budget 2026.');
    expect(question?.textChange).toEqual({ previousText: first.text, reviewed: false });
    expect(updated.questionYear).toBeUndefined();
    expect(reviewReport(updated).map((finding) => finding.message)).toContain('Fråga 1.1: årtalet i frågan är ändrat och ännu inte granskat.');
    expect(keepQuestionYears(report).questionYear).toBeUndefined();
  });

  test('next year’s T1 from last year’s VB carries the offer; T2 from T1 of the same year keeps an unanswered one', () => {
    const vb = { ...createReport({ committee: 'Kulturnämnden', period: 'VB', year: 2025 }, NOW) };
    expect(carryOverReport(vb, NOW).questionYear).toBe(2025);
    const t1 = createReport({ committee: 'Kulturnämnden', period: 'T1', year: 2026, questionSet: testQuestionSet(CULTURE_SET_ID) }, NOW);
    expect(carryOverReport(t1, NOW).questionYear).toBe(2022);
    expect(carryOverReport(keepQuestionYears(t1), NOW).questionYear).toBeUndefined();
  });
});
