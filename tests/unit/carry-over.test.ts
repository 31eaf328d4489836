import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reviewReport } from '../../src-main/report/review.ts';
import { carryOverReport, createReport, duplicateReport } from '../../src-main/report/create.ts';
import { nextPeriod } from '../../src-main/report/calendar.ts';
import { ReportStore } from '../../src-main/store/report-store.ts';
import { sampleReport } from '../support/reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { CULTURE_SET_ID, TEST_QUESTION_SETS, testQuestionSet } from '../support/question-sets.ts';

describe('carry-over to the next period', () => {
  test('T1 -> T2 -> VB -> next year’s T1', () => {
    expect(nextPeriod({ period: 'T1', year: 2022 })).toEqual({ period: 'T2', year: 2022 });
    expect(nextPeriod({ period: 'T2', year: 2022 })).toEqual({ period: 'VB', year: 2022 });
    expect(nextPeriod({ period: 'VB', year: 2022 })).toEqual({ period: 'T1', year: 2023 });
  });

  test('brings header, focus areas, questions and answers; marks each answer as not yet reviewed', () => {
    const previous = { ...sampleReport(), period: 'T1' as const, otherInformation: 'Gällde T1.' };
    previous.header.contactPerson = 'Moa Almerud';
    const [first] = previous.focusAreas[0]?.questions ?? [];
    if (!first) throw new Error('sample has questions');
    first.answer = 'Svar i T1.';
    const next = carryOverReport(previous, new Date('2022-06-01T08:00:00Z'));

    expect(next).toMatchObject({ period: 'T2', year: 2022, header: previous.header, otherInformation: '' });
    expect(next.id).not.toBe(previous.id);
    expect(next.focusAreas.map((area) => area.number)).toEqual([1, 3]);
    expect(next.focusAreas[0]?.questions[0]).toMatchObject({
      text: first.text,
      answer: 'Svar i T1.',
      carriedOver: { from: 'T1 2022', previousAnswer: 'Svar i T1.', reviewed: false },
    });
    // An empty answer has nothing to review.
    expect(next.focusAreas[1]?.questions[0]?.carriedOver).toBeUndefined();
    expect(reviewReport(next).map((finding) => finding.message)).toContain('Svar på fråga 1.1 är från T1 2022 och ännu inte granskat.');
  });

  test('a question keeps its identity into the next period and in a copy; one from before identities gets its own', () => {
    const previous = sampleReport({
      focusAreas: [
        {
          number: 2,
          questions: [
            { id: 'row1', identity: 'stad-2-1', text: 'Beskriv servicen.', answer: 'Svar.' },
            { id: 'row2', text: 'En fråga från en v4-fil.', answer: '' },
          ],
        },
      ],
    });
    const [asked, older] = carryOverReport(previous, new Date('2022-12-01T08:00:00Z')).focusAreas[0]?.questions ?? [];
    expect(asked?.identity).toBe('stad-2-1');
    expect(older?.identity).toMatch(/^[0-9a-f]{16}$/);
    const copy = duplicateReport(previous, new Date('2022-12-01T08:00:00Z'));
    expect(copy.focusAreas[0]?.questions.map((question) => question.identity)).toEqual(['stad-2-1', undefined]);
    expect(copy.focusAreas[0]?.questions[0]?.id).not.toBe('row1');
    // Another period's questions keep the identity while the editor's row keys are new.
    expect(asked?.id).not.toBe('row1');
  });

  test("a report started from a question set answers the set's questions: each question's identity is its id in the set", () => {
    const set = testQuestionSet(CULTURE_SET_ID);
    const report = createReport({ committee: set.committee, period: 'T1', year: 2022, questionSet: set }, new Date('2022-03-01T08:00:00Z'));
    const asked = set.focusAreas.flatMap((area) => area.questions.map((question) => question.id));
    expect(report.focusAreas.flatMap((area) => area.questions.map((question) => question.identity))).toEqual(asked);
    // The editor's row keys are its own, not the set's.
    expect(report.focusAreas.flatMap((area) => area.questions.map((question) => question.id))).not.toEqual(asked);
    const next = carryOverReport(report, new Date('2022-06-01T08:00:00Z'));
    expect(next.focusAreas.flatMap((area) => area.questions.map((question) => question.identity))).toEqual(asked);
  });

  test('in the store: a new report file; the previous one is not changed', async () => {
    const folder = await makeTempFolder();
    const store = new ReportStore({ dataFolder: folder.path, questionSets: TEST_QUESTION_SETS });
    const previous = await store.create({ committee: 'Kulturnämnden', period: 'VB', year: 2022, questionSetId: CULTURE_SET_ID });
    const before = await readFile(join(folder.path, 'reports', `${previous.id}.json`), 'utf8');
    const next = await store.carryOver(previous.id);
    expect(next).toMatchObject({ period: 'T1', year: 2023 });
    expect((await store.list()).reports.map((summary) => summary.id).sort()).toEqual([previous.id, next.id].sort());
    expect(await readFile(join(folder.path, 'reports', `${previous.id}.json`), 'utf8')).toBe(before);
    await folder.remove();
  });
});
