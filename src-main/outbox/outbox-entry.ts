// One version of a report waiting to reach the city, or sent: what is kept on disk about it,
// and how the user sees it.
import { z } from 'zod';
import { periodSchema } from '../form/vocabulary-schemas.ts';
import { yearSchema } from '../report/model.ts';
import type { PeriodId } from '../form/vocabulary.ts';

export const OUTBOX_SCHEMA_VERSION = 1;

const isoTime = z.iso.datetime();

export const outboxEntrySchema = z.object({
  schemaVersion: z.literal(OUTBOX_SCHEMA_VERSION),
  /** Also the Idempotency-Key: the same for every attempt to send this version. */
  id: z.uuid(),
  reportId: z.uuid(),
  version: z.number().int().min(1),
  committee: z.string().max(2_000),
  period: periodSchema,
  year: yearSchema,
  /** When the user pressed "Skicka in": the version's time. */
  submittedAt: isoTime,
  attempts: z.number().int().min(0),
  lastAttemptAt: isoTime.optional(),
  /** Why the last attempt did not get a receipt, in Swedish. */
  problem: z.string().max(2_000).optional(),
  nextAttemptAt: isoTime.optional(),
  /** The receiver refused the content itself; trying again will not help until something changes. */
  rejected: z.boolean().optional(),
  receipt: z.string().max(200).optional(),
  receivedAt: isoTime.optional(),
  /** What the version says (reportContentHash): the same content is not queued again unasked. */
  contentHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  sentAt: isoTime.optional(),
});

export type OutboxEntry = z.output<typeof outboxEntrySchema>;

type OutboxState = 'waiting' | 'sending' | 'sent' | 'failing' | 'rejected';

/** An outbox entry as the user sees it. */
export interface OutboxItem {
  id: string;
  reportId: string;
  committee: string;
  period: PeriodId;
  year: number;
  version: number;
  submittedAt: string;
  state: OutboxState;
  attempts: number;
  problem?: string | undefined;
  nextAttemptAt?: string | undefined;
  receipt?: string | undefined;
  receivedAt?: string | undefined;
}

export function outboxItem(entry: OutboxEntry, sending: boolean): OutboxItem {
  const state: OutboxState =
    entry.receipt !== undefined ? 'sent' : sending ? 'sending' : entry.rejected ? 'rejected' : entry.problem !== undefined ? 'failing' : 'waiting';
  return {
    id: entry.id,
    reportId: entry.reportId,
    committee: entry.committee,
    period: entry.period,
    year: entry.year,
    version: entry.version,
    submittedAt: entry.submittedAt,
    state,
    attempts: entry.attempts,
    problem: entry.problem,
    nextAttemptAt: entry.nextAttemptAt,
    receipt: entry.receipt,
    receivedAt: entry.receivedAt,
  };
}
