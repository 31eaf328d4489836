// "Mottagaren" as a source in Sammanställning: the period's versions listed by the receiver
// (GET /inlamningar, with the coordinator key), then each version's report fetched and read by
// the same worker job, within the same limits, as a version in the receiver's data folder, so
// that both are settled by the same rules. Only GET requests: nothing is written on the
// receiver. What goes wrong is said in Swedish, as for a folder that cannot be read.
import { AppError, unexpectedErrorMessage } from '../errors/app-error.ts';
import { bytesOf, jsonOf } from '../network/answer-body.ts';
import { describeFetchFailure } from '../network/fetch-failure.ts';
import type { HttpResponse, ReceiverConnection } from '../network/receiver-connection.ts';
import {
  bearerHeader,
  HEADERS,
  MAX_SUBMISSION_BYTES,
  refusalAnswerSchema,
  versionListSchema,
  versionPartUrl,
  versionsUrl,
  type StoredVersionAnswer,
} from '../protocol/submission-protocol.ts';
import type { PeriodOfYear } from '../report/calendar.ts';
import { receiverUrlProblem } from '../report/settings-rules.ts';
import type { ReceivedItem } from './compilation-scan.ts';
import { mapInFlight } from './map-in-flight.ts';
import type { ReadReceived } from './read-received-items.ts';

export interface ReceiverSource {
  /** The submission address from Inställningar (…/inlamning): the list is beside it. */
  url: string;
  /** The coordinator key, from Inställningar or the environment. */
  key: string | undefined;
  connection: ReceiverConnection;
}

export interface ReadSource {
  items: ReceivedItem[];
  /** The source as the screen names it ("Mottagaren på host"). */
  name: string;
  /** Why the receiver could not be read at all, in Swedish. */
  problem?: string | undefined;
}

const LIST_TIMEOUT_MS = 30_000;
const PART_TIMEOUT_MS = 60_000;
/** A list of a whole period is small: 45 organisations, a few versions each. */
const MAX_LIST_BYTES = 8 * 1024 * 1024;
const IN_FLIGHT = 4;

type Fetched = { response: HttpResponse } | { problem: string };

async function get(source: ReceiverSource, key: string, url: string, timeoutMs: number): Promise<Fetched> {
  const headers = { accept: 'application/json', [HEADERS.authorization]: bearerHeader(key) };
  try {
    return { response: await source.connection.fetch(url, { method: 'GET', headers, signal: AbortSignal.timeout(timeoutMs) }) };
  } catch (error) {
    if (error instanceof AppError) return { problem: error.message };
    return { problem: describeFetchFailure(error, { url, proxy: source.connection.proxyFor(url), timeoutMs, online: source.connection.online() }).problem };
  }
}

/** Why an answer other than 200 means the receiver could not be read, naming what it said. */
async function refusedProblem(response: HttpResponse, host: string): Promise<string> {
  const refusal = refusalAnswerSchema.safeParse(await jsonOf(response));
  const said = refusal.success ? ` Mottagaren: "${refusal.data.error}"` : '';
  if (response.status === 401) return `Mottagaren på ${host} godtog inte samordnarnyckeln. Kontrollera nyckeln under Inställningar.${said}`;
  if (response.status === 403) return `Nyckeln under Inställningar är ingen samordnarnyckel.${said}`;
  if (!refusal.success) {
    return `Adressen ${host} svarade (${response.status}), men inte som stadens mottagare. Kontrollera mottagningsadressen; en proxy kan också ha svarat i dess ställe.`;
  }
  return `Mottagaren på ${host} svarade ${response.status}.${said}`;
}

async function listVersions(
  source: ReceiverSource,
  key: string,
  chosen: PeriodOfYear,
  host: string,
): Promise<{ versions: StoredVersionAnswer[] } | { problem: string }> {
  const fetched = await get(source, key, versionsUrl(source.url, chosen), LIST_TIMEOUT_MS);
  if ('problem' in fetched) return fetched;
  if (!fetched.response.ok) return { problem: await refusedProblem(fetched.response, host) };
  try {
    const bytes = await bytesOf(fetched.response, MAX_LIST_BYTES, `Mottagarens lista över inlämningar`);
    const list = versionListSchema.safeParse(JSON.parse(Buffer.from(bytes).toString('utf8')));
    if (list.success) return { versions: list.data.versions };
  } catch (error) {
    if (error instanceof AppError) return { problem: error.message };
  }
  return { problem: `Adressen ${host} svarade, men inte med en lista över inlämningar. Kontrollera mottagningsadressen.` };
}

async function readVersion(
  source: ReceiverSource,
  key: string,
  version: StoredVersionAnswer,
  chosen: PeriodOfYear,
  name: string,
  read: ReadReceived,
): Promise<ReceivedItem[]> {
  const base = {
    key: `mottagaren:${version.receipt}`,
    file: `${version.receipt} hos ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
    route: 'inlamning' as const,
    fileTime: version.receivedAt,
    fileTimeFrom: 'receipt' as const,
    receipt: version.receipt,
    // Stored under the sender key's organisation: that, not what the report says, is who sent it.
    sender: version.organisation,
  };
  // The list said it is for the period asked for; a receiver that says otherwise is not believed.
  if (version.period !== chosen.period || version.year !== chosen.year) {
    return [{ ...base, content: { elsewhere: { period: { period: version.period, year: version.year }, committee: version.organisation } } }];
  }
  if (version.reportBytes > MAX_SUBMISSION_BYTES) {
    return [{ ...base, content: { problem: `Rapporten är större än en inlämning får vara och lästes inte.` } }];
  }
  const fetched = await get(source, key, versionPartUrl(source.url, version.receipt, 'rapport'), PART_TIMEOUT_MS);
  if ('problem' in fetched) return [{ ...base, content: { problem: fetched.problem } }];
  if (!fetched.response.ok) return [{ ...base, content: { problem: await refusedProblem(fetched.response, new URL(source.url).host) } }];
  try {
    const bytes = await bytesOf(fetched.response, MAX_SUBMISSION_BYTES, `Rapporten ${version.receipt}`);
    const { parts } = await read('report.json', bytes, chosen);
    return parts.map((part) => ({ ...base, content: 'report' in part ? { report: part.report } : { problem: part.problem } }));
  } catch (error) {
    return [{ ...base, content: { problem: error instanceof AppError ? error.message : unexpectedErrorMessage(error) } }];
  }
}

export async function readReceiverSource(source: ReceiverSource, chosen: PeriodOfYear, read: ReadReceived): Promise<ReadSource> {
  const urlProblem = receiverUrlProblem(source.url);
  if (urlProblem !== undefined) return { items: [], name: 'Mottagaren', problem: `Mottagningsadressen under Inställningar: ${urlProblem}` };
  const host = new URL(source.url).host;
  const name = `Mottagaren på ${host}`;
  const key = source.key?.trim();
  if (key === undefined || key === '') {
    return { items: [], name, problem: 'Ange samordnarnyckeln under Inställningar för att läsa mottagaren. Nyckeln får du av IT.' };
  }
  const listed = await listVersions(source, key, chosen, host);
  if ('problem' in listed) return { items: [], name, problem: listed.problem };
  const results = await mapInFlight(listed.versions, IN_FLIGHT, (version) => readVersion(source, key, version, chosen, name, read));
  return { items: results.flat(), name };
}
