// "Skicka in" and the outbox's list, and Inställningar's "Testa anslutningen", which sends as
// the outbox does.
import { z } from 'zod';
import { call, done, noInput, type CallHandlers } from '../calls/call-spec.ts';
import { reportIdSchema } from '../report/model.ts';
import type { ConnectionTestResult } from './connection-test.ts';
import type { OutboxItem } from './outbox-entry.ts';
import type { OutboxService } from './outbox-service.ts';

const byEntry = z.object({ entryId: z.uuid() }).strict();

export const outboxCalls = {
  'settings:test-connection': call<ConnectionTestResult>()(z.object({ receiverUrl: z.string().max(2_000), senderKey: z.string().max(500) }).strict()),
  'outbox:submit': call<OutboxItem>()(z.object({ id: reportIdSchema, sendDespiteFindings: z.boolean(), sendAgain: z.boolean().optional() }).strict()),
  'outbox:list': call<OutboxItem[]>()(noInput),
  'outbox:retry': call<null>()(byEntry),
  'outbox:retry-all': call<null>()(noInput),
  'outbox:withdraw': call<null>()(byEntry),
} as const;

export function outboxHandlers(outbox: OutboxService): CallHandlers<typeof outboxCalls> {
  return {
    'settings:test-connection': (typed) => outbox.testConnection(typed),
    'outbox:submit': ({ id, sendDespiteFindings, sendAgain }) => outbox.submit(id, sendDespiteFindings, sendAgain),
    'outbox:list': () => outbox.list(),
    'outbox:retry': ({ entryId }) => done(outbox.retryNow(entryId)),
    'outbox:retry-all': () => done(outbox.retryAll()),
    'outbox:withdraw': ({ entryId }) => done(outbox.withdraw(entryId)),
  };
}
