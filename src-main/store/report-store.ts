// The local drafts: one file per report under <data>/reports, deleted reports under
// <data>/trash, damaged files under <data>/set-aside. Every read and write of a report goes
// through a lowdb `Low` over the durable adapter. The operations on one report run one after
// another (a save never overtakes a move to the trash), and each resolves only once its
// content is durable. What a call finds out about a file (a damaged file recovered, a file
// that cannot be read) comes back with that call's result.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError, isErrno } from '../errors/app-error.ts';
import { fileSystemError, NEWER_VERSION_MESSAGE } from '../errors/file-errors.ts';
import { DATA_FOLDER_MODE, type StepObserver } from '../files/durable-write.ts';
import type { QuestionSet } from '../form/form-set.ts';
import { carryOverReport, createReport, duplicateReport, type NewReportRequest } from '../report/create.ts';
import { randomIds, type IdSource } from '../report/ids.ts';
import { reportIdSchema, type Report, type Submission } from '../report/model.ts';
import { summarize, type OpenedReport, type ReportListing, type ReportSummary, type UnavailableReport } from '../report/summary.ts';
import { periodLabel } from '../report/calendar.ts';
import { organisationName, reportSlot } from '../report/organisation.ts';
import { removeRetrying } from '../files/retry-transient.ts';
import { DamagedFileError, DurableJsonFile, NewerVersionError } from './durable-json-file.ts';
import { describeDamagedNow, describeRecovery, describeUnreadableNewer } from './recovery-notices.ts';
import { parseStoredReport, type StoredReport } from './report-file.ts';
import { ReportMoves } from './report-moves.ts';

export interface ReportStoreOptions {
  dataFolder: string;
  now?: () => Date;
  ids?: IdSource;
  /** Called between the steps of operations on several files; the crash tests stop there. */
  onStep?: StepObserver;
  /** The question sets a new report may start from (the app's bundled ones, or a test's); none when not given. */
  questionSets?: readonly QuestionSet[];
}

/** A new report as the window asks for it: a question set by its id. */
export type CreateRequest = Omit<NewReportRequest, 'questionSet'> & { questionSetId?: string | undefined; copyName?: string | undefined };

/** A report read from its file, with what reading it recovered (until a call hands that on). */
interface Entry {
  db: Low<StoredReport | null>;
  notices: string[];
}

/** A file in reports/ that could not be read now (`unavailable` says why, in Swedish), or is gone. */
interface Unavailable {
  unavailable?: string;
  notices: string[];
}

type Slot = Entry | Unavailable | undefined;

const TEMPORARY_FILE = /^\..+\.tmp$/;
// A report is known by its file or, if that was deleted behind the app’s back, by its .bak.
const REPORT_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json(?:\.bak)?$/;

// The queue every new report waits in (no report has this id).
const NEW_REPORTS = 'new-reports';

const GONE_MESSAGE = 'Rapporten finns inte längre i Mina rapporter. Den kan ha flyttats till papperskorgen.';

export class ReportStore {
  readonly reportsFolder: string;
  readonly trashFolder: string;
  readonly setAsideFolder: string;
  readonly questionSets: readonly QuestionSet[];
  readonly #now: () => Date;
  readonly #ids: IdSource;
  readonly #onStep: StepObserver;
  readonly #moves: ReportMoves;
  readonly #slots = new Map<string, Entry>();
  readonly #queues = new Map<string, Promise<unknown>>();
  #started: Promise<void> | undefined;

  constructor(options: ReportStoreOptions) {
    this.reportsFolder = join(options.dataFolder, 'reports');
    this.trashFolder = join(options.dataFolder, 'trash');
    this.setAsideFolder = join(options.dataFolder, 'set-aside');
    this.questionSets = options.questionSets ?? [];
    this.#now = options.now ?? (() => new Date());
    this.#ids = options.ids ?? randomIds;
    this.#onStep = options.onStep ?? (() => undefined);
    this.#moves = new ReportMoves(join(options.dataFolder, 'moves'), this.#onStep);
  }

