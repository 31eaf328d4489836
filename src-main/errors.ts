// Errors that reach the user. Each carries a Swedish message written for the contact person,
// and a stable code that tests and the renderer can rely on.

export type AppErrorCode = 'invalid-request' | 'not-found' | 'read-only' | 'disk-full' | 'no-permission' | 'corrupt' | 'newer-version' | 'unexpected';

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

function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

/** Turns a file-system failure into a message that says what happened and what to do. */
export function fileSystemError(error: unknown, action: string): AppError {
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('disk-full', `Disken är full, så ${action} gick inte. Frigör utrymme på datorn; det du skrivit finns kvar och sparas när det går.`, {
        cause: error,
      });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError(
        'no-permission',
        `Mappen går inte att skriva i, så ${action} gick inte. Kontrollera att mappen inte är skrivskyddad; det du skrivit finns kvar och sparas när det går.`,
        { cause: error },
      );
    case 'EBUSY':
      return new AppError('no-permission', `Filen används av ett annat program, så ${action} gick inte. Stäng programmet och försök igen.`, { cause: error });
    case 'ENOENT':
      return new AppError('not-found', `Filen eller mappen finns inte längre, så ${action} gick inte.`, { cause: error });
    default:
      return new AppError('unexpected', `Ett oväntat fel inträffade, så ${action} gick inte (${errnoCode(error) ?? String(error)}).`, { cause: error });
  }
}

export function isErrno(error: unknown, code: string): boolean {
  return errnoCode(error) === code;
}
