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

  test('lists what is missing, in form order, and counts what is filled', () => {
    const report = sampleReport();
    const result = assessCompleteness(report);
    expect(result.missing.map((item) => item.label)).toEqual([
      'Kontaktperson för eventuella frågor',
      'Telefon',
      'E-post',
      'Svar på fråga 1.1',
      'Svar på fråga 3.1',
    ]);
    expect(result.total).toBe(9);
    expect(result.filled).toBe(4);
  });

  test('warns about an "x" that stands for a number not yet known', () => {
    const report = sampleReport();
    const question = report.focusAreas[0]?.questions[0];
    if (!question) throw new Error('sample has a question');
    question.answer = 'Av dessa har x haft premiär 2022.';
    expect(assessCompleteness(report).warnings).toHaveLength(1);
    question.answer = 'Ett x-format och Xbox är inga markörer.';
    expect(assessCompleteness(report).warnings).toHaveLength(0);
  });
});
