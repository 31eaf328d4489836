// A question set is read through its schema: each question has an id of the allowed shape,
// unique within its set, and each set's id is unique in a list.
import { describe, expect, test } from 'vitest';
import { BUNDLED_QUESTION_SETS } from '../../src-main/form/bundled-question-sets.ts';
import { questionSetListSchema } from '../../src-main/form/form-set.ts';
import { TEST_QUESTION_SETS } from '../support/question-sets.ts';

const set = (id: string, questionIds: string[]) => ({
  id,
  name: `Set ${id}`,
  committee: 'Kulturnämnden: kulturförvaltningen',
  year: 2026,
  focusAreas: [{ number: 1, questions: questionIds.map((questionId) => ({ id: questionId, text: `Fråga ${questionId}` })) }],
});

describe('question sets', () => {
  test('the bundled sets and the tests’ own are valid, and every question has an id', () => {
    for (const sets of [BUNDLED_QUESTION_SETS, TEST_QUESTION_SETS]) {
      expect(sets.length).toBeGreaterThan(0);
      expect(sets.flatMap((each) => each.focusAreas.flatMap((area) => area.questions.map((question) => question.id))).every((id) => id !== '')).toBe(true);
    }
  });

  test('a question id used twice in a set is refused', () => {
    expect(questionSetListSchema.safeParse([set('a', ['q-1', 'q-2'])]).success).toBe(true);
    const twice = questionSetListSchema.safeParse([set('a', ['q-1', 'q-1'])]);
    expect(twice.error?.issues[0]?.message).toBe('Frågan q-1 finns två gånger i a.');
  });

  test('the same question id in two sets is allowed, the same set id twice is not', () => {
    expect(questionSetListSchema.safeParse([set('a', ['q-1']), set('b', ['q-1'])]).success).toBe(true);
    expect(questionSetListSchema.safeParse([set('a', ['q-1']), set('a', ['q-2'])]).error?.issues[0]?.message).toBe('Frågeuppsättningen a finns två gånger.');
  });

  test.each(['', 'med mellanslag', 'å', 'x'.repeat(65)])('a question id such as %j is refused', (id) => {
    expect(questionSetListSchema.safeParse([set('a', [id])]).success).toBe(false);
  });
});
