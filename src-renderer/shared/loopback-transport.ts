// The preview's transport: each call is a POST to the local server, carrying the per-run
// secret that the server printed in the URL's fragment. The fragment never reaches the
// server in a request line or a referrer; it is kept for this tab only.
import type { CallOutput, Envelope } from '../../src-main/ipc/contract.ts';
import type { Transport } from './transport.ts';
import { readHashParameter, writeHashParameter } from './location-hash.ts';
import { previewFailed, text } from './strings.ts';

const SECRET_KEY = 'preview-secret';
const SECRET_HEADER = 'x-preview-secret';

function takeSecret(): string {
  const secret = readHashParameter('secret');
  if (secret !== undefined) {
    sessionStorage.setItem(SECRET_KEY, secret);
    writeHashParameter('secret', undefined);
  }
  return sessionStorage.getItem(SECRET_KEY) ?? '';
}

export function createLoopbackTransport(): Transport {
  const secret = takeSecret();
  return async (channel, input) => {
    let response: Response;
    try {
      response = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SECRET_HEADER]: secret },
        body: JSON.stringify(input),
      });
    } catch {
      return networkFailure(text.previewUnreachable);
    }
    if (response.status === 403) {
      return networkFailure(text.previewForbidden);
    }
    if (!response.ok) return networkFailure(previewFailed(response.status));
    // The preview server answers every call with the dispatcher's envelope.
    return (await response.json()) as Envelope<CallOutput<typeof channel>>;
  };
}

function networkFailure(message: string) {
  return { ok: false as const, error: { name: 'ApiError', code: 'unreachable' as const, message } };
}
