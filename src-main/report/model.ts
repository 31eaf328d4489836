// The report as it lives on disk and travels over IPC. Every string passes the same cleaning
// on the way in, and every file is read through this schema, never cast.
import { z } from 'zod';
import { cleanLine, cleanText } from './clean-text.ts';
import { newQuestionId } from './ids.ts';
import { MAX_LINE_LENGTH, MAX_QUESTIONS_PER_AREA, MAX_TEXT_LENGTH } from './limits.ts';
import { FOCUS_AREA_NUMBERS, type HeaderField } from '../form/vocabulary.ts';
import { focusAreaNumberSchema, periodSchema, questionIdSchema } from '../form/vocabulary-schemas.ts';

// Version 2 added `carriedOver` on questions (answers brought from the previous period);
// version 3 added `submissions` (each version sent to the city, and its receipt); version 4
// added `copyName`, which tells a named copy apart from the report of its organisation and
// period, and `questionYear` with `textChange` on questions (budget years brought up to date);
// version 5 added `identity` on questions (which question was asked, from period to period).
export const CURRENT_SCHEMA_VERSION = 5;

const multiParagraphText = z.string().max(MAX_TEXT_LENGTH).transform(cleanText);
const oneLineText = z.string().max(MAX_LINE_LENGTH).transform(cleanLine);

export const reportIdSchema = z.uuid();
export const yearSchema = z.number().int().min(2000).max(2100);

/** An answer brought over from the previous period, until the user has reviewed it. */
const carriedOverSchema = z.object({
  /** Where it came from, as the user reads it: "T1 2022". */
  from: z.string().max(100).transform(cleanLine),
  /** Last period's answer, shown beside the new one for reference. */
  previousAnswer: multiParagraphText,
  reviewed: z.boolean(),
});

const questionSchema = z.object({
  /** The editor's own row key: unique within this report, and nothing more (a copy or the next period may make new ones). */
  id: questionIdSchema,
  /**
   * Which question this is, kept from period to period while its wording changes: the city's
   * id from its form, or one made when the user added the question. It follows the question
   * into the next period, a copy, the Word export and back, the version sent and the
   * compilation, where answers are compared by it. Missing on questions from before (schema
   * version 4) and from Word forms that do not carry it: those are compared by their text.
   */
  identity: questionIdSchema.optional(),
  text: multiParagraphText,
  answer: multiParagraphText,
  carriedOver: carriedOverSchema.optional(),
  /** The question's text was changed by the app (a budget year brought up to date), until the user has looked. */
  textChange: z.object({ previousText: multiParagraphText, reviewed: z.boolean() }).optional(),
});

/** One version of the report sent to the city ("Skicka in"), and the city's receipt once it came. */
const submissionSchema = z.object({
  version: z.number().int().min(1).max(10_000),
  submittedAt: z.iso.datetime(),
  receipt: z.string().min(1).max(200).transform(cleanLine).optional(),
  receivedAt: z.iso.datetime().optional(),
  /** What the version said (reportContentHash), so the same content is not sent again unasked. */
  contentHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

const focusAreaSchema = z.object({
  number: focusAreaNumberSchema,
  questions: z.array(questionSchema).max(MAX_QUESTIONS_PER_AREA),
});

const headerSchema = z.object({
  committee: oneLineText,
  contactPerson: oneLineText,
  phone: oneLineText,
  email: oneLineText,
}) satisfies z.ZodType<Record<HeaderField, string>>;

export const reportSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: reportIdSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    period: periodSchema,
    year: yearSchema,
    header: headerSchema,
    focusAreas: z.array(focusAreaSchema).max(FOCUS_AREA_NUMBERS.length),
    otherInformation: multiParagraphText,
    submissions: z.array(submissionSchema).max(10_000),
    /** Set on a second report for the same organisation and period, chosen by the user. */
    copyName: z.string().max(200).transform(cleanLine).optional(),
    /** The budget year the questions were written for, when it is not the report's: the editor offers to update them. */
    questionYear: yearSchema.optional(),
  })
  .refine((report) => new Set(report.focusAreas.map((area) => area.number)).size === report.focusAreas.length, 'Ett fokusområde förekommer två gånger')
  .transform(renewDuplicateQuestionIds);

/**
 * Every question's id is unique within its report: the editor keys its list by them. So is
 * its identity: a question copied within a Word document carries its original's. A file
 * (imported, or edited by hand) with two questions sharing either gets a new one for the second.
 */
function renewDuplicateQuestionIds<T extends { focusAreas: { questions: { id: string; identity?: string | undefined }[] }[] }>(report: T): T {
  const ids = new Set<string>();
  const identities = new Set<string>();
  for (const area of report.focusAreas) {
    for (const question of area.questions) {
      while (ids.has(question.id)) question.id = newQuestionId();
      ids.add(question.id);
      if (question.identity === undefined) continue;
      while (identities.has(question.identity)) question.identity = newQuestionId();
      identities.add(question.identity);
    }
  }
  return report;
}

export type Report = z.output<typeof reportSchema>;
export type ReportInput = z.input<typeof reportSchema>;
export type Question = Report['focusAreas'][number]['questions'][number];
export type CarriedOver = z.output<typeof carriedOverSchema>;
export type Submission = z.output<typeof submissionSchema>;
export type FocusArea = Report['focusAreas'][number];
export type ReportHeader = Report['header'];
