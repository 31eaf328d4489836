// Reading a file the user points at (to import, on the command line): at most
// MAX_INPUT_FILE_BYTES are ever read, whatever the file says its size is, and only regular
// files are read, so /dev/zero cannot fill the memory and a named pipe cannot hang the app.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { inputFileError } from '../errors/file-errors.ts';

/** No report or filled-in form comes near this; anything larger is refused unread. */
const MAX_INPUT_FILE_BYTES = 50 * 1024 * 1024;

const CHUNK_BYTES = 1024 * 1024;

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

/** `size` where it is known; a bounded read stops before it knows. */
function tooLargeError(name: string, maxBytes: number, size?: number): AppError {
  const how = size === undefined ? 'större' : `${megabytes(size)} MB, större`;
  return new AppError('invalid-request', `Filen ${name} är ${how} än en rapport rimligen är (högst ${megabytes(maxBytes)} MB). Den öppnas inte.`);
}

/** Refuses bytes already in memory (sent by the renderer) past the same limit. */
export function checkInputSize(bytes: Uint8Array, name: string): void {
  if (bytes.length > MAX_INPUT_FILE_BYTES) throw tooLargeError(name, MAX_INPUT_FILE_BYTES, bytes.length);
}

export async function readFileBounded(path: string, maxBytes = MAX_INPUT_FILE_BYTES): Promise<Buffer> {
  let handle;
  try {
    // Non-blocking, so opening a named pipe returns at once instead of waiting for a writer.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw inputFileError(error, path);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new AppError('invalid-request', `${path} är en mapp, inte en fil.`);
    if (!info.isFile()) throw new AppError('invalid-request', `${path} är ingen vanlig fil (utan t.ex. en enhet eller en rörledning). Välj en sparad fil.`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      // The size the file system states is used for the message only, never to limit the read.
      if (total > maxBytes) throw tooLargeError(basename(path), maxBytes, info.size > maxBytes ? info.size : undefined);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw inputFileError(error, path);
  } finally {
    await handle.close();
  }
}
