// The city's receiving server: Fastify with @fastify/multipart, one address (/inlamning) that
// answers GET/HEAD for the app's reachability probe and takes submissions by POST. Every
// answer is JSON in the submission protocol's shapes (protocol/), every refusal
// {"error": "<Swedish sentence>"}. Requests have time limits, so
// a slow or stalled upload is cut and, having never been read whole, stores nothing.
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import fastifyMultipart from '@fastify/multipart';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { DATA_FOLDER_MODE, type StepObserver } from '../files/durable-write.ts';
import { HEADERS, MAX_SUBMISSION_BYTES, SENDER_PATH, SUBMISSION_PATH, type SenderAnswer, type StatusAnswer } from '../protocol/submission-protocol.ts';
import { createPartChecks } from './part-checks.ts';
import { registerCoordinatorRoutes } from './coordinator-routes.ts';
import { lockDataFolder, type DataFolderLock } from './data-folder-lock.ts';
import { FailedKeys } from './failed-keys.ts';
import { drainBody } from './drain-body.ts';
import { answerClientError, answerFor, MESSAGES, refusal } from './http-errors.ts';
import { receiveSubmission, senderOrganisation, type ReceiverContext } from './receive-submission.ts';
import { SenderKeys } from './senders.ts';
import { SubmissionStore } from './submission-store.ts';

// Long enough for 20 MB over a slow line; short enough that a slow-loris gives up its socket.
const DEFAULT_UPLOAD_TIMEOUT_MS = 60_000;

// Each upload arriving holds a file and a socket, not memory: enough for every committee and
// board of the city at the deadline at once, few enough that a flood of held-open uploads
// cannot take the disk or the file handles.
const DEFAULT_MAX_UPLOADS = 64;

/** A refused body is read and thrown away up to this, so that a body just over the limit still gets its 413. */
const MAX_DRAINED_BYTES = 2 * MAX_SUBMISSION_BYTES;

/** 409: the first request with the key is being stored now; 503: the disk or a worker failed. */
const RETRY_AFTER_SECONDS: Partial<Record<number, number>> = { 409: 2, 503: 30 };

export interface ReceiverOptions {
  dataFolder: string;
  /** False only with --without-keys, on a closed network. */
  requireKeys: boolean;
  documentWorkerPath: string;
  /** PEM certificate and key, to serve HTTPS without a proxy. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  onStep?: StepObserver;
  /** How long one request may take to arrive whole (60 s); past it the upload is cut with 408. */
  uploadTimeoutMs?: number;
  /** How many submissions may be arriving at once (64); one more is answered 503 with Retry-After. */
  maxUploads?: number;
  /**
   * The city's reverse proxy in front (addresses or CIDR ranges): its X-Forwarded-For is then
   * believed, so that failed keys count against the client, not against the proxy.
   */
  trustProxy?: string[];
  /** Where the operator's log goes, one JSON line at a time (stderr by default). */
  log?: (line: string) => void;
}

export interface ListenOptions {
  port: number;
  /** 127.0.0.1 unless given: the city's HTTPS reverse proxy is meant to stand in front. */
  host?: string;
}

export interface RunningReceiver {
  /** The submission address, e.g. http://127.0.0.1:43117/inlamning. */
  url: string;
  close(): Promise<void>;
}

function logToStderr(line: string): void {
  process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
}

/** The cause behind a 5xx answer: an AppError's Swedish message, or a stack for a bug. */
function describeForOperator(error: unknown): string {
  const cause = error instanceof AppError && error.cause !== undefined ? error.cause : error;
  if (cause instanceof AppError) return cause.message;
  return cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
}

function urlHost(address: AddressInfo): string {
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}

/**
 * The receiver with its senders, its store and its workers open, not yet listening: a test
 * can send it requests with `inject`. Closing it waits for the versions being stored, then
 * ends the workers.
 */
