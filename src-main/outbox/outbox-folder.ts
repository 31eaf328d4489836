// The outbox on disk: <data>/outbox/<entry id>/ holds the version exactly as it is sent (the
// report as JSON and the .docx, written once) and entry.json, what is known about sending it.
// A new entry is written in a hidden folder and made visible by one rename, so a crash leaves
// either no entry or a whole one, before anything goes on the network.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { isErrno } from '../errors/app-error.ts';
import { DATA_FOLDER_MODE, syncFolder, writeFileDurably, type StepObserver } from '../files/durable-write.ts';
import { DurableJsonFile } from '../store/durable-json-file.ts';
import { removeRetrying, renameRetrying } from '../files/retry-transient.ts';
import { outboxEntrySchema, type OutboxEntry } from './outbox-entry.ts';

const ENTRY_FILE = 'entry.json';
const REPORT_FILE = 'report.json';
const DOCUMENT_FILE = 'document.docx';
const ENTRY_FOLDER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface OutboxPayload {
  reportJson: Buffer;
  document: Buffer;
}

export class OutboxFolder {
  readonly folder: string;

  constructor(
    dataFolder: string,
    private readonly setAsideFolder: string,
    private readonly now: () => Date,
    private readonly onStep: StepObserver = () => undefined,
  ) {
    this.folder = join(dataFolder, 'outbox');
  }

  /** Writes the whole entry, then makes it visible in one rename. */
  async add(entry: OutboxEntry, reportJson: string, document: Uint8Array): Promise<void> {
    await mkdir(this.folder, { recursive: true, mode: DATA_FOLDER_MODE });
    const incoming = join(this.folder, `.incoming-${entry.id}`);
    await removeRetrying(incoming, { recursive: true, force: true });
    await mkdir(incoming, { mode: DATA_FOLDER_MODE });
    await writeFileDurably(join(incoming, DOCUMENT_FILE), document, 'record');
    await writeFileDurably(join(incoming, REPORT_FILE), reportJson, 'record');
    await writeFileDurably(join(incoming, ENTRY_FILE), `${JSON.stringify(entry, null, 2)}\n`, 'record');
    await this.onStep('outbox:entry-written');
    await renameRetrying(incoming, join(this.folder, entry.id));
    await syncFolder(this.folder);
    await this.onStep('outbox:entry-visible');
  }

  /** Every whole entry; an entry a crash left half-written is removed. */
  async entries(): Promise<OutboxEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return [];
      throw error;
    }
    const entries: OutboxEntry[] = [];
    for (const name of names) {
      if (name.startsWith('.incoming-') || name.startsWith('.withdrawn-')) {
        await removeRetrying(join(this.folder, name), { recursive: true, force: true });
        continue;
      }
      if (!ENTRY_FOLDER.test(name)) continue;
      // An entry file damaged beyond its last good copy is left where it is, for a person to look at.
      const entry = await this.read(name).catch(() => undefined);
      if (entry) entries.push(entry);
    }
    return entries.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  }

  async read(id: string): Promise<OutboxEntry | undefined> {
    const db = this.#db(id);
    await db.read();
    return db.data ?? undefined;
  }

  async update(entry: OutboxEntry): Promise<void> {
    const db = this.#db(entry.id);
    await db.read();
    db.data = entry;
    await db.write();
  }

  async payload(id: string): Promise<OutboxPayload> {
    const folder = join(this.folder, id);
    return { reportJson: await readFile(join(folder, REPORT_FILE)), document: await readFile(join(folder, DOCUMENT_FILE)) };
  }

  /** Takes an entry away in one rename, then deletes it. */
  async remove(id: string): Promise<void> {
    const gone = join(this.folder, `.withdrawn-${id}`);
    await renameRetrying(join(this.folder, id), gone);
    await syncFolder(this.folder);
    await removeRetrying(gone, { recursive: true, force: true });
  }

  #db(id: string): Low<OutboxEntry | null> {
    const adapter = new DurableJsonFile<OutboxEntry | null>(join(this.folder, id, ENTRY_FILE), {
      parse: (raw) => outboxEntrySchema.parse(raw),
      setAsideFolder: this.setAsideFolder,
      now: this.now,
    });
    return new Low<OutboxEntry | null>(adapter, null);
  }
}
