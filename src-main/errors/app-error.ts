// Errors that reach a person: the contact person in the app, or a sender reading the
// receiver's refusal. Each carries a Swedish message written for them, and a stable code that
// tests, the renderer and the receiver's status table (receiver/http-errors.ts) rely on.

export type AppErrorCode =
  | 'invalid-request'
  | 'not-found'
  | 'read-only'
  | 'disk-full'
  | 'no-permission'
  | 'corrupt'
  | 'newer-version'
  /** A report for that organisation and period already exists; a named copy may be made. */
  | 'already-exists'
  /** "Skicka in": the city already holds a version with exactly this content; the user is asked first. */
  | 'already-sent'
  | 'unexpected'
  /** Set by the renderer's transport when the services cannot be reached at all. */
  | 'unreachable'
  /** The receiver: no sender key, or one it does not know. */
  | 'unauthorized'
  /** The receiver: the key is another organisation's. */
  | 'forbidden'
  /** The receiver: too many unknown keys from one address; it must wait. */
  | 'too-many-attempts'
  /** The receiver: the same submission is being stored now; the same request may come again soon. */
  | 'busy'
  /** The receiver: the request is larger than it takes, or has more parts. */
  | 'too-large'
  /** The receiver: the body is not multipart/form-data. */
  | 'unsupported-type'
  /** The receiver: the request was read, but what it holds is not taken (its report, its document, a key used for other content). */
  | 'rejected'
  /** The receiver: nothing was stored because its disk or a worker failed; the same request may come again later. */
  | 'unavailable';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The operating system's error code (ENOENT, ENOSPC, …) of a failed file operation. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

export function isErrno(error: unknown, ...codes: string[]): boolean {
  const code = errnoCode(error);
  return code !== undefined && codes.includes(code);
}

/** What the user reads for an error that is not one of the app's own. */
export function unexpectedErrorMessage(error: unknown): string {
  return `Ett oväntat fel inträffade: ${error instanceof Error ? error.message : String(error)}`;
}