  async list(): Promise<ReportListing> {
    await this.#start();
    const reports: ReportSummary[] = [];
    const unavailable: UnavailableReport[] = [];
    const notices: string[] = [];
    for (const id of await this.#idsIn(this.reportsFolder)) {
      // One file that cannot be read never hides the others.
      const slot = await this.#serial(id, () => this.#slot(id)).catch((error: unknown) => ({ unavailable: messageOf(error), notices: [] }));
      if (slot === undefined) continue;
      notices.push(...slot.notices.splice(0));
      if ('db' in slot) {
        const stored = slot.db.data;
        if (stored) reports.push(summarize(stored.report, stored.readOnly));
      } else if (slot.unavailable !== undefined) {
        unavailable.push({ id, message: slot.unavailable });
      }
    }
    reports.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { reports, unavailable, notices };
  }

  async open(id: string): Promise<OpenedReport> {
    return this.#serial(id, async () => {
      const { entry, stored } = await this.#loadedReport(id);
      return { report: stored.report, readOnly: stored.readOnly, notices: entry.notices.splice(0) };
    });
  }

  /**
   * A new report. There is one report for each organisation and period: another one for the
   * same is refused ('already-exists'), unless it is a copy with a name of its own.
   */
  async create({ questionSetId, ...request }: CreateRequest): Promise<Report> {
    const questionSet = this.questionSets.find((set) => set.id === questionSetId);
    const report = withCopyName(createReport({ ...request, questionSet }, this.#now(), this.#ids), request.copyName);
    await this.#writeNew(report);
    return report;
  }

  /** "Duplicera": a copy always needs a name of its own, to be told apart from the original. */
  async duplicate(id: string, copyName: string): Promise<Report> {
    return this.#deriveNew(id, (source) => withCopyName(duplicateReport(source, this.#now(), this.#ids), copyName));
  }

  /** Next period's report from this one; this one is not changed. */
  async carryOver(id: string, copyName?: string): Promise<Report> {
    return this.#deriveNew(id, (previous) => withCopyName(carryOverReport(previous, this.#now(), this.#ids), copyName));
  }

  /** Stores a report read from elsewhere (a file, a Word document) as a new report. */
  async addImported(report: Report, copyName?: string): Promise<Report> {
    const timestamp = this.#now().toISOString();
    const imported: Report = withCopyName({ ...report, id: this.#ids.reportId(), createdAt: timestamp, updatedAt: timestamp, submissions: [] }, copyName);
    await this.#writeNew(imported);
    return imported;
  }

  /** Resolves once the report is durable on disk; returns the time it was saved. */
  async save(report: Report): Promise<{ savedAt: string }> {
    return this.#serial(report.id, async () => {
      const { entry, stored } = await this.#loadedReport(report.id, 'save');
      if (stored.readOnly) throw new AppError('read-only', NEWER_VERSION_MESSAGE);
      const savedAt = this.#now().toISOString();
      // What was sent is the outbox's to record: an editor's copy never overwrites it.
      const saved = { ...report, createdAt: stored.report.createdAt, updatedAt: savedAt, submissions: stored.report.submissions };
      entry.db.data = { report: saved, readOnly: false };
      await this.#write(entry, 'att spara rapporten');
      return { savedAt };
    });
  }

  /**
   * Records a version sent to the city, or its receipt, without changing the report's content
   * or its last-saved time (an edit after sending is what "ändrad efter inskick" means).
   */
  async recordSubmission(id: string, submission: Submission): Promise<void> {
    await this.#serial(id, async () => {
      const { entry, stored } = await this.#loadedReport(id);
      if (stored.readOnly) return;
      const others = stored.report.submissions.filter((candidate) => candidate.version !== submission.version);
      const submissions = [...others, submission].sort((a, b) => a.version - b.version);
      entry.db.data = { report: { ...stored.report, submissions }, readOnly: false };
      await this.#write(entry, 'att spara att rapporten skickats in');
    });
  }

  /** A version taken back from the outbox before it reached the city. */
  async withdrawSubmission(id: string, version: number): Promise<void> {
    await this.#serial(id, async () => {
      const { entry, stored } = await this.#loadedReport(id);
      if (stored.readOnly) return;
      const submissions = stored.report.submissions.filter((candidate) => candidate.version !== version || candidate.receipt !== undefined);
      entry.db.data = { report: { ...stored.report, submissions }, readOnly: false };
      await this.#write(entry, 'att återkalla versionen');
    });
  }

  async moveToTrash(id: string): Promise<void> {
    await this.#serial(id, async () => {
      await this.#loadedReport(id);
      await this.#move(id, this.reportsFolder, this.trashFolder, 'att flytta rapporten till papperskorgen');
    });
  }

  async listTrash(): Promise<ReportSummary[]> {
    await this.#start();
    const summaries: ReportSummary[] = [];
    for (const id of await this.#idsIn(this.trashFolder)) {
      const db = new Low<StoredReport | null>(this.#adapter(join(this.trashFolder, `${id}.json`)), null);
      // A trashed file that cannot be read is simply not offered for restoring.
      await db.read().catch(() => undefined);
      if (db.data) summaries.push(summarize(db.data.report, db.data.readOnly));
    }
    summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return summaries;
  }

  async restoreFromTrash(id: string): Promise<void> {
    reportIdSchema.parse(id);
    await this.#serial(id, () => this.#move(id, this.trashFolder, this.reportsFolder, 'att återställa rapporten'));
  }

  /** Waits for every queued operation; called before the app quits. */
  async flush(): Promise<void> {
    await Promise.all([...this.#queues.values()].map((queued) => queued.catch(() => undefined)));
  }

  // Runs the operations on one report one after another.
  #serial<T>(id: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(id) ?? Promise.resolve();
    const result = previous.catch(() => undefined).then(operation);
    const tail = result.catch(() => undefined);
    this.#queues.set(id, tail);
    void tail.then(() => {
      if (this.#queues.get(id) === tail) this.#queues.delete(id);
    });
    return result;
  }

  // Once per store: finish moves a crash cut short and remove temporary files it left.
  #start(): Promise<void> {
    this.#started ??= (async () => {
      await this.#moves.finishInterrupted().catch((error: unknown) => {
        throw fileSystemError(error, 'att slutföra en avbruten flytt till eller från papperskorgen');
      });
      const names = await readdir(this.reportsFolder).catch(() => [] as string[]);
      await Promise.all(
        names.filter((name) => TEMPORARY_FILE.test(name)).map((name) => removeRetrying(join(this.reportsFolder, name), { force: true }).catch(() => undefined)),
      );
    })();
    // A failed start is tried again by the next call: the user may fix the folder.
    this.#started.catch(() => (this.#started = undefined));
    return this.#started;
  }

  async #deriveNew(id: string, make: (source: Report) => Report): Promise<Report> {
    const source = await this.#serial(id, async () => (await this.#loadedReport(id)).stored);
    if (source.readOnly) throw new AppError('read-only', NEWER_VERSION_MESSAGE);
    const derived = make(source.report);
    await this.#writeNew(derived);
    return derived;
  }

  async #writeNew(report: Report): Promise<void> {
    await this.#start();
    // New reports are checked and written one at a time, so two at once cannot both take the same place.
    await this.#serial(NEW_REPORTS, async () => {
      await this.#refuseTakenSlot(report);
      await this.#serial(report.id, async () => {
        try {
          await mkdir(this.reportsFolder, { recursive: true, mode: DATA_FOLDER_MODE });
        } catch (error) {
          throw fileSystemError(error, 'att skapa rapporten');
        }
        const entry: Entry = { db: new Low<StoredReport | null>(this.#adapter(this.#reportPath(report.id)), { report, readOnly: false }), notices: [] };
        await this.#write(entry, 'att skapa rapporten');
        this.#slots.set(report.id, entry);
      });
    });
  }

  /** Refuses ('already-exists') a report for an organisation and period that has one. */
  async refuseTaken(candidate: Report): Promise<void> {
    await this.#start();
    await this.#serial(NEW_REPORTS, () => this.#refuseTakenSlot(candidate));
  }

  async #refuseTakenSlot(report: Report): Promise<void> {
    const slot = reportSlot(report);
    if (slot === undefined) return;
    for (const id of await this.#idsIn(this.reportsFolder)) {
      const existing = await this.#serial(id, () => this.#slot(id)).catch(() => undefined);
      const other = existing !== undefined && 'db' in existing ? existing.db.data?.report : undefined;
      if (other !== undefined && reportSlot(other) === slot) {
        const name = `${organisationName(other.header.committee)} ${periodLabel(other)}${other.copyName ? ` (${other.copyName})` : ''}`;
        throw new AppError(
          'already-exists',
          `Det finns redan en rapport för ${name}, senast sparad ${other.updatedAt.slice(0, 10)}. Öppna den, eller skapa en kopia med ett eget namn.`,
        );
      }
    }
  }

  async #write(entry: Entry, action: string): Promise<void> {
    try {
      await entry.db.write();
    } catch (error) {
      throw fileSystemError(error, action);
    }
  }

  async #move(id: string, fromFolder: string, toFolder: string, action: string): Promise<void> {
    await this.#start();
    // A report is never overwritten: a file with the same id already there stops the move.
    if ((await this.#idsIn(toFolder)).includes(id)) {
      throw new AppError('invalid-request', `Det gick inte ${action}: det finns redan en rapport med samma id i ${toFolder}. Ingen rapport har ändrats.`);
    }
    try {
      await this.#moves.move(id, fromFolder, toFolder);
    } catch (error) {
      throw fileSystemError(error, action);
    } finally {
      this.#slots.delete(id);
    }
  }

  /** The report, read if need be; refuses one that is not (or no longer) in reports/. */
  async #loadedReport(id: string, purpose: 'read' | 'save' = 'read'): Promise<{ entry: Entry; stored: StoredReport }> {
    reportIdSchema.parse(id);
    await this.#start();
    const slot = await this.#slot(id);
    if (slot !== undefined && 'db' in slot && slot.db.data) return { entry: slot, stored: slot.db.data };
    if (slot !== undefined && !('db' in slot))
      throw new AppError('corrupt', [slot.unavailable, ...slot.notices].filter((text) => text !== undefined).join(' '));
    const kept = purpose === 'save' ? ' Det du skrivit finns kvar i fönstret: kopiera texten om du vill behålla den.' : '';
    throw new AppError('not-found', `${GONE_MESSAGE}${kept}`);
  }

  async #slot(id: string): Promise<Slot> {
    const cached = this.#slots.get(id);
    if (cached) return cached;
    const slot = await this.#load(id);
    // Only a report read is kept: a file that could not be read is tried again next time (the
    // user may free space), and one that was missing may come back.
    if (slot !== undefined && 'db' in slot) this.#slots.set(id, slot);
    return slot;
  }

  async #load(id: string): Promise<Slot> {
    const path = this.#reportPath(id);
    const adapter = this.#adapter(path);
    const db = new Low<StoredReport | null>(adapter, null);
    let failure: string | undefined;
    try {
      await db.read();
    } catch (error) {
      if (error instanceof NewerVersionError) failure = describeUnreadableNewer(path);
      else if (error instanceof DamagedFileError) failure = error.cause === undefined ? undefined : describeDamagedNow(error, path);
      else throw fileSystemError(error, 'att läsa rapporten');
    }
    const name = db.data ? `${db.data.report.header.committee.trim() || '(nämnd saknas)'} ${periodLabel(db.data.report)}` : path;
    const notices = adapter.recoveries.splice(0).map((event) => describeRecovery(event, name));
    if (failure !== undefined) return { unavailable: failure, notices };
    if (db.data === null) return notices.length > 0 ? { notices } : undefined;
    return { db, notices };
  }

  #adapter(path: string): DurableJsonFile<StoredReport | null> {
    return new DurableJsonFile<StoredReport | null>(path, {
      parse: parseStoredReport,
      serialize: (stored) => {
        // Never reached for a newer file: save refuses it first. The check keeps it so.
        if (stored === null || stored.readOnly) throw new AppError('read-only', NEWER_VERSION_MESSAGE);
        return stored.report;
      },
      setAsideFolder: this.setAsideFolder,
      now: this.#now,
      onStep: this.#onStep,
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
}

function withCopyName(report: Report, copyName: string | undefined): Report {
  const name = copyName?.trim();
  if (name === undefined || name === '') {
    const { copyName: _none, ...rest } = report;
    return rest;
  }
  return { ...report, copyName: name };
}

function messageOf(error: unknown): string {
  return error instanceof AppError ? error.message : fileSystemError(error, 'att läsa rapporten').message;
}