export async function buildReceiver(options: ReceiverOptions): Promise<FastifyInstance> {
  await mkdir(options.dataFolder, { recursive: true, mode: DATA_FOLDER_MODE });
  // Before anything in the folder is touched: another receiver's versions in progress are its own.
  const lock = await lockDataFolder(options.dataFolder);
  try {
    return await buildLockedReceiver(options, lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function buildLockedReceiver(options: ReceiverOptions, lock: DataFolderLock): Promise<FastifyInstance> {
  const sink = options.log ?? logToStderr;
  const uploadTimeoutMs = options.uploadTimeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS;

  // Node checks the request time limit on this interval; the default (30 s) would let a
  // stalled upload hold its socket half as long again as the limit.
  const nodeTimeouts = {
    requestTimeout: uploadTimeoutMs,
    headersTimeout: Math.min(uploadTimeoutMs, 30_000),
    connectionsCheckingInterval: Math.max(100, Math.min(5_000, Math.floor(uploadTimeoutMs / 4))),
  };
  const app = Fastify({
    // The operator's log: Fastify's own logger, one JSON line a record (a time, a level, the
    // Swedish message and its fields: the receipt and organisation of each version stored).
    // Fastify's line for every request is left out; what the receiver did is logged instead.
    logger: { level: 'info', base: null, timestamp: () => `,"time":"${new Date().toISOString()}"`, stream: { write: (line: string) => sink(line.trimEnd()) } },
    logController: new LogController({ disableRequestLogging: true }),
    ...(options.tls ? { https: { ...nodeTimeouts, cert: options.tls.cert, key: options.tls.key } } : { http: nodeTimeouts }),
    // The request limit acts first and answers 408; the idle limit is only a backstop, for a
    // socket that stops mid-way through its answer.
    connectionTimeout: Math.ceil(uploadTimeoutMs * 1.5),
    requestTimeout: uploadTimeoutMs,
    bodyLimit: MAX_SUBMISSION_BYTES,
    trustProxy: options.trustProxy ?? false,
    clientErrorHandler: answerClientError,
    // A request that arrives on an open connection while the receiver stops is served (and
    // closes its connection) rather than answered with Fastify's English 503.
    return503OnClosing: false,
  });
  const log = app.log;
  const senders = await SenderKeys.load(options.dataFolder);
  const store = await SubmissionStore.open(options.dataFolder, { onStep: options.onStep, warn: (message) => log.warn(message) });
  const checks = createPartChecks(options.documentWorkerPath);
  const failedKeys = new FailedKeys((message, fields) => log.warn(fields, message));
  const sweep = setInterval(() => failedKeys.sweep(), 60_000).unref();
  const context: ReceiverContext = { requireKeys: options.requireKeys, senders, store, checks, failedKeys, log, dataFolder: options.dataFolder };

  // Requests being stored finish first (onClose runs after them); then the workers go, and
  // the folder is free for the next receiver.
  app.addHook('onClose', async () => {
    clearInterval(sweep);
    failedKeys.flush();
    await checks.close();
    await lock.release();
  });

  // Only multipart/form-data is a submission: JSON or text bodies are refused (415) unread.
  app.removeAllContentTypeParsers();
  await app.register(fastifyMultipart);

  app.addHook('onSend', async (request, reply) => {
    void reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
    // Refused before the body was read whole: the rest is read and thrown away first, so the
    // client reads the answer; a body past the limit is cut, and the connection closed.
    if (!(await drainBody(request.raw, MAX_DRAINED_BYTES))) void reply.header('connection', 'close');
  });

  app.setErrorHandler((error, request, reply) => {
    const answer = answerFor(error);
    // One line per refused request, so the operator can tell a committee what went wrong; keys
    // that fail are counted and logged once a minute per address instead (failed-keys.ts).
    if (answer.status !== 401 && answer.status !== 429) {
      const fields = { method: request.method, url: request.url, status: answer.status, client: request.ip };
      const message = `${request.method} ${request.url} ${answer.status}: ${answer.unexpected ? describeForOperator(error) : answer.message}`;
      if (answer.unexpected) log.error(fields, message);
      else log.warn(fields, message);
    }
    if (answer.status === 401) void reply.header('www-authenticate', 'Bearer realm="inlamning"');
    // The app's outbox waits this long before it tries again.
    const retryAfter = answer.status === 429 ? failedKeys.secondsLeft(request.ip) : RETRY_AFTER_SECONDS[answer.status];
    if (retryAfter !== undefined) void reply.header(HEADERS.retryAfter, String(retryAfter));
    return reply.code(answer.status).send(refusal(answer.message));
  });

  app.setNotFoundHandler((_request, reply) => reply.code(404).send(refusal(MESSAGES.notFound)));

  app.get(SUBMISSION_PATH, async (): Promise<StatusAnswer> => ({ status: 'ok' }));

  registerCoordinatorRoutes(app, context);

  // "Testa anslutningen": which organisation the key is, or that none is asked for.
  app.get(SENDER_PATH, async (request): Promise<SenderAnswer> => {
    if (!options.requireKeys) return { keysRequired: false };
    return { keysRequired: true, organisation: await senderOrganisation(request, context) };
  });

  const maxUploads = options.maxUploads ?? DEFAULT_MAX_UPLOADS;
  let uploads = 0;
  app.post(SUBMISSION_PATH, {
    onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
      // A body the sender declares too large is refused before a byte of it is kept.
      const declared = Number(request.headers['content-length']);
      if (Number.isFinite(declared) && declared > MAX_SUBMISSION_BYTES) throw new AppError('too-large', MESSAGES.tooLarge);
      if (uploads >= maxUploads) throw new AppError('unavailable', MESSAGES.busy);
      uploads += 1;
      let counted = true;
      const done = (): void => {
        if (counted) uploads -= 1;
        counted = false;
      };
      // Answered, or the connection gone: either way the upload no longer arrives.
      reply.raw.once('finish', done).once('close', done);
    },
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const accepted = await receiveSubmission(request, context);
      return reply.code(accepted.status).send(accepted.receipt);
    },
  });

  app.route({
    method: ['PUT', 'PATCH', 'DELETE'],
    url: SUBMISSION_PATH,
    // Answered before any body is parsed, whatever its type.
    onRequest: async (_request, reply) => reply.code(405).header('allow', 'GET, HEAD, POST').send(refusal(MESSAGES.methodNotAllowed)),
    handler: async () => undefined,
  });

  app.addHook('onListen', async () => {
    if (!options.requireKeys) log.warn('Utan avsändarnycklar: alla som når adressen kan lämna in. Använd det bara i ett slutet nät.');
    if (options.requireKeys && senders.count === 0) {
      log.warn(
        'Det finns inga avsändare ännu, så varje inlämning får svaret 401. Lägg till en med: npm run receiver -- add-sender "<organisation>" --data <mapp>',
      );
    }
  });
  return app;
}

/** The receiver listening on its port, until closed. */
export async function startReceiver(options: ReceiverOptions & ListenOptions): Promise<RunningReceiver> {
  const app = await buildReceiver(options);
  try {
    await app.listen({
      port: options.port,
      host: options.host ?? '127.0.0.1',
      listenTextResolver: (address) => `Tar emot inlämningar på ${address}${SUBMISSION_PATH}. Data: ${options.dataFolder}.`,
    });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://${urlHost(address)}:${address.port}${SUBMISSION_PATH}`,
    close: () => app.close(),
  };
}
