// The worker thread's side: each message names a kind and its input; the kind's function
// runs and its output, or its error with a code and a Swedish message, goes back.
import { parentPort } from 'node:worker_threads';
import { AppError, unexpectedErrorMessage } from '../errors/app-error.ts';
import type { JobHandlers, JobMap, JobMessage, JobReply } from './jobs.ts';

type AnyHandler = (input: unknown) => unknown;

async function answer(handlers: Readonly<Record<string, AnyHandler>>, message: JobMessage): Promise<JobReply> {
  const handler = Object.hasOwn(handlers, message.kind) ? handlers[message.kind] : undefined;
  if (handler === undefined) {
    return { id: message.id, ok: false, code: 'unexpected', message: `Word-hanteringen känner inte till uppgiften ${message.kind}.` };
  }
  try {
    return { id: message.id, ok: true, output: await handler(message.input) };
  } catch (error) {
    if (error instanceof AppError) return { id: message.id, ok: false, code: error.code, message: error.message };
    return { id: message.id, ok: false, code: 'unexpected', message: unexpectedErrorMessage(error) };
  }
}

/** Answers the main thread's jobs for as long as the worker runs. */
export function serveJobs<Jobs extends JobMap<Jobs>>(handlers: JobHandlers<Jobs>): void {
  const port = parentPort;
  if (port === null) throw new Error('serveJobs runs only in a worker thread.');
  // A message is untyped once it crosses the thread: the kind picks the function, whose
  // input is what the runner was given for that kind.
  const byKind = handlers as unknown as Readonly<Record<string, AnyHandler>>;
  port.on('message', (message: JobMessage) => {
    void answer(byKind, message).then((reply) => port.postMessage(reply));
  });
}
