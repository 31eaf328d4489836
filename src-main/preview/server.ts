// The renderer served to an ordinary browser on 127.0.0.1, with `window.bridge`'s calls carried over
// HTTP to the same services the Electron app uses. A per-run secret, given to the browser in
// the URL's fragment, guards every call; the Host header is checked so that another web page
// cannot reach the server through a rebound DNS name.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../ipc/contract.ts';
import { dispatch } from '../ipc/dispatch.ts';
import { CONTENT_SECURITY_POLICY } from '../renderer-files/content-security-policy.ts';
import { readStaticFile } from '../renderer-files/static-files.ts';

export const SECRET_HEADER = 'x-preview-secret';
// An imported file of up to 50 MB arrives as base64.
const MAX_BODY_BYTES = 80 * 1024 * 1024;
// Two bodies read at once at most: an import of the largest file fits, eight of them do not.
const BODIES_AT_ONCE = 2;
const SMALL_BODY_BYTES = 1024 * 1024;

export interface PreviewServerOptions {
  handlers: Handlers;
  rendererFolder: string;
  port: number;
  secret?: string;
}

export interface PreviewServer {
  url: string;
  origin: string;
  secret: string;
  server: Server;
  close(): Promise<void>;
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A caller that went away mid-request is not an error of the server's.
      if (request.destroyed) return;
      console.error(error);
      if (!response.headersSent) respond(response, 500, 'text/plain; charset=utf-8', 'Internt fel');
    });
  });

  let origin = '';
  const bodySlots = new Slots(BODIES_AT_ONCE);
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.host !== new URL(origin).host) {
      respond(response, 421, 'text/plain; charset=utf-8', 'Fel värdnamn');
      return;
    }
    const path = new URL(request.url ?? '/', origin).pathname;
    if (path.startsWith('/api/')) {
      const channel = decodedOrUndefined(path.slice('/api/'.length));
      if (channel === undefined) {
        respond(response, 400, 'text/plain; charset=utf-8', 'Ogiltig adress');
        return;
      }
      await handleCall(request, response, channel);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      respond(response, 405, 'text/plain; charset=utf-8', 'Metoden stöds inte');
      return;
    }
    const file = await readStaticFile(options.rendererFolder, path);
    if (file === undefined) {
      respond(response, 404, 'text/plain; charset=utf-8', 'Finns inte');
      return;
    }
    // Built assets carry a content hash in their names, so they can be cached for good;
    // the page itself is always fetched fresh.
    const cacheControl = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    respond(response, 200, file.contentType, file.body, cacheControl);
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') {
      respond(response, 405, 'text/plain; charset=utf-8', 'Metoden stöds inte');
      return;
    }
    if (!secretMatches(request.headers[SECRET_HEADER], secret)) {
      respond(response, 403, 'text/plain; charset=utf-8', 'Åtkomst nekad');
      return;
    }
    // Large bodies (an imported file) are read a few at a time, so even a caller with the
    // secret cannot fill the memory; the everyday calls are small and never wait for them.
    const declared = Number(request.headers['content-length'] ?? Number.NaN);
    const body = declared <= SMALL_BODY_BYTES ? await readBody(request) : await bodySlots.run(() => readBody(request));
    if (body === undefined) {
      respond(response, 413, 'text/plain; charset=utf-8', 'För stort');
      return;
    }
    let input: unknown;
    try {
      input = JSON.parse(body);
    } catch {
      respond(response, 400, 'text/plain; charset=utf-8', 'Ogiltig JSON');
      return;
    }
    const envelope = await dispatch(options.handlers, channel, input);
    respond(response, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#secret=${secret}`,
    origin,
    secret,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function decodedOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Runs at most `size` tasks at a time; the rest wait their turn. */
class Slots {
  #free: number;
  readonly #waiting: (() => void)[] = [];

  constructor(size: number) {
    this.#free = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#free === 0) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#free -= 1;
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free += 1;
    }
  }
}

function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function respond(response: ServerResponse, status: number, contentType: string, body: string | Buffer, cacheControl = 'no-store'): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': cacheControl,
  });
  response.end(body);
}
