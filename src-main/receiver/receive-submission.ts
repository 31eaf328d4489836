// One POST /inlamning, in the order that costs the sender least and the receiver least: who
// is sending (before a byte of the body is read), the Idempotency-Key, the two parts, the
// report against the app's schema, whether it is the sender's own organisation's, whether the
// key is known, and only then the .docx through the import's worker and the durable store.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { fileSystemError } from '../errors/file-errors.ts';
import { organisationKey, organisationName, sameOrganisation } from '../report/organisation.ts';
import type { PartChecks } from './part-checks.ts';
import { MESSAGES } from './http-errors.ts';
import { idempotencyKeyOf, senderKeyOf } from './request-headers.ts';
import type { SenderKeys } from './senders.ts';
import { readSubmissionParts } from './submission-parts.ts';
import type { Receipt, SubmissionStore } from './submission-store.ts';

export interface ReceiverContext {
  /** False only with --without-keys, on a closed network. */
  requireKeys: boolean;
  senders: SenderKeys;
  store: SubmissionStore;
  checks: PartChecks;
  /** The operator's log (stderr): each version stored. */
  log: (line: string) => void;
}

export interface Accepted {
  status: 200 | 201;
  receipt: Receipt;
}

export async function senderOrganisation(request: FastifyRequest, context: ReceiverContext): Promise<string> {
  const key = senderKeyOf(request.headers);
  if (key === undefined) throw new AppError('unauthorized', 'Avsändarnyckel saknas. Skicka den i rubriken Authorization: Bearer <nyckel>.');
  let organisation: string | undefined;
  try {
    organisation = await context.senders.organisationOf(key);
  } catch (error) {
    throw new AppError('unavailable', MESSAGES.unavailable, { cause: error });
  }
  if (organisation === undefined) throw new AppError('unauthorized', 'Avsändarnyckeln är okänd hos staden. Kontrollera nyckeln, eller be om en ny.');
  return organisation;
}

export async function receiveSubmission(request: FastifyRequest, context: ReceiverContext): Promise<Accepted> {
  const keyOrganisation = context.requireKeys ? await senderOrganisation(request, context) : undefined;
  if (!request.isMultipart()) throw new AppError('unsupported-type', MESSAGES.notMultipart);
  const idempotencyKey = idempotencyKeyOf(request.headers);
  const parts = await readSubmissionParts(request);
  const report = await context.checks.readReport(parts.report);

  const committee = report.committee;
  if (keyOrganisation !== undefined && !sameOrganisation(keyOrganisation, committee)) {
    throw new AppError(
      'forbidden',
      `Nyckeln hör till ${keyOrganisation}, men rapporten är från ${committee || 'en okänd nämnd'}. Skicka rapporten med dess egen nämnds nyckel.`,
    );
  }
  if (organisationKey(committee) === '') throw new AppError('rejected', 'Rapporten saknar nämnd (fältet Nämnd), så den kan inte tas emot.');
  const organisation = keyOrganisation ?? organisationName(committee);

  let outcome;
  try {
    outcome = await context.store.receive({ organisation, report, reportBytes: parts.report, documentBytes: parts.document, idempotencyKey }, () =>
      context.checks.checkDocument(parts.document),
    );
  } catch (error) {
    // The document check's own answer ('rejected', or 'unavailable' when its worker failed).
    if (error instanceof AppError && (error.code === 'rejected' || error.code === 'unavailable')) throw error;
    // The operator reads (in the log) what went wrong with the disk; the sender, that nothing was kept.
    throw new AppError('unavailable', MESSAGES.unavailable, { cause: fileSystemError(error, `att spara inlämningen från ${organisation}`) });
  }
  switch (outcome.kind) {
    case 'created':
      context.log(`Tog emot ${outcome.receipt.receipt} från ${organisation} (${outcome.folder}).`);
      return { status: 201, receipt: outcome.receipt };
    case 'repeated':
      return { status: 200, receipt: outcome.receipt };
    case 'in-progress':
      throw new AppError('busy', 'En inlämning med samma Idempotency-Key sparas just nu. Vänta en stund och skicka igen med samma nyckel.');
    case 'key-reused':
      throw new AppError('rejected', 'Den här Idempotency-Key har redan använts för en annan inlämning. En ändrad rapport skickas med en ny nyckel.');
  }
}
