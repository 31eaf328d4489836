// The body of a submission: multipart/form-data with exactly two parts, `report` (the report
// file's JSON) and `document` (the .docx), read by @fastify/multipart within limits. Each part
// goes straight into its file in the version's folder under incoming/ as it arrives, hashed on
// the way, so that an upload held open costs the receiver a file, not its memory. Every part
// is taken as raw bytes, whether the sender made it a file or a plain field, so what is stored
// is byte for byte what was sent.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { isPartName, MAX_SUBMISSION_BYTES, PART_NAMES, type PartName } from '../protocol/submission-protocol.ts';
import { isFrameworkRefusal, MESSAGES } from './http-errors.ts';

/** The file each part is received into, under the names a stored version keeps. */
export const PART_FILES: Record<PartName, string> = { report: 'report.json', document: 'document.docx' };

// One part more than needed, so that an extra part is named in the answer; past that the
// parser stops reading and the request is refused as having too many parts.
const MAX_PARTS = PART_NAMES.length + 1;

const MULTIPART_LIMITS = {
  parts: MAX_PARTS,
  files: MAX_PARTS,
  // Every part is read as a file (see isPartAFile), so a plain field never comes.
  fields: 0,
  fileSize: MAX_SUBMISSION_BYTES,
  fieldNameSize: 100,
  headerPairs: 20,
  headerSize: 8 * 1024,
};

/** Both parts, in their files in `folder`, with the SHA-256 of each. */
export interface ReceivedParts {
  folder: string;
  sha256: Record<PartName, Buffer>;
}

/**
 * Writes a part to its file (flushed once whole), refusing it as soon as the request's bytes so
 * far pass the limit; returns its size and hash. A part that is not wanted is read to its end
 * and thrown away, so the answer comes after the whole body.
 */
async function receivePart(stream: Readable & { truncated?: boolean }, path: string | undefined, budget: number): Promise<{ size: number; sha256: Buffer }> {
  const hash = createHash('sha256');
  const file = path === undefined ? undefined : await open(path, 'wx', 0o600);
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > budget) throw new AppError('too-large', MESSAGES.tooLarge);
      hash.update(chunk);
      await file?.write(chunk);
    }
    if (stream.truncated === true) throw new AppError('too-large', MESSAGES.tooLarge);
    await file?.datasync();
  } finally {
    await file?.close();
  }
  return { size, sha256: hash.digest() };
}

/** Receives both parts into `folder` (which the caller removes if this throws). */
export async function receiveSubmissionParts(request: FastifyRequest, folder: string): Promise<ReceivedParts> {
  if (!request.isMultipart()) throw new AppError('unsupported-type', MESSAGES.notMultipart);
  const found = new Map<PartName, Buffer>();
  let budget = MAX_SUBMISSION_BYTES;
  let refusal: AppError | undefined;
  try {
    for await (const part of request.parts({ isPartAFile: () => true, limits: MULTIPART_LIMITS })) {
      if (part.type !== 'file') continue;
      const name = part.fieldname;
      const wanted = isPartName(name) && !found.has(name) ? name : undefined;
      const { size, sha256 } = await receivePart(part.file, wanted === undefined ? undefined : join(folder, PART_FILES[wanted]), budget);
      budget -= size;
      if (wanted !== undefined) found.set(wanted, sha256);
      else if (!isPartName(name)) {
        refusal ??= new AppError('invalid-request', `Inlämningen har en okänd del "${name.slice(0, 100)}"; den ska ha exakt två delar: report och document.`);
      } else {
        refusal ??= new AppError('invalid-request', `Delen ${name} finns två gånger i inlämningen; den ska finnas en gång.`);
      }
    }
  } catch (error) {
    // The receiver's own disk failing (a full disk) is not the sender's doing: the caller says so.
    if (error instanceof AppError || isFrameworkRefusal(error) || (error instanceof Error && 'syscall' in error)) throw error;
    throw new AppError('invalid-request', MESSAGES.unreadableMultipart, { cause: error });
  }
  if (refusal) throw refusal;
  const report = found.get('report');
  const document = found.get('document');
  if (report === undefined || document === undefined) {
    const missing = PART_NAMES.filter((name) => !found.has(name));
    const what = missing.length === 1 ? `delen ${missing.join('')}` : `delarna ${missing.join(' och ')}`;
    throw new AppError('invalid-request', `Inlämningen saknar ${what}; den ska ha exakt två delar: report och document.`);
  }
  return { folder, sha256: { report, document } };
}
