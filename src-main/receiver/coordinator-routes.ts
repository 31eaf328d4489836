// What the receiver serves the coordinator, read-only, with a coordinator key: the versions
// stored for a period, and each version's report and document as they were received. A sender
// key is refused (403), no key or an unknown one too (401, counted like any failed key). Nothing
// here writes anything.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { MAX_LISTED_VERSIONS, VERSIONS_PATH, type VersionListAnswer } from '../protocol/submission-protocol.ts';
import { periodSchema } from '../form/vocabulary-schemas.ts';
import { yearSchema } from '../report/model.ts';
import { MESSAGES } from './http-errors.ts';
import type { ReceiverContext } from './receive-submission.ts';
import { senderKeyOf } from './request-headers.ts';

const listQuerySchema = z.object({ ar: z.coerce.number().pipe(yearSchema), period: periodSchema });

const PARTS = {
  rapport: { file: 'report.json', type: 'application/json' },
  dokument: { file: 'document.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
} as const;

async function coordinatorOf(request: FastifyRequest, context: ReceiverContext): Promise<string> {
  if (context.failedKeys.turnAway(request.ip) !== undefined) {
    throw new AppError('too-many-attempts', 'För många försök med fel nyckel från den här adressen. Vänta en minut och försök igen med rätt nyckel.');
  }
  const key = senderKeyOf(request.headers);
  let holder;
  try {
    holder = key === undefined ? undefined : await context.senders.holderOf(key);
  } catch (error) {
    throw new AppError('unavailable', MESSAGES.unavailable, { cause: error });
  }
  if (holder === undefined) {
    context.failedKeys.failed(request.ip);
    throw new AppError('unauthorized', 'Ange en samordnarnyckel (Authorization: Bearer <nyckel>) för att läsa inlämningarna.');
  }
  if (holder.role !== 'coordinator')
    throw new AppError('forbidden', 'Nyckeln är en avsändarnyckel: den kan skicka in men inte läsa inlämningarna. Använd en samordnarnyckel.');
  return holder.name;
}

async function size(path: string): Promise<number> {
  return (await stat(path)).size;
}

export function registerCoordinatorRoutes(app: FastifyInstance, context: ReceiverContext): void {
  app.get(VERSIONS_PATH, async (request): Promise<VersionListAnswer> => {
    await coordinatorOf(request, context);
    const query = listQuerySchema.safeParse(request.query);
    if (!query.success) throw new AppError('invalid-request', 'Ange budgetår och period: ?ar=2026&period=T2.');
    const versions = context.store.versionsOf({ period: query.data.period, year: query.data.ar }).slice(0, MAX_LISTED_VERSIONS);
    return {
      versions: await Promise.all(
        versions.map(async ({ folder, receipt }) => ({
          receipt: receipt.receipt,
          receivedAt: receipt.receivedAt,
          organisation: receipt.organisation,
          committee: receipt.committee,
          reportId: receipt.reportId,
          period: receipt.period,
          year: receipt.year,
          reportBytes: await size(join(folder, PARTS.rapport.file)),
          documentBytes: await size(join(folder, PARTS.dokument.file)),
        })),
      ),
    };
  });

  app.get<{ Params: { receipt: string; part: string } }>(`${VERSIONS_PATH}/:receipt/:part`, async (request, reply) => {
    await coordinatorOf(request, context);
    const part = request.params.part === 'rapport' || request.params.part === 'dokument' ? PARTS[request.params.part] : undefined;
    const folder = context.store.versionFolder(request.params.receipt);
    if (part === undefined || folder === undefined)
      throw new AppError('not-found', `Inlämningen ${request.params.receipt.slice(0, 40)} finns inte hos mottagaren.`);
    return reply.type(part.type).send(createReadStream(join(folder, part.file)));
  });
}
