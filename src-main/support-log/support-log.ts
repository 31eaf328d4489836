// The app's log for support, in the data folder (logg/app.log, five files of a megabyte kept
// as it rotates): what went wrong, each attempt to send and its answer, and what was
// recovered. One JSON line a record. It never holds what a report says or a key: callers log
// ids, versions, statuses and the app's own messages only.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';
import { DATA_FOLDER_MODE } from '../files/durable-write.ts';

type Field = string | number | boolean | undefined;

export interface SupportLog {
  info(event: string, fields?: Record<string, Field>): void;
  error(event: string, fields?: Record<string, Field>): void;
  /** The newest records, oldest first, as the lines they are. */
  lastEntries(count: number): Promise<string[]>;
  close(): Promise<void>;
}

const FILE = 'app.log';

export function createSupportLog(dataFolder: string, now: () => Date = () => new Date()): SupportLog {
  const folder = join(dataFolder, 'logg');
  // Opened on the first record, so a run that logs nothing makes no folder.
  let opening: Promise<RotatingFileStream> | undefined;
  // A log that cannot be written (a full disk) never stops what it records: it stops itself.
  let broken = false;
  // Records handed to the stream and not yet written, so that a reader sees every one.
  let pending = Promise.resolve();

  async function open(): Promise<RotatingFileStream> {
    await mkdir(folder, { recursive: true, mode: DATA_FOLDER_MODE });
    const stream = createStream(FILE, { path: folder, size: '1M', maxFiles: 5, mode: 0o600 });
    stream.on('error', () => (broken = true));
    return stream;
  }

  function write(level: 'info' | 'error', event: string, fields: Record<string, Field>): void {
    if (broken) return;
    const line = `${JSON.stringify({ time: now().toISOString(), level, event, ...fields })}\n`;
    opening ??= open();
    const opened = opening;
    pending = pending.then(() =>
      opened.then(
        (stream) => new Promise<void>((resolve) => stream.write(line, () => resolve())),
        () => {
          broken = true;
        },
      ),
    );
  }

  /** Everything written so far is in the file. */
  async function settled(): Promise<RotatingFileStream | undefined> {
    await pending;
    return opening?.catch(() => undefined);
  }

  return {
    info: (event, fields = {}) => write('info', event, fields),
    error: (event, fields = {}) => write('error', event, fields),
    async lastEntries(count) {
      await settled();
      const text = await readFile(join(folder, FILE), 'utf8').catch(() => '');
      return text.split('\n').filter(Boolean).slice(-count);
    },
    async close() {
      const stream = await settled();
      if (stream !== undefined) await new Promise<void>((resolve) => stream.end(() => resolve()));
    },
  };
}
