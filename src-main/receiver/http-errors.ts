// Every answer the receiver refuses with is a status and one short Swedish sentence, sent as
// the protocol's {"error": "..."}. The receiver's own refusals are AppErrors, whose code gives
// the status; errors raised by Fastify or by @fastify/multipart (limits, a body that is not
// multipart) are recognised by their code, so the sender never reads an English framework
// message.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { AppError, errnoCode, type AppErrorCode } from '../errors/app-error.ts';
import type { RefusalAnswer } from '../protocol/submission-protocol.ts';

export const MESSAGES = {
  notMultipart: 'Inlämningen ska skickas som multipart/form-data med delarna report och document.',
  unreadableMultipart: 'Inlämningen gick inte att läsa som multipart/form-data. Skicka den igen.',
  tooLarge: 'Inlämningen är större än 20 MB och togs inte emot.',
  tooManyParts: 'Inlämningen har för många delar; den ska ha exakt två: report och document.',
  cutOff: 'Inlämningen avbröts innan den kommit fram helt och sparades inte. Skicka den igen.',
  timeout: 'Inlämningen tog för lång tid att skicka och avbröts. Ingenting sparades; skicka den igen.',
  notFound: 'Adressen finns inte. Inlämningar skickas till /inlamning.',
  methodNotAllowed: 'Metoden stöds inte här. Skicka inlämningen med POST.',
  badRequest: 'Begäran gick inte att läsa.',
  unavailable: 'Inlämningen kunde inte sparas hos staden just nu. Ingenting sparades; försök igen om en stund.',
  busy: 'Mottagaren tar emot många inlämningar just nu. Ingenting sparades; försök igen om en stund.',
  internal: 'Ett oväntat fel inträffade hos mottagaren. Ingenting sparades; försök igen om en stund.',
} as const;

/** The HTTP status of each of the app's error codes, as the receiver answers it. */
const STATUS_BY_CODE: Record<AppErrorCode, number> = {
  'invalid-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  busy: 409,
  'too-many-attempts': 429,
  'too-large': 413,
  'unsupported-type': 415,
  rejected: 422,
  corrupt: 422,
  'already-exists': 422,
  'already-sent': 409,
  'newer-version': 422,
  unavailable: 503,
  'disk-full': 503,
  'read-only': 503,
  'no-permission': 503,
  unreachable: 503,
  unexpected: 500,
};

// Codes from fastify and @fastify/multipart, with what the sender is told.
const FRAMEWORK_ANSWERS: Record<string, { status: number; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, message: MESSAGES.notMultipart },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, message: MESSAGES.notMultipart },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, message: MESSAGES.tooLarge },
  FST_REQ_FILE_TOO_LARGE: { status: 413, message: MESSAGES.tooLarge },
  FST_PARTS_LIMIT: { status: 413, message: MESSAGES.tooManyParts },
  FST_FILES_LIMIT: { status: 413, message: MESSAGES.tooManyParts },
  FST_FIELDS_LIMIT: { status: 413, message: MESSAGES.tooManyParts },
  FST_MP_PREMATURE_CLOSE: { status: 400, message: MESSAGES.cutOff },
  FST_PROTO_VIOLATION: { status: 400, message: MESSAGES.unreadableMultipart },
  FST_INVALID_JSON_FIELD_ERROR: { status: 400, message: MESSAGES.unreadableMultipart },
};

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

/** True for the errors the framework raises about the request itself (as opposed to our bugs). */
export function isFrameworkRefusal(error: unknown): boolean {
  return FRAMEWORK_ANSWERS[errnoCode(error) ?? ''] !== undefined;
}

/** What the sender is told for `error`; `unexpected` answers are also written to the operator's log. */
export function answerFor(error: unknown): { status: number; message: string; unexpected: boolean } {
  if (error instanceof AppError) {
    const status = STATUS_BY_CODE[error.code];
    if (status < 500) return { status, message: error.message, unexpected: false };
    // The operator reads the cause in the log; the sender only that nothing was stored.
    return { status, message: error.code === 'unavailable' ? error.message : MESSAGES.internal, unexpected: true };
  }
  const known = FRAMEWORK_ANSWERS[errnoCode(error) ?? ''];
  if (known) return { ...known, unexpected: false };
  // Other client errors fastify raises (a wrong Content-Length, a bad header): their status,
  // with a general Swedish sentence.
  const status = statusOf(error);
  if (status !== undefined && status >= 400 && status < 500) return { status, message: MESSAGES.badRequest, unexpected: false };
  return { status: 500, message: MESSAGES.internal, unexpected: true };
}

/** The protocol's refusal body. */
export function refusal(message: string): RefusalAnswer {
  return { error: message };
}

/**
 * Node's own answer to a request it cuts (past the request time limit, or unparseable HTTP),
 * written on the socket before it is closed: the same JSON shape, in Swedish.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = JSON.stringify(refusal(status === 408 ? MESSAGES.timeout : MESSAGES.badRequest));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
