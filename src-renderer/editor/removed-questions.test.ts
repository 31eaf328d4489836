import { afterEach, describe, expect, test } from 'vitest';
import { api } from '../shared/api.ts';
import { editor } from './editor.svelte.ts';
import { removedQuestions } from './removed-questions.svelte.ts';
import { CULTURE_SET_ID } from '../../tests/support/question-sets.ts';

/** Each report in a year of its own: one report per organisation and period. */
let nextYear = 2030;
const newYear = (): number => nextYear++;

const areaNumber = (): number => editor.report?.focusAreas[0]?.number ?? 0;
const questionIds = (): string[] => editor.report?.focusAreas[0]?.questions.map((question) => question.id) ?? [];

async function openReport(): Promise<string[]> {
  const report = await api['reports:create']({
    committee: 'Kulturnämnden: kulturförvaltningen',
    period: 'T1',
    year: newYear(),
    questionSetId: CULTURE_SET_ID,
  });
  await editor.open(report.id);
  // The question set has one question in the area; two more make a place before, between and after.
  editor.addQuestion(areaNumber());
  editor.addQuestion(areaNumber());
  return questionIds();
}

afterEach(async () => {
  removedQuestions.forget();
  await editor.close();
});

describe('removed questions', () => {
  test('"Ångra" puts the question back in its place, with its answer', async () => {
    const ids = await openReport();
    const second = editor.report?.focusAreas[0]?.questions[1];
    if (second) second.answer = 'Svaret som inte får gå förlorat.';
    const note = removedQuestions.remove(areaNumber(), ids[1] ?? '', '1.2');
    expect(note?.number).toBe('1.2');
    expect(removedQuestions.after(areaNumber(), ids[0])).toEqual([note]);
    expect(removedQuestions.restore(note?.id ?? 0)).toBe(ids[1]);
    expect(questionIds()).toEqual(ids);
    expect(editor.report?.focusAreas[0]?.questions[1]?.answer).toBe('Svaret som inte får gå förlorat.');
    expect(removedQuestions.items).toEqual([]);
  });

  test('two in a row: the note of the first follows to stand after the question before both', async () => {
    const ids = await openReport();
    const second = removedQuestions.remove(areaNumber(), ids[2] ?? '', '1.3');
    removedQuestions.remove(areaNumber(), ids[1] ?? '', '1.2');
    expect(removedQuestions.items.find((note) => note.id === second?.id)?.afterId).toBe(ids[0]);
    expect(removedQuestions.after(areaNumber(), ids[0]).map((note) => note.number)).toEqual(['1.3', '1.2']);
  });

  test('once its focus area is no longer chosen, the question cannot come back', async () => {
    const ids = await openReport();
    const note = removedQuestions.remove(areaNumber(), ids[0] ?? '', '1.1');
    expect(removedQuestions.after(areaNumber(), undefined).map((item) => item.id)).toEqual([note?.id]);
    const others = editor.report?.focusAreas.slice(1).map((area) => area.number) ?? [];
    editor.setFocusAreas(others);
    expect(note).toBeDefined();
    expect(removedQuestions.restore(note?.id ?? 0)).toBeUndefined();
    expect(questionIds()).not.toContain(ids[0]);
  });
});
