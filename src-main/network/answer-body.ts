// Reading the body of the receiver's answer: as JSON where it is the receiver's own (a proxy's
// HTML error page says nothing), or as bytes, never more than the caller expects, so that an
// answer without end (a wrong address, a hostile server) cannot fill the memory.
import { AppError } from '../errors/app-error.ts';
import type { HttpResponse } from './receiver-connection.ts';

/** The answer as JSON, or undefined when it is not JSON. */
export async function jsonOf(response: HttpResponse): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** The whole body, refused (and the rest not read) past maxBytes; `what` names it in the message. */
export async function bytesOf(response: HttpResponse, maxBytes: number, what: string): Promise<Uint8Array> {
  const tooLarge = (): AppError => new AppError('too-large', `${what} är större än ${Math.round(maxBytes / 1024 / 1024)} MB och lästes inte.`);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  if (reader === undefined) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks, total);
}
