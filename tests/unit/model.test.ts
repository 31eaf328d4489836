import { describe, expect, test } from 'vitest';
import { assessCompleteness } from '../../src-main/report/completeness.ts';
import { isFilled } from '../../src-main/report/empty-text.ts';
import { reportSchema } from '../../src-main/report/model.ts';
import { sampleReport } from '../support/reports.ts';

describe('report schema', () => {
  test('accepts a new report and rejects the wrong shape', () => {
    expect(reportSchema.safeParse(sampleReport()).success).toBe(true);
    expect(reportSchema.safeParse({ ...sampleReport(), period: 'T4' }).success).toBe(false);
    expect(reportSchema.safeParse({ ...sampleReport(), year: '2022' }).success).toBe(false);
    expect(reportSchema.safeParse({ ...sampleReport(), focusAreas: [{ number: 5, questions: [] }] }).success).toBe(false);
    expect(
      reportSchema.safeParse({
        ...sampleReport(),
        focusAreas: [
          { number: 1, questions: [] },
          { number: 1, questions: [] },
        ],
      }).success,
    ).toBe(false);
  });

  test('drops keys it does not know, __proto__ among them', () => {
    const raw = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": 1, ${JSON.stringify(sampleReport()).slice(1)}`);
    const parsed = reportSchema.parse(raw);
    expect(Object.keys(parsed)).not.toContain('__proto__');
    expect(Object.keys(parsed)).not.toContain('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('completeness', () => {
  test('the Word placeholder and white space count as empty', () => {
    expect(isFilled('Klicka här för att ange text.')).toBe(false);
    expect(isFilled('  \n ')).toBe(false);
    expect(isFilled('Svar')).toBe(true);
  });

  test('counts what is filled: the header, the choice of focus areas, and each question and answer', () => {
    const report = sampleReport();
    expect(assessCompleteness(report)).toEqual({ filled: 4, total: 9 });
    report.header.contactPerson = 'Moa Almerud';
    const question = report.focusAreas[0]?.questions[0];
    if (!question) throw new Error('sample has a question');
    question.answer = 'Svar.';
    expect(assessCompleteness(report)).toEqual({ filled: 6, total: 9 });
    question.carriedOver = { from: 'T1 2022', previousAnswer: 'Svar.', reviewed: false };
    expect(assessCompleteness(report)).toEqual({ filled: 5, total: 9 });
  });
});
