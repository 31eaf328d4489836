// The question sets the app ships with, read through the schema when the main process starts.
// Only the app's start (Electron, the preview) names them; everything else is given its sets.
import idrottsnamnden2022 from '../../resources/form/question-sets/idrottsnamnden-2022.json' with { type: 'json' };
import kulturnamnden2022 from '../../resources/form/question-sets/kulturnamnden-2022.json' with { type: 'json' };
import { questionSetListSchema, type QuestionSet } from './form-set.ts';

export const BUNDLED_QUESTION_SETS: readonly QuestionSet[] = questionSetListSchema.parse([kulturnamnden2022, idrottsnamnden2022]);
