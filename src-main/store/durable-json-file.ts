// A lowdb adapter that survives crashes and power cuts. Reads treat an empty, NUL-filled,
// truncated or wrongly shaped file as corrupt: the file is moved aside (never overwritten),
// the last good copy is restored, and the caller hears about it through onRecovery.
import { mkdir, readFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { isErrno } from '../errors.ts';
import { backupPathOf, writeFileDurably } from './durable-write.ts';

export type CorruptionReason = 'empty' | 'nul-filled' | 'not-json' | 'wrong-shape';

export class CorruptFileError extends Error {
  override readonly name = 'CorruptFileError';
  constructor(readonly reason: CorruptionReason) {
    super(`corrupt file: ${reason}`);
  }
}

/** Thrown by a parser for a file written by a newer version of the app. */
export class NewerVersionError extends Error {
  override readonly name = 'NewerVersionError';
  constructor(readonly schemaVersion: number) {
    super(`file has schemaVersion ${schemaVersion}`);
  }
}

export interface RecoveryEvent {
  path: string;
  setAsidePath: string;
  reason: CorruptionReason;
  recoveredFromBackup: boolean;
}

export interface DurableJsonFileOptions<T> {
  /** Validates parsed JSON; throws NewerVersionError for a newer file, anything else means corrupt. */
  parse: (raw: unknown) => T;
  setAsideFolder: string;
  onRecovery: (event: RecoveryEvent) => void;
  now: () => Date;
}

type Candidate<T> = { kind: 'missing' } | { kind: 'ok'; value: T; text: string } | { kind: 'corrupt'; reason: CorruptionReason };

export class DurableJsonFile<T> implements Adapter<T> {
  #lastWrittenText: string | undefined;

  constructor(
    readonly path: string,
    private readonly options: DurableJsonFileOptions<T>,
  ) {}

  async read(): Promise<T | null> {
    const main = await this.#readCandidate(this.path);
    if (main.kind === 'missing') return this.#readAfterInterruptedReplace();
    if (main.kind === 'ok') {
      this.#lastWrittenText = main.text;
      return main.value;
    }

    const setAsidePath = await this.#setAside();
    const backup = await this.#readCandidate(backupPathOf(this.path));
    if (backup.kind !== 'ok') {
      this.options.onRecovery({ path: this.path, setAsidePath, reason: main.reason, recoveredFromBackup: false });
      throw new CorruptFileError(main.reason);
    }
    await writeFileDurably(this.path, backup.text);
    this.#lastWrittenText = backup.text;
    this.options.onRecovery({ path: this.path, setAsidePath, reason: main.reason, recoveredFromBackup: true });
    return backup.value;
  }

  // A file deleted behind the app's back (by hand, or by a sync tool) with its .bak still
  // there: the .bak is a complete copy and simply becomes the file again.
  async #readAfterInterruptedReplace(): Promise<T | null> {
    const backup = await this.#readCandidate(backupPathOf(this.path));
    if (backup.kind !== 'ok') return null;
    await writeFileDurably(this.path, backup.text);
    this.#lastWrittenText = backup.text;
    return backup.value;
  }

  async write(data: T): Promise<void> {
    const text = `${JSON.stringify(data, null, 2)}\n`;
    if (text === this.#lastWrittenText) return;
    await writeFileDurably(this.path, text);
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
    if (text.trim() === '') return { kind: 'corrupt', reason: 'empty' };
    if (/^\0+$/.test(text)) return { kind: 'corrupt', reason: 'nul-filled' };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { kind: 'corrupt', reason: 'not-json' };
    }
    try {
      return { kind: 'ok', value: this.options.parse(raw), text };
    } catch (error) {
      if (error instanceof NewerVersionError) throw error;
      return { kind: 'corrupt', reason: 'wrong-shape' };
    }
  }

  // The damaged file is kept for inspection under a name that never collides.
  async #setAside(): Promise<string> {
    await mkdir(this.options.setAsideFolder, { recursive: true });
    const stamp = this.options.now().toISOString().replace(/[:.]/g, '-');
    const target = join(this.options.setAsideFolder, `${basename(this.path)}.${stamp}.${process.pid}.skadad`);
    await rename(this.path, target);
    return target;
  }
}
