// What the user is told when a Word file cannot be written. The report itself is never
// touched by an export, and a failed export leaves no partial file behind.
import { basename, dirname } from 'node:path';
import { AppError } from '../errors.ts';

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export function exportWriteError(error: unknown, outputPath: string): AppError {
  const file = basename(outputPath);
  const folder = dirname(outputPath);
  const unchanged = 'Rapporten är oförändrad.';
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('disk-full', `Disken är full, så Word-filen ${file} kunde inte sparas. Frigör utrymme eller välj en annan plats. ${unchanged}`, {
        cause: error,
      });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'EBUSY':
      return new AppError(
        'no-permission',
        `Word-filen ${file} kunde inte sparas i ${folder}. Filen kan vara öppen i ett annat program (t.ex. Word), eller så är mappen skrivskyddad. Stäng filen eller välj en annan plats. ${unchanged}`,
        { cause: error },
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('not-found', `Mappen ${folder} finns inte. Välj en annan plats. ${unchanged}`, { cause: error });
    case 'EISDIR':
      return new AppError('invalid-request', `${outputPath} är en mapp. Ange ett filnamn som slutar på .docx. ${unchanged}`, { cause: error });
    default:
      return new AppError('unexpected', `Word-filen ${file} kunde inte sparas (${errnoCode(error) ?? String(error)}). ${unchanged}`, { cause: error });
  }
}
