// The body of a submission: multipart/form-data with exactly two parts, `report` (the report
// file's JSON) and `document` (the .docx), read by @fastify/multipart within limits. Every part
// is taken as raw bytes, whether the sender made it a file or a plain field, so what is stored
// is byte for byte what was sent.
import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { isPartName, PART_NAMES, type PartName } from '../protocol/submission-protocol.ts';
import { isFrameworkRefusal, MESSAGES } from './http-errors.ts';

/** The whole request, both parts and their envelope, may not be larger than this. */
export const MAX_REQUEST_BYTES = 20 * 1024 * 1024;

// One part more than needed, so that an extra part is named in the answer; past that the
// parser stops reading and the request is refused as having too many parts.
const MAX_PARTS = PART_NAMES.length + 1;

const MULTIPART_LIMITS = {
  parts: MAX_PARTS,
  files: MAX_PARTS,
  // Every part is read as a file (see isPartAFile), so a plain field never comes.
  fields: 0,
  fileSize: MAX_REQUEST_BYTES,
  fieldNameSize: 100,
  headerPairs: 20,
  headerSize: 8 * 1024,
};

export type SubmissionParts = Record<PartName, Buffer>;

/** Reads a part whole, refusing it as soon as the request's bytes so far pass the limit. */
async function readWithin(stream: Readable & { truncated?: boolean }, budget: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > budget) throw new AppError('too-large', MESSAGES.tooLarge);
    chunks.push(chunk);
  }
  if (stream.truncated === true) throw new AppError('too-large', MESSAGES.tooLarge);
  return Buffer.concat(chunks, size);
}

export async function readSubmissionParts(request: FastifyRequest): Promise<SubmissionParts> {
  if (!request.isMultipart()) throw new AppError('unsupported-type', MESSAGES.notMultipart);
  const found = new Map<PartName, Buffer>();
  let budget = MAX_REQUEST_BYTES;
  let refusal: AppError | undefined;
  try {
    for await (const part of request.parts({ isPartAFile: () => true, limits: MULTIPART_LIMITS })) {
      if (part.type !== 'file') continue;
      // Read to the end even when the part is wrong, so the answer comes after the whole
      // body and the connection can be used again.
      const bytes = await readWithin(part.file, budget);
      budget -= bytes.length;
      const name = part.fieldname;
      if (!isPartName(name)) {
        refusal ??= new AppError('invalid-request', `Inlämningen har en okänd del "${name.slice(0, 100)}"; den ska ha exakt två delar: report och document.`);
      } else if (found.has(name)) {
        refusal ??= new AppError('invalid-request', `Delen ${name} finns två gånger i inlämningen; den ska finnas en gång.`);
      } else {
        found.set(name, bytes);
      }
    }
  } catch (error) {
    if (error instanceof AppError || isFrameworkRefusal(error)) throw error;
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
  return { report, document };
}
