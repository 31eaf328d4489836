// Requests fetch cannot make: a body cut off part-way, or sent too slowly, over a raw socket.
import { once } from 'node:events';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { submissionForm, type Payload } from './receiver-client.ts';

/** The exact bytes and Content-Type fetch would send for this payload. */
export async function encodedSubmission(payload: Payload): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string }> {
  const request = new Request('http://127.0.0.1/', { method: 'POST', body: submissionForm(payload) });
  return { body: new Uint8Array(await request.arrayBuffer()), contentType: request.headers.get('content-type') ?? '' };
}

function requestHead(url: URL, contentType: string, length: number, headers: Record<string, string>): string {
  const lines = [`POST ${url.pathname} HTTP/1.1`, `Host: ${url.host}`, `Content-Type: ${contentType}`, `Content-Length: ${length}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/**
 * Declares the whole body, sends only its first `sentBytes`, waits until the receiver has had
 * them, and cuts the connection: as a laptop that loses its network mid-upload.
 */
export async function sendCutOff(url: string, payload: Payload, sentBytes: (total: number) => number, headers: Record<string, string>): Promise<void> {
  const { body, contentType } = await encodedSubmission(payload);
  const target = new URL(url);
  const socket = connect(Number(target.port), target.hostname);
  await once(socket, 'connect');
  socket.write(requestHead(target, contentType, body.length, headers));
  await new Promise<void>((resolve, reject) => socket.write(body.subarray(0, sentBytes(body.length)), (error) => (error ? reject(error) : resolve())));
  await sleep(200);
  socket.destroy();
}

/**
 * Sends the head and a little of the body, then nothing, and returns what the receiver wrote
 * back before it closed the connection, and after how long.
 */
export async function sendAndStall(url: string, payload: Payload, headers: Record<string, string>): Promise<{ answer: string; afterMs: number }> {
  const { body, contentType } = await encodedSubmission(payload);
  const target = new URL(url);
  const socket = connect(Number(target.port), target.hostname);
  await once(socket, 'connect');
  const started = performance.now();
  socket.write(requestHead(target, contentType, body.length, headers));
  socket.write(body.subarray(0, 100));
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
  // An error (a reset after the answer) closes the socket too; what was answered is what counts.
  socket.on('error', () => {});
  await once(socket, 'close');
  return { answer, afterMs: performance.now() - started };
}

/**
 * Sends the whole request before it reads a byte of the answer, as many HTTP clients do, and
 * returns the status the receiver answered, or the socket error that came instead.
 */
export async function sendWholeThenRead(url: string, body: Uint8Array, contentType: string, headers: Record<string, string>): Promise<number | string> {
  const target = new URL(url);
  const socket = connect(Number(target.port), target.hostname);
  socket.pause();
  let failure: string | undefined;
  socket.on('error', (error: NodeJS.ErrnoException) => (failure ??= error.code ?? error.message));
  await once(socket, 'connect');
  socket.write(requestHead(target, contentType, body.length, { ...headers, Connection: 'close' }));
  await new Promise<void>((resolve) => socket.write(body, () => resolve()));
  if (failure !== undefined) return failure;
  socket.resume();
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
  await once(socket, 'close');
  const status = /^HTTP\/1\.1 (\d{3}) /.exec(answer)?.[1];
  return status === undefined ? (failure ?? 'no answer') : Number(status);
}

export interface HeldUpload {
  /** The bytes sent so far. */
  sent: number;
  /** What the receiver wrote back, so far. */
  answer(): string;
  close(): void;
}

/**
 * Declares the whole body and sends all of it but the last `keepBack` bytes, then holds the
 * connection open: an upload still arriving, for as long as the test likes.
 */
export async function holdUpload(url: string, body: Uint8Array, contentType: string, headers: Record<string, string>, keepBack = 1024): Promise<HeldUpload> {
  const target = new URL(url);
  const socket = connect(Number(target.port), target.hostname);
  await once(socket, 'connect');
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
  socket.on('error', () => {});
  socket.write(requestHead(target, contentType, body.length, headers));
  const sent = Math.max(0, body.length - keepBack);
  await new Promise<void>((resolve) => socket.write(body.subarray(0, sent), () => resolve()));
  return { sent, answer: () => answer, close: () => socket.destroy() };
}
