// A fault-injecting proxy in front of the real receiver, on 127.0.0.1: each request is given
// the next fault in the list (then passed through untouched), so the outbox meets a failing,
// busy, silent, slow or cut-off receiver, and the real receiver still decides what is stored.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  /** 500 with a JSON error, after reading the body. */
  | 'error-500'
  /** 429 with Retry-After (seconds, given with the fault's delay). */
  | 'busy-429'
  /** Never answers: the client's time limit ends it. */
  | 'hang'
  /** Forwards half the body, then cuts both connections. */
  | 'cut-mid-body'
  /** Forwards, but answers only after a delay. */
  | 'slow'
  /** Forwards; the receiver stores and answers, and the answer is lost on the way back. */
  | 'drop-answer'
  | 'pass';

export interface FaultProxy {
  url: string;
  /** Every request seen, in order: the fault it got and the Idempotency-Key it carried. */
  seen: { fault: Fault; key: string | undefined; at: number }[];
  close(): Promise<void>;
}

export interface FaultOptions {
  /** Faults for the requests of each Idempotency-Key, in order; after them, requests pass. */
  faultsPerKey: Fault[];
  retryAfterSeconds?: number;
  slowMs?: number;
}

export async function startFaultProxy(target: string, options: FaultOptions): Promise<FaultProxy> {
  const targetUrl = new URL(target);
  const seen: FaultProxy['seen'] = [];
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();

  const server = createServer((request, response) => {
    const key = typeof request.headers['idempotency-key'] === 'string' ? request.headers['idempotency-key'] : undefined;
    const index = counts.get(key ?? '') ?? 0;
    counts.set(key ?? '', index + 1);
    const fault = request.method === 'POST' ? (options.faultsPerKey[index] ?? 'pass') : 'pass';
    seen.push({ fault, key, at: Date.now() });
    handle(fault, request, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function answer(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  }

  function handle(fault: Fault, request: IncomingMessage, response: ServerResponse): void {
    switch (fault) {
      case 'error-500':
        request.resume();
        request.on('end', () => answer(response, 500, { error: 'Tillfälligt fel hos mottagaren.' }));
        return;
      case 'busy-429':
        request.resume();
        request.on('end', () => answer(response, 429, { error: 'För många samtidigt.' }, { 'retry-after': String(options.retryAfterSeconds ?? 1) }));
        return;
      case 'hang':
        request.resume();
        return;
      default:
        forward(fault, request, response);
    }
  }

  function forward(fault: Fault, request: IncomingMessage, response: ServerResponse): void {
    const upstream = httpRequest({
      host: targetUrl.hostname,
      port: targetUrl.port,
      path: targetUrl.pathname,
      method: request.method,
      headers: { ...request.headers, host: targetUrl.host },
    });
    upstream.on('error', () => response.destroy());
    if (fault === 'cut-mid-body') {
      const length = Number(request.headers['content-length'] ?? 0);
      let forwarded = 0;
      request.on('data', (chunk: Buffer) => {
        if (forwarded > length / 2) return;
        forwarded += chunk.length;
        upstream.write(chunk);
        if (forwarded > length / 2) {
          upstream.destroy();
          request.socket.destroy();
        }
      });
      return;
    }
    upstream.on('response', (answerFromReceiver) => {
      if (fault === 'drop-answer') {
        answerFromReceiver.resume();
        answerFromReceiver.on('end', () => request.socket.destroy());
        return;
      }
      const relay = (): void => {
        response.writeHead(answerFromReceiver.statusCode ?? 502, answerFromReceiver.headers);
        answerFromReceiver.pipe(response);
      };
      if (fault === 'slow') setTimeout(relay, options.slowMs ?? 300);
      else relay();
    });
    request.pipe(upstream);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${targetUrl.pathname}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
