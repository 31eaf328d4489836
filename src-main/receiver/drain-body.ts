// A refusal is answered only once the request's body has arrived, read and thrown away, up to
// a limit: a client that reads the answer only after it has sent everything (Node's http, curl
// on a slow line, a city's own integration) would otherwise have the connection closed under
// it mid-upload and see a reset instead of the status. Past the limit, or when the client
// stalls past the request time limit, the connection is closed as before.
import type { IncomingMessage } from 'node:http';

/** Resolves true once the whole body has been read and thrown away; false when it was cut. */
export function drainBody(request: IncomingMessage, maxBytes: number): Promise<boolean> {
  // readableEnded too: a request handed in without a socket (inject) never sets `complete`.
  if (request.complete || request.readableEnded) return Promise.resolve(true);
  if (request.destroyed) return Promise.resolve(false);
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve(false);
  // A parser may have been reading it (multipart): from here on its bytes go nowhere.
  request.unpipe();
  return new Promise((resolve) => {
    let seen = 0;
    const finish = (whole: boolean): void => {
      request.off('data', count).off('end', ended).off('close', closed).off('error', failed);
      resolve(whole);
    };
    const count = (chunk: Buffer): void => {
      seen += chunk.length;
      if (seen > maxBytes) {
        request.pause();
        finish(false);
      }
    };
    const ended = (): void => finish(true);
    const closed = (): void => finish(request.complete || request.readableEnded);
    const failed = (): void => finish(false);
    request.on('data', count).once('end', ended).once('close', closed).once('error', failed);
    request.resume();
  });
}
