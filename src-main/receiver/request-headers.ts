// The two headers a submission carries besides its body: the Idempotency-Key (IETF draft
// "The Idempotency-Key HTTP Header Field"), which makes a retry safe, and the sender's key as
// a bearer token.
import type { IncomingHttpHeaders } from 'node:http';
import { Refusal } from './http-errors.ts';

// Visible ASCII only: no spaces (a repeated header, which Node joins with ", ", is refused).
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
// RFC 6750's b64token, which every key made by add-sender (base64url) is.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

export function idempotencyKeyOf(headers: IncomingHttpHeaders): string {
  const value = headers['idempotency-key'];
  if (typeof value !== 'string' || value === '') {
    throw new Refusal(400, 'Rubriken Idempotency-Key saknas. Varje inlämning ska ha en egen nyckel, och samma nyckel när den skickas igen.');
  }
  if (!IDEMPOTENCY_KEY.test(value)) {
    throw new Refusal(400, 'Rubriken Idempotency-Key är ogiltig: den ska vara 1–200 synliga ASCII-tecken, utan mellanslag.');
  }
  return value;
}

/** The bearer key, or undefined when there is none or it is not a bearer key at all. */
export function bearerKeyOf(headers: IncomingHttpHeaders): string | undefined {
  const value = headers.authorization;
  return typeof value === 'string' ? BEARER.exec(value)?.[1] : undefined;
}
