// "Jämför med T1 2026": the word-by-word change of an answer against last period's, and its summary.
import { describe, expect, test } from 'vitest';
import { answerChange, changeSummary } from '../../src-main/report/answer-change.ts';
import { isUnchanged } from '../../src-main/report/unchanged-answer.ts';

describe('an answer against last period’s', () => {
  test('words inserted and removed, in place, with the rest kept', () => {
    const change = answerChange('Vi hade 12 evenemang i Kungsträdgården.', 'Vi hade 14 stora evenemang i Kungsträdgården.');
    expect(change.parts.map((part) => [part.kind, part.text.trim()]).filter(([, text]) => text !== '')).toEqual([
      ['same', 'Vi hade'],
      ['removed', '12'],
      ['inserted', '14 stora'],
      ['same', 'evenemang i Kungsträdgården.'],
    ]);
    expect(
      change.parts
        .filter((part) => part.kind !== 'inserted')
        .map((part) => part.text)
        .join(''),
    ).toBe('Vi hade 12 evenemang i Kungsträdgården.');
    expect(
      change.parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe('Vi hade 14 stora evenemang i Kungsträdgården.');
    expect([change.inserted, change.removed]).toEqual([2, 1]);
    expect(changeSummary(change)).toBe('2 ord nya, 1 borttaget');
  });

  test.each([
    [{ inserted: 12, removed: 3 }, '12 ord nya, 3 borttagna'],
    [{ inserted: 1, removed: 0 }, '1 ord nytt'],
    [{ inserted: 0, removed: 5 }, '5 ord borttagna'],
    [{ inserted: 0, removed: 0 }, 'oförändrat'],
  ])('%j reads "%s"', (change, summary) => {
    expect(changeSummary(change)).toBe(summary);
  });

  test('unchanged is decided on what the document holds: a trailing line break is no change, a changed word is', () => {
    expect(isUnchanged('Samma svar.', 'Samma svar.\n')).toBe(true);
    expect(isUnchanged('Samma svar.', 'Samma svar!')).toBe(false);
    expect(answerChange('Samma svar.', 'Samma svar.')).toMatchObject({ inserted: 0, removed: 0 });
  });
});
