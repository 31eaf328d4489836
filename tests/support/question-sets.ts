// The tests' own question sets (tests/fixtures/question-sets.json), so no test depends on the
// sets the app ships with: a culture committee's with focus areas 1 and 3, a sports
// committee's with 1 and 2, both written for budget 2022.
import fixture from '../fixtures/question-sets.json' with { type: 'json' };
import { questionSetListSchema, type QuestionSet } from '../../src-main/form/form-set.ts';

export const TEST_QUESTION_SETS: readonly QuestionSet[] = questionSetListSchema.parse(fixture);

export const CULTURE_SET_ID = 'test-kultur-2022';
export const SPORTS_SET_ID = 'test-idrott-2022';
/** As Ny rapport lists them. */
export const CULTURE_SET_NAME = 'Kulturnämnden, testfrågor 2022';
export const SPORTS_SET_NAME = 'Idrottsnämnden, testfrågor 2022';

export function testQuestionSet(id: string): QuestionSet {
  const set = TEST_QUESTION_SETS.find((candidate) => candidate.id === id);
  if (set === undefined) throw new Error(`No test question set ${id}`);
  return set;
}
