// A lowdb adapter that survives crashes and power cuts. Writes go through writeFileDurably
// (unique temporary file, flush, last good copy kept as .bak, rename, folder flush). Reads
// treat an empty, NUL-filled, truncated or wrongly shaped file as damaged: it is kept in the
// set-aside folder (never overwritten), the last good copy takes its place, and what happened
// is recorded for the caller to tell the user. A file missing beside its .bak (deleted by hand
// or by a sync tool) comes back from the .bak, and that is told too.
import { copyFile, link, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { isErrno } from '../errors/app-error.ts';
import { backupPathOf, DATA_FOLDER_MODE, syncFolder, temporaryPathFor, writeFileDurably, type StepObserver } from '../files/durable-write.ts';
import { removeRetrying, renameRetrying } from '../files/retry-transient.ts';

export type CorruptionReason = 'empty' | 'nul-filled' | 'not-json' | 'wrong-shape';

/** Thrown by a parser for a file written by a newer version that this one cannot even show. */
export class NewerVersionError extends Error {
  override readonly name = 'NewerVersionError';
  constructor(readonly schemaVersion: number) {
    super(`file has schemaVersion ${schemaVersion}`);
  }
}

/** A damaged file that could not be recovered now; `cause` says why, when a file operation failed. */
export class DamagedFileError extends Error {
  override readonly name = 'DamagedFileError';
  constructor(
    readonly reason: CorruptionReason,
    readonly backupAvailable: boolean,
    options?: { cause?: unknown },
  ) {
    super(`damaged file: ${reason}`, options);
  }
}

export type RecoveryEvent =
  | { kind: 'restored-damaged'; path: string; reason: CorruptionReason; setAsidePath: string }
  | { kind: 'damaged-without-backup'; path: string; reason: CorruptionReason; setAsidePath: string }
  | { kind: 'restored-missing'; path: string };

export interface DurableJsonFileOptions<T> {
  /** Validates parsed JSON; throws NewerVersionError for a newer file, anything else means damaged. */
  parse: (raw: unknown) => T;
  /** What is written for the data; by default the data itself. */
  serialize?: (data: T) => unknown;
  setAsideFolder: string;
  now: () => Date;
  /** Called between the steps of a write (the crash tests stop there). */
  onStep?: StepObserver;
}

type Candidate<T> = { kind: 'missing' } | { kind: 'ok'; value: T; text: string } | { kind: 'damaged'; reason: CorruptionReason };

export class DurableJsonFile<T> implements Adapter<T> {
  /** What the last read() recovered; the caller takes these to tell the user. */
  readonly recoveries: RecoveryEvent[] = [];
  #lastWrittenText: string | undefined;

  constructor(
    readonly path: string,
    private readonly options: DurableJsonFileOptions<T>,
  ) {}

  async read(): Promise<T | null> {
    const main = await this.#readCandidate(this.path);
    if (main.kind === 'ok') {
      this.#lastWrittenText = main.text;
      return main.value;
    }
    const backupPath = backupPathOf(this.path);
    const backup = await this.#readCandidate(backupPath);
    if (main.kind === 'missing') {
      if (backup.kind !== 'ok') return null;
      await this.#restoreFrom(backupPath);
      this.recoveries.push({ kind: 'restored-missing', path: this.path });
      this.#lastWrittenText = backup.text;
      return backup.value;
    }

    let setAsidePath: string;
    try {
      setAsidePath = await this.#setAside();
      if (backup.kind === 'ok') await this.#restoreFrom(backupPath);
      else await removeRetrying(this.path, { force: true });
    } catch (error) {
      throw new DamagedFileError(main.reason, backup.kind === 'ok', { cause: error });
    }
    if (backup.kind !== 'ok') {
      this.recoveries.push({ kind: 'damaged-without-backup', path: this.path, reason: main.reason, setAsidePath });
      throw new DamagedFileError(main.reason, false);
    }
    this.recoveries.push({ kind: 'restored-damaged', path: this.path, reason: main.reason, setAsidePath });
    this.#lastWrittenText = backup.text;
    return backup.value;
  }

  async write(data: T): Promise<void> {
    const serialized = this.options.serialize ? this.options.serialize(data) : data;
    const text = `${JSON.stringify(serialized, null, 2)}\n`;
    if (text === this.#lastWrittenText) return;
    await writeFileDurably(this.path, text, 'data', this.options.onStep);
    this.#lastWrittenText = text;
  }

  async #readCandidate(path: string): Promise<Candidate<T>> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return { kind: 'missing' };
      throw error;
    }
    // A file saved by an editor that adds a byte-order mark is still the same JSON.
    text = text.replace(/^\uFEFF/, '');
    if (text.trim() === '') return { kind: 'damaged', reason: 'empty' };
    if (/^\0+$/.test(text)) return { kind: 'damaged', reason: 'nul-filled' };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { kind: 'damaged', reason: 'not-json' };
    }
    try {
      return { kind: 'ok', value: this.options.parse(raw), text };
    } catch (error) {
      if (error instanceof NewerVersionError) throw error;
      return { kind: 'damaged', reason: 'wrong-shape' };
    }
  }

  // The damaged file is kept for inspection under a name that never collides. A hard link
  // needs no free space, so this works on a full disk too.
  async #setAside(): Promise<string> {
    await mkdir(this.options.setAsideFolder, { recursive: true, mode: DATA_FOLDER_MODE });
    const stamp = this.options.now().toISOString().replace(/[:.]/g, '-');
    const target = join(this.options.setAsideFolder, `${basename(this.path)}.${stamp}.${process.pid}.skadad`);
    try {
      await link(this.path, target);
    } catch (error) {
      if (!isErrno(error, 'EPERM', 'ENOTSUP', 'EXDEV', 'ENOSYS')) throw error;
      await copyFile(this.path, target);
    }
    return target;
  }

  // The last good copy takes the file's place in one rename, as a copy of its own: were the
  // two one file (a hard link), a program that edits the file in place would damage the last
  // good copy with it. Only on a full disk, where a copy cannot be made, are they linked; the
  // next save then gives the file a new one of its own (writeFileDurably renames a new file in).
  async #restoreFrom(backupPath: string): Promise<void> {
    const temporary = temporaryPathFor(this.path);
    try {
      await copyFile(backupPath, temporary);
    } catch (error) {
      await removeRetrying(temporary, { force: true });
      if (!isErrno(error, 'ENOSPC', 'EDQUOT')) throw error;
      await link(backupPath, temporary);
    }
    try {
      await renameRetrying(temporary, this.path);
    } catch (error) {
      await removeRetrying(temporary, { force: true });
      throw error;
    }
    await syncFolder(dirname(this.path));
  }
}
