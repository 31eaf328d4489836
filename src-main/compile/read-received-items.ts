// Reads every file found (find-received-files.ts) into items for the scan's rules: the bytes
// are read here, bounded, and handed to the document worker, which makes the reports. A few
// files are in flight at once so the disk and the worker overlap. A file that cannot be read,
// or disappears meanwhile, becomes an item with its reason; the others are read all the same.
import { join } from 'node:path';
import { AppError, unexpectedErrorMessage } from '../errors/app-error.ts';
import { readFileBounded } from '../files/read-bounded.ts';
import type { PeriodOfYear } from '../report/calendar.ts';
import { receiptFileSchema, type ReceiptFile } from '../receiver/receipt-file.ts';
import type { ReceivedItem } from './compilation-scan.ts';
import type { FoundFile } from './find-received-files.ts';
import { mapInFlight } from './map-in-flight.ts';
import { isEmailFile, type ReceivedFile } from './read-received-file.ts';

/** Reads one file's bytes into reports; the document worker's job. */
export type ReadReceived = (name: string, bytes: Uint8Array, chosen: PeriodOfYear) => Promise<ReceivedFile>;

const IN_FLIGHT = 4;
const MAX_RECEIPT_BYTES = 64 * 1024;

function problemOf(error: unknown): string {
  return error instanceof AppError ? error.message : unexpectedErrorMessage(error);
}

/** The receipt's number and time; a version whose receipt is damaged is still read, by its folder's time. */
async function readReceipt(folder: string): Promise<ReceiptFile | undefined> {
  try {
    const bytes = await readFileBounded(join(folder, 'receipt.json'), MAX_RECEIPT_BYTES);
    const parsed = receiptFileSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function readReceiverVersion(folder: string, modifiedAt: string, chosen: PeriodOfYear, read: ReadReceived): Promise<ReceivedItem[]> {
  const receipt = await readReceipt(folder);
  const base = {
    key: folder,
    file: folder,
    route: 'inlamning' as const,
    fileTime: receipt?.receivedAt ?? modifiedAt,
    fileTimeFrom: receipt === undefined ? ('file' as const) : ('receipt' as const),
    receipt: receipt?.receipt,
    // The receiver stored it under the sender key's organisation: that, not what the report says, is who sent it.
    sender: receipt?.organisation,
  };
  if (receipt !== undefined && (receipt.period !== chosen.period || receipt.year !== chosen.year)) {
    return [{ ...base, content: { elsewhere: { period: { period: receipt.period, year: receipt.year }, committee: receipt.organisation } } }];
  }
  try {
    const bytes = await readFileBounded(join(folder, 'report.json'));
    const { parts } = await read('report.json', bytes, chosen);
    return parts.map((part) => ({ ...base, content: 'report' in part ? { report: part.report } : { problem: part.problem } }));
  } catch (error) {
    return [{ ...base, content: { problem: problemOf(error) } }];
  }
}

async function readFile(path: string, modifiedAt: string, chosen: PeriodOfYear, read: ReadReceived): Promise<ReceivedItem[]> {
  const email = isEmailFile(path);
  const base = { file: path, route: email ? ('e-post' as const) : ('fil' as const), fileTime: modifiedAt, fileTimeFrom: 'file' as const };
  let received: ReceivedFile;
  try {
    received = await read(path, await readFileBounded(path), chosen);
  } catch (error) {
    return [{ ...base, key: email ? `${path}#1` : path, content: { problem: problemOf(error) } }];
  }
  const time = received.sentAt === undefined ? {} : { fileTime: received.sentAt, fileTimeFrom: 'email' as const };
  return received.parts.map((part, index) => ({
    ...base,
    ...time,
    // An e-mail's attachments are told apart by their place, as two may share a name.
    key: email ? `${path}#${index + 1}` : path,
    // A problem with the e-mail itself is named by the file alone.
    ...(email && part.name !== path ? { part: part.name } : {}),
    content: 'report' in part ? { report: part.report } : { problem: part.problem },
  }));
}

function nameOf(file: FoundFile): string {
  return file.kind === 'receiver-version' ? file.folder : file.path;
}

const OUTLOOK_MESSAGE =
  'Outlook har sparat e-postmeddelandet i sitt eget format (.msg), som appen inte läser. Spara den bifogade rapporten i mappen, eller spara meddelandet som .eml.';

function readOne(file: FoundFile, chosen: PeriodOfYear, read: ReadReceived): Promise<ReceivedItem[]> {
  if (file.kind === 'receiver-version') return readReceiverVersion(file.folder, file.modifiedAt, chosen, read);
  if (file.kind === 'file') return readFile(file.path, file.modifiedAt, chosen, read);
  const item: ReceivedItem = {
    key: file.path,
    file: file.path,
    route: 'e-post',
    fileTime: file.modifiedAt,
    fileTimeFrom: 'file',
    content: { problem: OUTLOOK_MESSAGE },
  };
  return Promise.resolve([item]);
}

export async function readReceivedItems(files: readonly FoundFile[], chosen: PeriodOfYear, read: ReadReceived): Promise<ReceivedItem[]> {
  const ordered = [...files].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'sv'));
  const results = await mapInFlight(ordered, IN_FLIGHT, (file) => readOne(file, chosen, read));
  return results.flat();
}
