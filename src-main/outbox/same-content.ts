// "Skicka in" with nothing changed since the last version: while that version waits in the
// outbox it is refused (it is on its way already); once the city holds it, the user is asked
// first, naming the receipt the city gave it, since sending it again makes a new version with
// a new receipt that the coordinator then has to tell apart from the first.
import { AppError } from '../errors/app-error.ts';
import type { Submission } from '../report/model.ts';
import { formatDateTime } from '../report/time-format.ts';
import type { OutboxEntry } from './outbox-entry.ts';

interface LastVersion {
  version: number;
  contentHash: string | undefined;
  receipt: string | undefined;
  receivedAt: string | undefined;
}

/** The report's newest version, from what the report records and what the outbox holds. */
export function lastVersion(submissions: readonly Submission[], entries: readonly OutboxEntry[]): LastVersion | undefined {
  const versions = new Map<number, LastVersion>();
  for (const { version, contentHash, receipt, receivedAt } of [...submissions, ...entries]) {
    const known = versions.get(version);
    versions.set(version, {
      version,
      contentHash: known?.contentHash ?? contentHash,
      receipt: known?.receipt ?? receipt,
      receivedAt: known?.receivedAt ?? receivedAt,
    });
  }
  return [...versions.values()].sort((a, b) => b.version - a.version)[0];
}

/** Throws when the content is the last version's: refused while it waits, asked about once it is received. */
export function refuseSameContent(last: LastVersion | undefined, contentHash: string, sendAgain: boolean): void {
  if (last?.contentHash !== contentHash) return;
  if (last.receipt === undefined) {
    throw new AppError('invalid-request', `Version ${last.version}, med exakt detta innehåll, ligger redan i utkorgen och skickas så snart mottagaren svarar.`);
  }
  if (sendAgain) return;
  const when = last.receivedAt === undefined ? '' : `, mottagen ${formatDateTime(last.receivedAt)}`;
  throw new AppError(
    'already-sent',
    `Staden har redan version ${last.version} med exakt detta innehåll (kvitto ${last.receipt}${when}). ` +
      `Skickar du igen blir det version ${last.version + 1}, med ett nytt kvitto.`,
  );
}
