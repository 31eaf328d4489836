// Errors that reach the user. Each carries a Swedish message written for the contact person,
// and a stable code that tests and the renderer can rely on.

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
  | 'unexpected'
  /** Set by the renderer's transport when the services cannot be reached at all. */
  | 'unreachable';

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
