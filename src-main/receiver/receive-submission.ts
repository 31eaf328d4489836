// One POST /inlamning, in the order that costs the sender least and the receiver least: who
// is sending (before a byte of the body is read), the Idempotency-Key, the two parts, the
// report against the app's schema, whether it is the sender's own organisation's, whether the
// key is known, and only then the .docx through the import's worker and the durable store.
import { join } from 'node:path';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { operatorFileError } from '../errors/file-errors.ts';
import { organisationKey, organisationName, sameOrganisation } from '../report/organisation.ts';
import type { FailedKeys } from './failed-keys.ts';
import type { PartChecks } from './part-checks.ts';
import { MESSAGES } from './http-errors.ts';
import { idempotencyKeyOf, senderKeyOf } from './request-headers.ts';
import type { SenderKeys } from './senders.ts';
import { PART_FILES, receiveSubmissionParts } from './submission-parts.ts';
import type { Receipt, SubmissionStore } from './submission-store.ts';

export interface ReceiverContext {
  /** False only with --without-keys, on a closed network. */
  requireKeys: boolean;
  senders: SenderKeys;
  /** Unknown or missing keys by client address, to slow down guessing. */
  failedKeys: FailedKeys;
  store: SubmissionStore;
  checks: PartChecks;
  /** Where the receiver keeps its data, to name in what the operator reads. */
  dataFolder: string;
  /** The operator's log (JSON lines on stderr): each version stored. */
  log: FastifyBaseLogger;
}

export interface Accepted {
  status: 200 | 201;
  receipt: Receipt;
}

export async function senderOrganisation(request: FastifyRequest, context: ReceiverContext): Promise<string> {
  if (context.failedKeys.turnAway(request.ip) !== undefined) {
    throw new AppError('too-many-attempts', 'För många försök med fel avsändarnyckel från den här adressen. Vänta en minut och försök igen med rätt nyckel.');
  }
  const key = senderKeyOf(request.headers);
  if (key === undefined) {
    context.failedKeys.failed(request.ip);
    throw new AppError('unauthorized', 'Avsändarnyckel saknas. Skicka den i rubriken Authorization: Bearer <nyckel>.');
  }
  let holder;
  try {
    holder = await context.senders.holderOf(key);
  } catch (error) {
    throw new AppError('unavailable', MESSAGES.unavailable, { cause: error });
  }
  if (holder?.role === 'coordinator')
    throw new AppError('forbidden', 'Nyckeln är en samordnarnyckel: den kan läsa inlämningarna men inte skicka in. Använd nämndens avsändarnyckel.');
  const organisation = holder?.organisation;
  if (organisation === undefined) {
    context.failedKeys.failed(request.ip);
    throw new AppError('unauthorized', 'Avsändarnyckeln är okänd hos staden. Kontrollera nyckeln, eller be om en ny.');
  }
  return organisation;
}

export async function receiveSubmission(request: FastifyRequest, context: ReceiverContext): Promise<Accepted> {
  const keyOrganisation = context.requireKeys ? await senderOrganisation(request, context) : undefined;
  if (!request.isMultipart()) throw new AppError('unsupported-type', MESSAGES.notMultipart);
  const idempotencyKey = idempotencyKeyOf(request.headers);
  const folder = await onDisk(() => context.store.incomingFolder(), 'att ta emot inlämningen', context);
  try {
    return await receiveInto(folder, request, context, { keyOrganisation, idempotencyKey });
  } finally {
    // A refused or failed submission leaves nothing behind (a stored one has moved on).
    await context.store
      .discard(folder)
      .catch((error: unknown) => context.log.warn(operatorFileError(error, `att ta bort ${folder}`, context.dataFolder).message));
  }
}

/** A failure of the receiver's own disk: the operator reads the cause in the log; the sender, that nothing was kept. */
async function onDisk<T>(work: () => Promise<T>, what: string, context: ReceiverContext): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof Error && 'syscall' in error)) throw error;
    throw new AppError('unavailable', MESSAGES.unavailable, { cause: operatorFileError(error, what, context.dataFolder) });
  }
}

async function receiveInto(
  folder: string,
  request: FastifyRequest,
  context: ReceiverContext,
  sender: { keyOrganisation: string | undefined; idempotencyKey: string },
): Promise<Accepted> {
  const parts = await onDisk(() => receiveSubmissionParts(request, folder), 'att ta emot inlämningen', context);
  const report = await context.checks.readReport(join(folder, PART_FILES.report));

  const committee = report.committee;
  const { keyOrganisation, idempotencyKey } = sender;
  if (keyOrganisation !== undefined && !sameOrganisation(keyOrganisation, committee)) {
    throw new AppError(
      'forbidden',
      `Nyckeln hör till ${keyOrganisation}, men rapporten är från ${committee || 'en okänd nämnd'}. Skicka rapporten med dess egen nämnds nyckel.`,
    );
  }
  if (organisationKey(committee) === '') throw new AppError('rejected', 'Rapporten saknar nämnd (fältet Nämnd), så den kan inte tas emot.');
  const organisation = keyOrganisation ?? organisationName(committee);

  const outcome = await onDisk(
    () => context.store.receive({ organisation, report, parts, idempotencyKey }, () => context.checks.checkDocument(join(folder, PART_FILES.document))),
    `att spara inlämningen från ${organisation}`,
    context,
  );
  switch (outcome.kind) {
    case 'created':
      context.log.info(
        { receipt: outcome.receipt.receipt, organisation, reportId: report.id, folder: outcome.folder },
        `Tog emot ${outcome.receipt.receipt} från ${organisation} (${outcome.folder}).`,
      );
      return { status: 201, receipt: outcome.receipt };
    case 'repeated':
      return { status: 200, receipt: outcome.receipt };
    case 'in-progress':
      throw new AppError('busy', 'En inlämning med samma Idempotency-Key sparas just nu. Vänta en stund och skicka igen med samma nyckel.');
    case 'key-reused':
      throw new AppError('rejected', 'Den här Idempotency-Key har redan använts för en annan inlämning. En ändrad rapport skickas med en ny nyckel.');
  }
}
