// Talking to the receiver as the app does (fetch, FormData, Blob), and looking at what it left
// in its data folder. Shared by the receiver's tests, its crash child and the bench.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { renderDocx } from '../../src-main/docx/write-docx.ts';
import type { Report } from '../../src-main/report/model.ts';
import type { FastifyInstance } from 'fastify';
import { buildReceiver, startReceiver, type ListenOptions, type ReceiverOptions, type RunningReceiver } from '../../src-main/receiver/server.ts';
import { sampleReport } from './reports.ts';

export const RECEIVER_DOCUMENT_WORKER = resolve(import.meta.dirname, '../../dist/main/document-worker.cjs');

/** The two parts of one submission, as bytes. */
export interface Payload {
  report: Uint8Array;
  document: Uint8Array;
}

export async function payloadFor(report: Report = sampleReport()): Promise<Payload> {
  return { report: Buffer.from(JSON.stringify(report, null, 2)), document: await renderDocx(report) };
}

/** A Blob of these bytes (copied: a Blob takes only bytes over a plain ArrayBuffer). */
export function blobOf(bytes: Uint8Array, type = 'application/octet-stream'): Blob {
  return new Blob([new Uint8Array(bytes)], { type });
}

/** The app's request: the report as a JSON file part, the document as a .docx file part. */
export function submissionForm(payload: Payload): FormData {
  const form = new FormData();
  form.append('report', blobOf(payload.report, 'application/json'), 'rapport.json');
  form.append('document', blobOf(payload.document, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), 'rapport.docx');
  return form;
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

export interface SendOptions {
  key?: string;
  idempotencyKey?: string;
  /** A body other than the payload's form (a JSON body, a hand-built form). */
  body?: BodyInit;
  headers?: Record<string, string>;
  /** With inject: the address the request comes from (127.0.0.1). */
  remoteAddress?: string;
}

/** The request the app makes for this payload (or the given body), as fetch would send it. */
function submissionRequest(url: string, payload: Payload | undefined, options: SendOptions): Request {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
  if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
  const body = options.body ?? (payload ? submissionForm(payload) : undefined);
  return new Request(url, { method: 'POST', headers, body });
}

/** Over a real socket. */
export async function send(url: string, payload: Payload | undefined, options: SendOptions = {}): Promise<Answer> {
  const response = await fetch(submissionRequest(url, payload, options));
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

/** The same request handed to the receiver without a socket (Fastify's inject): byte for byte what fetch would send. */
export async function inject(app: FastifyInstance, payload: Payload | undefined, options: SendOptions = {}): Promise<Answer> {
  const request = submissionRequest('http://127.0.0.1/inlamning', payload, options);
  const response = await app.inject({
    method: 'POST',
    url: '/inlamning',
    headers: Object.fromEntries(request.headers),
    payload: Buffer.from(await request.arrayBuffer()),
    ...(options.remoteAddress === undefined ? {} : { remoteAddress: options.remoteAddress }),
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) headers.set(name, String(value));
  return { status: response.statusCode, body: response.json<Record<string, unknown>>(), headers };
}

export function newIdempotencyKey(): string {
  return randomUUID();
}

/** Every stored version folder, sorted: submissions/<year>/<period>/<organisation>/<number>. */
export async function storedVersions(dataFolder: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(folder: string, depth: number): Promise<void> {
    const names = await readdir(folder).catch(() => []);
    for (const name of names) {
      if (depth === 3) found.push(join(folder, name));
      else await walk(join(folder, name), depth + 1);
    }
  }
  await walk(join(dataFolder, 'submissions'), 0);
  return found.sort();
}

export async function incomingEntries(dataFolder: string): Promise<string[]> {
  return readdir(join(dataFolder, 'incoming'));
}

export async function readReceiptFile(versionFolder: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(versionFolder, 'receipt.json'), 'utf8')) as Record<string, unknown>;
}

/** One line of the receiver's log, as JSON. */
interface LogRecord {
  level: number;
  time: string;
  msg: string;
  [field: string]: unknown;
}

/** The receiver's log as a test reads it: each line parsed, and the messages alone. */
function collectLog(): { sink: (line: string) => void; messages: string[]; records: LogRecord[] } {
  const messages: string[] = [];
  const records: LogRecord[] = [];
  return {
    sink: (line) => {
      const record = JSON.parse(line) as LogRecord;
      records.push(record);
      messages.push(record.msg);
    },
    messages,
    records,
  };
}

export interface TestReceiver extends RunningReceiver {
  /** The messages the receiver logged for its operator. */
  log: string[];
  /** The whole records, fields and all. */
  records: LogRecord[];
}

/** The real receiver on 127.0.0.1, a free port, the built document worker. */
export async function startTestReceiver(options: Partial<ReceiverOptions & ListenOptions> & { dataFolder: string }): Promise<TestReceiver> {
  const { sink, messages, records } = collectLog();
  const receiver = await startReceiver({
    port: 0,
    requireKeys: true,
    documentWorkerPath: RECEIVER_DOCUMENT_WORKER,
    log: sink,
    ...options,
  });
  return { ...receiver, log: messages, records };
}

export interface BuiltReceiver {
  app: FastifyInstance;
  /** The messages the receiver logged for its operator. */
  log: string[];
  records: LogRecord[];
}

/** The real receiver, not listening: requests reach it through `inject`. */
export async function buildTestReceiver(options: Partial<ReceiverOptions> & { dataFolder: string }): Promise<BuiltReceiver> {
  const { sink, messages, records } = collectLog();
  const app = await buildReceiver({ requireKeys: true, documentWorkerPath: RECEIVER_DOCUMENT_WORKER, log: sink, ...options });
  return { app, log: messages, records };
}
