// Reads chosen entries from a zip (a .docx) held in memory, trusting nothing in it: the entry
// count is capped, declared sizes are checked before inflating, and the bytes actually
// inflated are capped too (a declared size can lie). Nothing is ever written to disk.
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors/app-error.ts';

export interface ZipLimits {
  maxEntries: number;
  /** Across all entries read. */
  maxInflatedBytes: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

function bad(message: string): AppError {
  return new AppError('invalid-request', message);
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= earliest; offset -= 1) {
    if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw bad('Filen är inte ett Word-dokument (.docx): den är skadad eller av ett annat slag.');
}

interface CentralEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

function readCentralDirectory(bytes: Buffer, limits: ZipLimits): CentralEntry[] {
  const end = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count > limits.maxEntries) {
    throw bad(`Filen innehåller ${count} delar, fler än ett Word-dokument har (högst ${limits.maxEntries}). Den öppnas inte.`);
  }
  if (directoryOffset + directorySize > end) throw bad('Filen är inte ett Word-dokument (.docx): den är skadad.');
  const entries: CentralEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) throw bad('Filen är inte ett Word-dokument (.docx): den är skadad.');
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    entries.push({
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      declaredSize: bytes.readUInt32LE(offset + 24),
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Returns the wanted entries that exist, inflated. */
export function readZipEntries(bytes: Buffer, wanted: readonly string[], limits: ZipLimits): Map<string, Buffer> {
  const entries = readCentralDirectory(bytes, limits);
  const result = new Map<string, Buffer>();
  let budget = limits.maxInflatedBytes;
  for (const entry of entries) {
    if (!wanted.includes(entry.name)) continue;
    if (entry.declaredSize > budget) {
      throw bad(
        `Delen ${entry.name} säger sig vara ${Math.round(entry.declaredSize / 1024 / 1024)} MB uppackad, mer än ett Word-dokument rimligen är. Filen öppnas inte.`,
      );
    }
    const local = entry.localHeaderOffset;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_FILE_HEADER) throw bad('Filen är inte ett Word-dokument (.docx): den är skadad.');
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    let inflated: Buffer;
    if (entry.method === 0) {
      inflated = Buffer.from(data);
    } else if (entry.method === 8) {
      try {
        inflated = inflateRawSync(data, { maxOutputLength: budget });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw bad(`Delen ${entry.name} packas upp till mer än ett Word-dokument rimligen är (en så kallad zip-bomb). Filen öppnas inte.`);
        }
        throw bad('Filen är inte ett Word-dokument (.docx): den är skadad.');
      }
    } else {
      throw bad('Filen använder en packning som Word-dokument inte använder. Den öppnas inte.');
    }
    if (inflated.length > budget) throw bad(`Delen ${entry.name} är för stor uppackad. Filen öppnas inte.`);
    budget -= inflated.length;
    result.set(entry.name, inflated);
  }
  return result;
}
