// Where submissions are kept, and how one is stored so that a crash at any instant leaves
// either nothing or the whole version:
//
//   <data>/submissions/<year>/<period>/<organisation-slug>/<number, 6 digits>/
//       report.json  document.docx  receipt.json
//   <data>/incoming/<random>/      a version being written; never a submission
//
// Each version is received straight into its own folder under incoming/ (its two parts as they
// arrive, then its receipt), flushed, then made visible by ONE rename into place, and the folders above it are flushed before the sender is answered.
// receipt.json, inside the version, holds the idempotency key's hash and the content's hash,
// so that rename is also the moment the key is recorded: after a restart the scan of
// submissions/ finds it, and a retry gets the first receipt. What is left in incoming/ after
// a crash was never answered with a receipt, and is removed at start.
//
// Folder names come from the sender's organisation and the receiver's own counter, and the
// year and period from the report as the schema checked it (an integer, an enum): nothing
// else the sender wrote reaches a path. A folder belongs to one organisation: two whose names
// fold to the same folder name ("Miljö AB", "Miljo AB") get two ("miljo-ab", "miljo-ab-2"),
// and so two idempotency scopes.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isErrno } from '../errors/app-error.ts';
import { DATA_FOLDER_MODE, syncFolder, writeNewFileDurably, type StepObserver } from '../files/durable-write.ts';
import { isPeriodId } from '../form/vocabulary.ts';
import { organisationKey, organisationSlug } from '../report/organisation.ts';
import type { ReceiptAnswer } from '../protocol/submission-protocol.ts';
import { removeRetrying, renameRetrying } from '../files/retry-transient.ts';
import type { SubmittedReport } from './report-part.ts';
import type { ReceivedParts } from './submission-parts.ts';
import { contentHash, idempotencyKeyHash, receiptFileSchema, receiptText, type ReceiptFile } from './receipt-file.ts';

export interface Submission {
  /** Who sent it: the sender key's organisation (or the report's, when no keys are asked for). */
  organisation: string;
  /** The report part, as the schema read it. */
  report: SubmittedReport;
  /** Both parts, received into their files in a folder that `incomingFolder()` made. */
  parts: ReceivedParts;
  idempotencyKey: string;
}

/** What the sender is answered with: the protocol's receipt. */
export type Receipt = ReceiptAnswer;

export type ReceiveOutcome =
  | { kind: 'created'; receipt: Receipt; folder: string }
  /** The same key and the same content again: the first receipt, nothing stored. */
  | { kind: 'repeated'; receipt: Receipt }
  /** The same key while the first request with it is still being stored. */
  | { kind: 'in-progress' }
  /** The same key with other content. */
  | { kind: 'key-reused' };

type IndexEntry = { state: 'stored'; receipt: Receipt; contentHash: string } | { state: 'storing'; contentHash: string };

const YEAR_FOLDER = /^\d{4}$/;
const VERSION_FOLDER = /^\d{6,}$/;

export interface SubmissionStoreOptions {
  /** Called between the steps of storing a version (the crash tests stop the process there). */
  onStep?: StepObserver;
  /** Told about a version whose receipt cannot be read (it keeps its number, but not its key). */
  warn?: (message: string) => void;
  now?: () => Date;
}

async function listFolder(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch (error) {
    if (isErrno(error, 'ENOENT', 'ENOTDIR')) return [];
    throw error;
  }
}

/** Idempotency keys are the sender's own: two organisations may happen to use the same one. */
function scopeOf(slug: string, keyHash: string): string {
  return `${slug}/${keyHash}`;
}

export class SubmissionStore {
  readonly #index = new Map<string, IndexEntry>();
  /** Every stored version by its receipt: what the coordinator lists and reads. */
  readonly #versions = new Map<string, { folder: string; receipt: ReceiptFile }>();
  /** Organisation folder name -> the organisation (as compared) it belongs to. */
  readonly #folderOwners = new Map<string, string>();
  readonly #durableFolders = new Map<string, Promise<void>>();
  #nextNumber = 1;
  readonly #submissions: string;
  readonly #incoming: string;

  private constructor(
    dataFolder: string,
    private readonly options: SubmissionStoreOptions,
  ) {
    this.#submissions = join(dataFolder, 'submissions');
    this.#incoming = join(dataFolder, 'incoming');
  }

