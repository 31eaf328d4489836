// The vocabulary's schemas, built from its lists so a period or a focus area is named in one
// place. Apart from vocabulary.ts because zod stays out of what the renderer runs.
import { z } from 'zod';
import { FOCUS_AREA_NUMBERS, PERIOD_IDS } from './vocabulary.ts';

export const periodSchema = z.enum(PERIOD_IDS);
export const focusAreaNumberSchema = z.literal(FOCUS_AREA_NUMBERS);
