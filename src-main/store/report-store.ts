// The local drafts: one file per report under <data>/reports, deleted reports under
// <data>/trash, damaged files under <data>/set-aside. Saves of one report are queued so they
// reach the disk in order; each save resolves only once its content is durable.
import { access, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError, fileSystemError, isErrno } from '../errors.ts';
import { carryOverReport, createReport, duplicateReport, randomIds, type IdSource, type NewReportRequest } from '../report/create.ts';
import { reportIdSchema, type Report } from '../report/model.ts';
import { summarize, type OpenedReport, type ReportListing, type ReportSummary } from '../report/summary.ts';
import { CorruptFileError, DurableJsonFile, NewerVersionError, type RecoveryEvent } from './durable-json-file.ts';
import { backupPathOf } from './durable-write.ts';
import { readNewerReportForViewing, parseReportFile } from './report-file.ts';
import { describeRecovery, NEWER_VERSION_MESSAGE } from './messages.ts';

export interface ReportStoreOptions {
  dataFolder: string;
  now?: () => Date;
  ids?: IdSource;
}

// lowdb's Low holds null until a file has been read; an entry in the map always has data.
interface Entry {
  db: Low<Report | null>;
  readOnly: boolean;
  pendingWrite: Promise<void>;
}

const TEMPORARY_FILE = /^\..+\.tmp$/;
// A report is known by its file or, if that was deleted behind the app’s back, by its .bak.
const REPORT_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json(?:\.bak)?$/;

export class ReportStore {
  readonly reportsFolder: string;
  readonly trashFolder: string;
  readonly setAsideFolder: string;
  readonly #now: () => Date;
  readonly #ids: IdSource;
  readonly #entries = new Map<string, Promise<Entry | undefined>>();
  #notices: string[] = [];
  #sweptTemporaryFiles = false;

  constructor(options: ReportStoreOptions) {
    this.reportsFolder = join(options.dataFolder, 'reports');
    this.trashFolder = join(options.dataFolder, 'trash');
    this.setAsideFolder = join(options.dataFolder, 'set-aside');
    this.#now = options.now ?? (() => new Date());
    this.#ids = options.ids ?? randomIds;
  }

