// Moving a report between reports/ and trash/ moves two files (the report and its last good
// copy), so it is journalled: the intent is written durably first, and a move cut short by a
// crash is finished in the same direction the next time the store starts, never undone by
// bringing an older copy back.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isErrno } from '../errors/app-error.ts';
import { backupPathOf, DATA_FOLDER_MODE, syncFolder, writeFileDurably, type StepObserver } from '../files/durable-write.ts';
import { removeRetrying, renameRetrying } from '../files/retry-transient.ts';

const journalSchema = z.object({ id: z.uuid(), from: z.string().min(1), to: z.string().min(1) }).strict();
type Journal = z.infer<typeof journalSchema>;

export class ReportMoves {
  constructor(
    private readonly journalFolder: string,
    private readonly onStep: StepObserver = () => undefined,
  ) {}

  /** Moves the report's files; the caller has checked that nothing is in the way. */
  async move(id: string, fromFolder: string, toFolder: string): Promise<void> {
    await mkdir(toFolder, { recursive: true, mode: DATA_FOLDER_MODE });
    await mkdir(this.journalFolder, { recursive: true, mode: DATA_FOLDER_MODE });
    const journalPath = this.#journalPath(id);
    await writeFileDurably(journalPath, JSON.stringify({ id, from: fromFolder, to: toFolder } satisfies Journal), 'record');
    await this.onStep('move:journalled');
    await this.#finish({ id, from: fromFolder, to: toFolder }, journalPath);
  }

  /** Finishes every move a crash cut short. */
  async finishInterrupted(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.journalFolder);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return;
      throw error;
    }
    for (const name of names.filter((candidate) => candidate.endsWith('.json'))) {
      const path = join(this.journalFolder, name);
      const journal = journalSchema.safeParse(JSON.parse(await readFile(path, 'utf8').catch(() => 'null')) as unknown);
      // A journal cut short while it was written means the move had not begun.
      if (!journal.success) await removeRetrying(path, { force: true });
      else await this.#finish(journal.data, path);
    }
  }

  async #finish(journal: Journal, journalPath: string): Promise<void> {
    const file = `${journal.id}.json`;
    await moveIfThere(join(journal.from, file), join(journal.to, file));
    await this.onStep('move:report-moved');
    await moveIfThere(backupPathOf(join(journal.from, file)), backupPathOf(join(journal.to, file)));
    await this.onStep('move:backup-moved');
    await syncFolder(journal.to);
    await syncFolder(journal.from);
    await removeRetrying(journalPath, { force: true });
  }

  #journalPath(id: string): string {
    return join(this.journalFolder, `${id}.json`);
  }
}

// A file missing from its source was moved before the crash.
async function moveIfThere(from: string, to: string): Promise<void> {
  try {
    await renameRetrying(from, to);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
}
