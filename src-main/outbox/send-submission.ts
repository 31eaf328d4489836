// One attempt to hand a version to the city's receiver: a multipart/form-data POST with the
// part `report` (the report as JSON) and the part `document` (the .docx), the version's
// Idempotency-Key, and the sender key when there is one. The answer is sorted into: sent (a
// receipt), worth trying again (the network, a busy or failing server), or refused (the
// receiver will not take this content; the user must act). The parts, headers and answers are
// the submission protocol's (protocol/), which the receiver reads and writes too.
import { AppError } from '../errors/app-error.ts';
import { jsonOf } from '../network/answer-body.ts';
import { describeFetchFailure } from '../network/fetch-failure.ts';
import type { HttpResponse, ReceiverConnection } from '../network/receiver-connection.ts';
import { bearerHeader, HEADERS, PARTS, receiptAnswerSchema, refusalAnswerSchema, type ReceiptAnswer } from '../protocol/submission-protocol.ts';

export type SendOutcome =
  | ({ kind: 'sent' } & ReceiptAnswer)
  | { kind: 'retry'; problem: string; connection: boolean; retryAfterMs?: number | undefined; needsUser?: boolean }
  | { kind: 'rejected'; problem: string };

export interface SendRequest {
  url: string;
  idempotencyKey: string;
  senderKey: string | undefined;
  reportJson: Uint8Array;
  document: Uint8Array;
  documentName: string;
  /** Ends the attempt: with a TimeoutError past its time limit, or when the app closes. */
  signal: AbortSignal;
  /** The time limit the signal keeps, as the user is told it. */
  timeoutMs: number;
  connection: ReceiverConnection;
  now: () => Date;
}

/** The multipart body as bytes, with its Content-Type: the same for every door's fetch. */
async function multipartBody(request: SendRequest): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string }> {
  const form = new FormData();
  form.append('report', new Blob([new Uint8Array(request.reportJson)], { type: PARTS.report.contentType }), PARTS.report.fileName);
  form.append('document', new Blob([new Uint8Array(request.document)], { type: PARTS.document.contentType }), request.documentName);
  const encoded = new Request('http://localhost/', { method: 'POST', body: form });
  return { body: new Uint8Array(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type') ?? '' };
}

export async function sendSubmission(request: SendRequest): Promise<SendOutcome> {
  const { body, contentType } = await multipartBody(request);
  const headers: Record<string, string> = { [HEADERS.idempotencyKey]: request.idempotencyKey, accept: 'application/json', 'content-type': contentType };
  if (request.senderKey) headers[HEADERS.authorization] = bearerHeader(request.senderKey);

  let response: HttpResponse;
  try {
    response = await request.connection.fetch(request.url, { method: 'POST', body, headers, signal: request.signal });
  } catch (error) {
    return connectionFailure(error, request);
  }
  const answer = await jsonOf(response);
  if (response.ok) {
    const receipt = receiptAnswerSchema.safeParse(answer);
    if (!receipt.success) return { kind: 'retry', problem: 'Mottagaren svarade utan kvitto. Rapporten skickas igen.', connection: false };
    return { kind: 'sent', ...receipt.data };
  }
  const refusal = refusalAnswerSchema.safeParse(answer);
  const said = refusal.success ? ` Mottagaren: "${refusal.data.error}"` : '';
  const retryAfterMs = retryAfter(response.headers.get(HEADERS.retryAfter), request.now());
  switch (response.status) {
    case 401:
      return {
        kind: 'retry',
        needsUser: true,
        connection: false,
        problem: `Mottagaren godtog inte avsändarnyckeln. Kontrollera nyckeln under Inställningar.${said}`,
      };
    case 403:
      return {
        kind: 'retry',
        needsUser: true,
        connection: false,
        problem: `Avsändarnyckeln gäller inte den här nämnden. Kontrollera nyckeln och fältet Nämnd.${said}`,
      };
    case 408:
    case 409:
    case 425:
    case 429:
      return { kind: 'retry', connection: false, retryAfterMs, problem: `Mottagaren är upptagen (${response.status}). Rapporten skickas igen.${said}` };
    default:
      if (response.status >= 500)
        return { kind: 'retry', connection: false, retryAfterMs, problem: `Mottagaren hade ett fel (${response.status}). Rapporten skickas igen.${said}` };
      return { kind: 'rejected', problem: `Mottagaren tog inte emot rapporten (${response.status}).${said}` };
  }
}

function connectionFailure(error: unknown, request: SendRequest): SendOutcome {
  // The door's own setting could not be used (IT's CA file): that, not the network, is the problem.
  if (error instanceof AppError) return { kind: 'retry', connection: false, problem: error.message };
  const { problem, connection, offline } = describeFetchFailure(error, {
    url: request.url,
    proxy: request.connection.proxyFor(request.url),
    timeoutMs: request.timeoutMs,
    online: request.connection.online(),
  });
  return { kind: 'retry', connection, problem: `${problem} ${offline ? 'Rapporten skickas när nätverket finns.' : 'Rapporten skickas igen.'}` };
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
function retryAfter(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
