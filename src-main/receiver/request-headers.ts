// The two headers a submission carries besides its body, as the protocol says them: the
// Idempotency-Key, which makes a retry safe, and the sender's key as a bearer token.
import type { IncomingHttpHeaders } from 'node:http';
import { AppError } from '../errors/app-error.ts';
import { bearerKeyOf, HEADERS, idempotencyKeySchema } from '../protocol/submission-protocol.ts';

export function idempotencyKeyOf(headers: IncomingHttpHeaders): string {
  const value = headers[HEADERS.idempotencyKey];
  if (typeof value !== 'string' || value === '') {
    throw new AppError('invalid-request', 'Rubriken Idempotency-Key saknas. Varje inlämning ska ha en egen nyckel, och samma nyckel när den skickas igen.');
  }
  if (!idempotencyKeySchema.safeParse(value).success) {
    throw new AppError('invalid-request', 'Rubriken Idempotency-Key är ogiltig: den ska vara 1–200 synliga ASCII-tecken, utan mellanslag.');
  }
  return value;
}

/** The bearer key, or undefined when there is none or it is not a bearer key at all. */
export function senderKeyOf(headers: IncomingHttpHeaders): string | undefined {
  return bearerKeyOf(headers[HEADERS.authorization]);
}