  async list(): Promise<ReportListing> {
    if (!this.#sweptTemporaryFiles) await this.#sweepTemporaryFiles();
    const summaries: ReportSummary[] = [];
    for (const id of await this.#idsIn(this.reportsFolder)) {
      const entry = await this.#entry(id);
      if (entry?.db.data) summaries.push(summarize(entry.db.data, entry.readOnly));
    }
    summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { reports: summaries, notices: this.#takeNotices() };
  }

  async open(id: string): Promise<OpenedReport> {
    const entry = await this.#existingEntry(id);
    return { report: entry.db.data, readOnly: entry.readOnly, notices: this.#takeNotices() };
  }

  async create(request: NewReportRequest): Promise<Report> {
    const report = createReport(request, this.#now(), this.#ids);
    await this.#writeNew(report);
    return report;
  }

  async duplicate(id: string): Promise<Report> {
    return this.#deriveNew(id, (source) => duplicateReport(source, this.#now(), this.#ids));
  }

  /** Next period's report from this one; this one is not changed. */
  async carryOver(id: string): Promise<Report> {
    return this.#deriveNew(id, (previous) => carryOverReport(previous, this.#now(), this.#ids));
  }

  /** A new report made from an existing one, which must be editable in this version. */
  async #deriveNew(id: string, make: (source: Report) => Report): Promise<Report> {
    const source = await this.#existingEntry(id);
    if (source.readOnly) throw new AppError('read-only', NEWER_VERSION_MESSAGE);
    const derived = make(source.db.data);
    await this.#writeNew(derived);
    return derived;
  }

  /** Stores a report read from elsewhere (a file, a Word document) as a new report. */
  async addImported(report: Report): Promise<Report> {
    const timestamp = this.#now().toISOString();
    const imported: Report = { ...report, id: this.#ids.reportId(), createdAt: timestamp, updatedAt: timestamp };
    await this.#writeNew(imported);
    return imported;
  }

  /** Resolves once the report is durable on disk; returns the time it was saved. */
  async save(report: Report): Promise<{ savedAt: string }> {
    const entry = await this.#existingEntry(report.id);
    if (entry.readOnly) throw new AppError('read-only', NEWER_VERSION_MESSAGE);
    const savedAt = this.#now().toISOString();
    entry.db.data = { ...report, createdAt: entry.db.data.createdAt, updatedAt: savedAt };
    await this.#enqueueWrite(entry, 'sparandet');
    return { savedAt };
  }

  async moveToTrash(id: string): Promise<void> {
    const entry = await this.#existingEntry(id);
    await entry.pendingWrite.catch(() => undefined);
    await this.#moveReportFiles(id, this.reportsFolder, this.trashFolder, 'att flytta rapporten till papperskorgen');
    this.#entries.delete(id);
  }

  async listTrash(): Promise<ReportSummary[]> {
    const summaries: ReportSummary[] = [];
    for (const id of await this.#idsIn(this.trashFolder)) {
      const text = await readFile(join(this.trashFolder, `${id}.json`), 'utf8').catch(() => undefined);
      const report = text === undefined ? undefined : tryParse(text);
      if (report) summaries.push(summarize(report, false));
    }
    summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return summaries;
  }

  async restoreFromTrash(id: string): Promise<void> {
    reportIdSchema.parse(id);
    await this.#moveReportFiles(id, this.trashFolder, this.reportsFolder, 'att återställa rapporten');
    this.#entries.delete(id);
  }

  /** Waits for every queued save; called before the app quits. */
  async flush(): Promise<void> {
    const entries = await Promise.all(this.#entries.values());
    await Promise.all(entries.map((entry) => entry?.pendingWrite.catch(() => undefined)));
  }

  async #writeNew(report: Report): Promise<void> {
    try {
      await mkdir(this.reportsFolder, { recursive: true });
    } catch (error) {
      throw fileSystemError(error, 'att skapa rapporten');
    }
    const db = new Low<Report | null>(this.#adapter(report.id), report);
    const entry: Entry = { db, readOnly: false, pendingWrite: Promise.resolve() };
    await this.#enqueueWrite(entry, 'att skapa rapporten');
    this.#entries.set(report.id, Promise.resolve(entry));
  }

  #enqueueWrite(entry: Entry, action: string): Promise<void> {
    const write = entry.pendingWrite
      .catch(() => undefined)
      .then(() => entry.db.write())
      .catch((error: unknown) => {
        throw fileSystemError(error, action);
      });
    entry.pendingWrite = write;
    return write;
  }

  async #existingEntry(id: string): Promise<Entry & { db: { data: Report } }> {
    reportIdSchema.parse(id);
    const entry = await this.#entry(id);
    const data = entry?.db.data;
    if (entry === undefined || data === null || data === undefined) {
      throw new AppError('not-found', 'Rapporten finns inte längre. Den kan ha flyttats till papperskorgen.');
    }
    return entry as Entry & { db: { data: Report } };
  }

  #entry(id: string): Promise<Entry | undefined> {
    let entry = this.#entries.get(id);
    if (entry === undefined) {
      entry = this.#load(id);
      this.#entries.set(id, entry);
      // A failed load is not cached: the user may fix the folder and try again.
      entry.catch(() => this.#entries.delete(id));
    }
    return entry;
  }

  async #load(id: string): Promise<Entry | undefined> {
    const db = new Low<Report | null>(this.#adapter(id), null);
    try {
      await db.read();
    } catch (error) {
      if (error instanceof CorruptFileError) return undefined;
      if (error instanceof NewerVersionError) return this.#loadNewer(id, db);
      throw fileSystemError(error, 'att läsa rapporten');
    }
    if (db.data === null) return undefined;
    return { db, readOnly: false, pendingWrite: Promise.resolve() };
  }

  async #loadNewer(id: string, db: Low<Report | null>): Promise<Entry | undefined> {
    const text = await readFile(this.#reportPath(id), 'utf8');
    const report = readNewerReportForViewing(JSON.parse(text));
    if (report === undefined) {
      this.#notices.push(`${NEWER_VERSION_MESSAGE} Filen ${this.#reportPath(id)} kan inte visas i den här versionen.`);
      return undefined;
    }
    db.data = report;
    return { db, readOnly: true, pendingWrite: Promise.resolve() };
  }

  #adapter(id: string): DurableJsonFile<Report | null> {
    return new DurableJsonFile<Report | null>(this.#reportPath(id), {
      parse: parseReportFile,
      setAsideFolder: this.setAsideFolder,
      now: this.#now,
      onRecovery: (event: RecoveryEvent) => this.#notices.push(describeRecovery(event)),
    });
  }

  #reportPath(id: string): string {
    return join(this.reportsFolder, `${id}.json`);
  }

  async #idsIn(folder: string): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return [];
      throw fileSystemError(error, 'att läsa rapportmappen');
    }
    return [...new Set(names.flatMap((name) => REPORT_FILE.exec(name)?.[1] ?? []))];
  }

  async #moveReportFiles(id: string, fromFolder: string, toFolder: string, action: string): Promise<void> {
    const from = join(fromFolder, `${id}.json`);
    const to = join(toFolder, `${id}.json`);
    // rename() would silently replace a file already there; a report is never overwritten.
    if (await exists(to)) {
      throw new AppError('invalid-request', `Det gick inte ${action}: det finns redan en rapport med samma id i ${toFolder}. Ingen rapport har ändrats.`);
    }
    try {
      await mkdir(toFolder, { recursive: true });
      await rename(from, to);
    } catch (error) {
      throw fileSystemError(error, action);
    }
    await rename(backupPathOf(from), backupPathOf(to)).catch(() => undefined);
  }

  // A write cut short by a crash leaves its temporary file; the report itself is intact.
  async #sweepTemporaryFiles(): Promise<void> {
    this.#sweptTemporaryFiles = true;
    const names = await readdir(this.reportsFolder).catch(() => [] as string[]);
    await Promise.all(
      names.filter((name) => TEMPORARY_FILE.test(name)).map((name) => rm(join(this.reportsFolder, name), { force: true }).catch(() => undefined)),
    );
  }

  #takeNotices(): string[] {
    const notices = this.#notices;
    this.#notices = [];
    return notices;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function tryParse(text: string): Report | undefined {
  try {
    return parseReportFile(JSON.parse(text));
  } catch {
    return undefined;
  }
}