  /** Removes what a crash left in incoming/, then reads every stored receipt into the index. */
  static async open(dataFolder: string, options: SubmissionStoreOptions = {}): Promise<SubmissionStore> {
    const store = new SubmissionStore(dataFolder, options);
    await mkdir(dataFolder, { recursive: true, mode: DATA_FOLDER_MODE });
    await mkdir(store.#incoming, { recursive: true, mode: DATA_FOLDER_MODE });
    await mkdir(store.#submissions, { recursive: true, mode: DATA_FOLDER_MODE });
    for (const leftover of await listFolder(store.#incoming)) await removeRetrying(join(store.#incoming, leftover), { recursive: true, force: true });
    await syncFolder(store.#incoming);
    await syncFolder(dataFolder);
    await store.#scan();
    return store;
  }

  /** The versions stored for a period, by receipt number: what each is, and where. */
  versionsOf(period: { period: string; year: number }): { folder: string; receipt: ReceiptFile }[] {
    return [...this.#versions.values()]
      .filter(({ receipt }) => receipt.period === period.period && receipt.year === period.year)
      .sort((a, b) => a.receipt.receipt.localeCompare(b.receipt.receipt));
  }

  /** The folder of the version with this receipt, if it is stored. */
  versionFolder(receipt: string): string | undefined {
    return this.#versions.get(receipt)?.folder;
  }

  /** A new folder under incoming/ for a submission's parts to arrive in, out of sight. */
  async incomingFolder(): Promise<string> {
    const folder = join(this.#incoming, randomBytes(16).toString('hex'));
    await mkdir(folder, { mode: DATA_FOLDER_MODE });
    return folder;
  }

  /** Removes what a submission left under incoming/ (nothing, once it was stored). */
  async discard(folder: string): Promise<void> {
    if (dirname(folder) === this.#incoming) await removeRetrying(folder, { recursive: true, force: true });
  }

  /**
   * Stores the submission unless its idempotency key is known. `checkBeforeStoring` runs once
   * the key is claimed (a retry meanwhile gets 'in-progress'), while the receipt is written and
   * flushed beside the parts; if it throws, nothing is made visible and the key is free again.
   */
  async receive(submission: Submission, checkBeforeStoring: () => Promise<void>): Promise<ReceiveOutcome> {
    const slug = this.#folderFor(submission.organisation);
    const keyHash = idempotencyKeyHash(submission.idempotencyKey);
    const hash = contentHash(submission.parts.sha256.report, submission.parts.sha256.document);
    const scope = scopeOf(slug, keyHash);
    const known = this.#index.get(scope);
    if (known) {
      if (known.contentHash !== hash) return { kind: 'key-reused' };
      if (known.state === 'storing') return { kind: 'in-progress' };
      return { kind: 'repeated', receipt: known.receipt };
    }
    this.#index.set(scope, { state: 'storing', contentHash: hash });
    try {
      const version = this.#newVersion(submission, slug, keyHash, hash);
      const staging = submission.parts.folder;
      // The disk's work and the document check's overlap: neither waits for the other. The
      // receipt is written beside the parts, so one flush of the folder covers all three.
      const written = writeNewFileDurably(join(staging, 'receipt.json'), `${JSON.stringify(version.receiptFile, null, 2)}\n`);
      try {
        await Promise.all([written, checkBeforeStoring()]);
        // The organisation's folder only for a version that passed: a refused one leaves nothing behind.
        await Promise.all([syncFolder(staging), this.#durableFolder(dirname(version.folder))]);
        await this.options.onStep?.('receiver:incoming-written');
        await renameRetrying(staging, version.folder);
      } catch (error) {
        await written.catch(() => undefined);
        await this.discard(staging);
        throw error;
      }
      // Visible from here on, and found by the scan after a restart: the key is taken.
      this.#index.set(scope, { state: 'stored', receipt: version.receipt, contentHash: hash });
      this.#versions.set(version.receipt.receipt, { folder: version.folder, receipt: version.receiptFile });
      await this.options.onStep?.('receiver:renamed');
      // The folders above were flushed before the rename; the new entry is flushed now.
      await syncFolder(dirname(version.folder));
      await this.options.onStep?.('receiver:folders-synced');
      return { kind: 'created', receipt: version.receipt, folder: version.folder };
    } finally {
      if (this.#index.get(scope)?.state === 'storing') this.#index.delete(scope);
    }
  }

  /** The organisation's own folder name: its slug, or the slug with a number where another organisation has it. */
  #folderFor(organisation: string): string {
    const owner = organisationKey(organisation);
    const base = organisationSlug(organisation);
    for (let number = 1; ; number += 1) {
      const candidate = number === 1 ? base : `${base}-${number}`;
      const current = this.#folderOwners.get(candidate);
      if (current === undefined) this.#folderOwners.set(candidate, owner);
      if (current === undefined || current === owner) return candidate;
    }
  }

  /**
   * The version's number, receipt and folder, taken as it arrives: a version refused by the
   * document check leaves its number unused, as numbers need only be unique and rising.
   */
  #newVersion(submission: Submission, slug: string, keyHash: string, hash: string): { receipt: Receipt; receiptFile: ReceiptFile; folder: string } {
    const { report } = submission;
    const number = this.#nextNumber++;
    const receipt: Receipt = { receipt: receiptText(report.year, report.period, number), receivedAt: (this.options.now?.() ?? new Date()).toISOString() };
    const receiptFile: ReceiptFile = {
      schemaVersion: 1,
      ...receipt,
      organisation: submission.organisation,
      reportId: report.id,
      committee: report.committee,
      period: report.period,
      year: report.year,
      idempotencyKeyHash: keyHash,
      contentHash: hash,
      route: 'inlamning',
    };
    const folder = join(this.#submissions, String(report.year), report.period, slug, String(number).padStart(6, '0'));
    return { receipt, receiptFile, folder };
  }

  /**
   * Makes a folder under submissions/ (and those above it) and flushes its entry in its
   * parent, once per run: every store that needs it waits for the same flush, so none answers
   * before the folder it stored into would survive a power cut.
   */
  #durableFolder(folder: string): Promise<void> {
    if (folder === this.#submissions) return Promise.resolve();
    let ready = this.#durableFolders.get(folder);
    if (ready === undefined) {
      ready = (async () => {
        await this.#durableFolder(dirname(folder));
        try {
          await mkdir(folder, { mode: DATA_FOLDER_MODE });
        } catch (error) {
          if (!isErrno(error, 'EEXIST')) throw error;
        }
        await syncFolder(dirname(folder));
      })();
      this.#durableFolders.set(folder, ready);
      // A failure (a full disk) is not remembered: the next store tries again.
      ready.catch(() => this.#durableFolders.delete(folder));
    }
    return ready;
  }

  async #scan(): Promise<void> {
    let highest = 0;
    for (const year of (await listFolder(this.#submissions)).filter((name) => YEAR_FOLDER.test(name))) {
      const yearFolder = join(this.#submissions, year);
      for (const period of (await listFolder(yearFolder)).filter(isPeriodId)) {
        const periodFolder = join(yearFolder, period);
        for (const slug of await listFolder(periodFolder)) {
          const organisationFolder = join(periodFolder, slug);
          for (const version of (await listFolder(organisationFolder)).filter((name) => VERSION_FOLDER.test(name))) {
            highest = Math.max(highest, Number(version));
            await this.#indexVersion(join(organisationFolder, version), slug);
          }
        }
      }
    }
    this.#nextNumber = highest + 1;
  }

  async #indexVersion(folder: string, slug: string): Promise<void> {
    const path = join(folder, 'receipt.json');
    let parsed: ReturnType<typeof receiptFileSchema.safeParse> | undefined;
    try {
      parsed = receiptFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    } catch (error) {
      if (!(error instanceof SyntaxError) && !isErrno(error, 'ENOENT')) throw error;
    }
    if (!parsed?.success) {
      // Never written this way by the receiver (the rename makes whole versions visible):
      // someone changed it by hand. Its number stays taken; a retry of it would be stored anew.
      this.options.warn?.(`Kvittot ${path} saknas eller går inte att läsa; inlämningen i ${dirname(path)} finns kvar men känns inte igen vid en ny sändning.`);
      return;
    }
    const { receipt, receivedAt, idempotencyKeyHash: keyHash, contentHash: hash, organisation } = parsed.data;
    this.#versions.set(receipt, { folder, receipt: parsed.data });
    if (!this.#folderOwners.has(slug)) this.#folderOwners.set(slug, organisationKey(organisation));
    this.#index.set(scopeOf(slug, keyHash), { state: 'stored', receipt: { receipt, receivedAt }, contentHash: hash });
  }
}
