// The vocabulary's schemas, built from its lists so a period or a focus area is named in one
// place. Apart from vocabulary.ts because zod stays out of what the renderer runs.
import { z } from 'zod';
import { FOCUS_AREA_NUMBERS, PERIOD_IDS } from './vocabulary.ts';

export const periodSchema = z.enum(PERIOD_IDS);
export const focusAreaNumberSchema = z.literal(FOCUS_AREA_NUMBERS);

/**
 * A question's identity as the city's form gives it, and the editor's row key: short, plain,
 * safe in a file name or a Word tag. A question set's own id is written the same way.
 */
export const questionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
