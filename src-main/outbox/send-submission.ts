// One attempt to hand a version to the city's receiver: a multipart/form-data POST with the
// part `report` (the report as JSON) and the part `document` (the .docx), the version's
// Idempotency-Key, and the sender key when there is one. The answer is sorted into: sent (a
// receipt), worth trying again (the network, a busy or failing server), or refused (the
// receiver will not take this content; the user must act).

export type SendOutcome =
  | { kind: 'sent'; receipt: string; receivedAt: string | undefined }
  | { kind: 'retry'; problem: string; connection: boolean; retryAfterMs?: number | undefined; needsUser?: boolean }
  | { kind: 'rejected'; problem: string };

export interface SendRequest {
  url: string;
  idempotencyKey: string;
  senderKey: string | undefined;
  reportJson: Uint8Array;
  document: Uint8Array;
  documentName: string;
  timeoutMs: number;
  fetch: typeof fetch;
  now: () => Date;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function sendSubmission(request: SendRequest): Promise<SendOutcome> {
  const body = new FormData();
  body.append('report', new Blob([new Uint8Array(request.reportJson)], { type: 'application/json' }), 'report.json');
  body.append('document', new Blob([new Uint8Array(request.document)], { type: DOCX_TYPE }), request.documentName);
  const headers: Record<string, string> = { 'idempotency-key': request.idempotencyKey, accept: 'application/json' };
  if (request.senderKey) headers.authorization = `Bearer ${request.senderKey}`;

  let response: Response;
  try {
    response = await request.fetch(request.url, { method: 'POST', body, headers, signal: AbortSignal.timeout(request.timeoutMs) });
  } catch (error) {
    return connectionFailure(error, request.timeoutMs);
  }
  const answer = await readAnswer(response);
  if (response.ok) {
    if (answer.receipt === undefined) return { kind: 'retry', problem: 'Mottagaren svarade utan kvitto. Rapporten skickas igen.', connection: false };
    return { kind: 'sent', receipt: answer.receipt, receivedAt: answer.receivedAt };
  }
  const said = answer.error === undefined ? '' : ` Mottagaren: "${answer.error}"`;
  const retryAfterMs = retryAfter(response.headers.get('retry-after'), request.now());
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

interface Answer {
  receipt?: string | undefined;
  receivedAt?: string | undefined;
  error?: string | undefined;
}

/** The receiver's JSON answer; anything else (an HTML error page from a proxy) says nothing. */
async function readAnswer(response: Response): Promise<Answer> {
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const text = (key: string): string | undefined => {
    const value = (raw as Record<string, unknown>)[key];
    return typeof value === 'string' && value.length > 0 && value.length <= 2_000 ? value : undefined;
  };
  return { receipt: text('receipt'), receivedAt: text('receivedAt'), error: text('error') };
}

function connectionFailure(error: unknown, timeoutMs: number): SendOutcome {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { kind: 'retry', connection: false, problem: `Mottagaren svarade inte inom ${timeoutMs / 1000} sekunder. Rapporten skickas igen.` };
  }
  return { kind: 'retry', connection: true, problem: 'Mottagaren gick inte att nå (ingen förbindelse). Rapporten skickas när förbindelsen finns.' };
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
function retryAfter(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
