// The questions the city sets for one organisation and budget year, under the focus areas that
// concern it. Each question has an id that stays while its wording changes, unique within its
// set. Read through the schema wherever a set comes from (the bundled files, a test's fixture,
// a file named on the command line).
import { z } from 'zod';
import { focusAreaNumberSchema, questionIdSchema } from './vocabulary-schemas.ts';
import type { FocusAreaNumber } from './vocabulary.ts';

interface SetQuestion {
  id: string;
  text: string;
}

export interface QuestionSet {
  id: string;
  name: string;
  /** The organisation the set is for, as the header's "Nämnd" names it. */
  committee: string;
  year: number;
  focusAreas: { number: FocusAreaNumber; questions: SetQuestion[] }[];
}

const textSchema = z.string().trim().min(1).max(10_000);

const questionSetSchema = z
  .object({
    id: questionIdSchema,
    name: textSchema,
    committee: textSchema,
    year: z.number().int().min(2000).max(2100),
    focusAreas: z
      .array(z.object({ number: focusAreaNumberSchema, questions: z.array(z.object({ id: questionIdSchema, text: textSchema }).strict()).max(50) }).strict())
      .max(4),
  })
  .strict()
  .superRefine((set, context) => {
    const seen = new Set<string>();
    for (const question of set.focusAreas.flatMap((area) => area.questions)) {
      if (seen.has(question.id)) context.addIssue({ code: 'custom', message: `Frågan ${question.id} finns två gånger i ${set.id}.` });
      seen.add(question.id);
    }
  }) satisfies z.ZodType<QuestionSet>;

/** The sets offered in Ny rapport, each id once. */
export const questionSetListSchema = z
  .array(questionSetSchema)
  .max(500)
  .superRefine((sets, context) => {
    const ids = sets.map((set) => set.id);
    const twice = ids.find((id, index) => ids.indexOf(id) !== index);
    if (twice !== undefined) context.addIssue({ code: 'custom', message: `Frågeuppsättningen ${twice} finns två gånger.` });
  });
