// What a careless or hostile sender costs the receiver and the import: a paragraph bomb (a
// .docx of about 60 kB whose document.xml is ten million empty paragraphs) refused, how fast
// and at what peak memory; and 50 uploads of 19 MB held open at once, at what peak memory.
// The receiver runs as `npm run receiver` does, in its own process, so its memory is its own.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDocumentRunner } from '../../src-main/services.ts';
import { paragraphBomb } from '../support/hostile-files.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { newIdempotencyKey, payloadFor, send } from '../support/receiver-client.ts';
import { endLeftoverProcesses, serveWithCli } from '../support/receiver-processes.ts';
import { encodedSubmission, holdUpload } from '../support/receiver-raw.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { median, ms, type BenchRow } from './measure.ts';

const RUNS = 5;
const MB = 1024 * 1024;

/** A process's resident memory now and at its peak so far (Linux), in MB. */
async function memoryMb(pid: number): Promise<{ now: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function benchHostileLoad(): Promise<BenchRow[]> {
  const folder = await makeTempFolder('rapport-bench-hostile-');
  const bomb = paragraphBomb();
  const rows: BenchRow[] = [];
  try {
    // The import: the bomb read in the worker, as "Importera" reads a file.
    const runner = createDocumentRunner(DOCUMENT_WORKER);
    const importTimes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) importTimes.push(await timed(() => runner.run('read-form', { bytes: bomb }).catch(() => undefined)));
    await runner.close();

    // The receiver: the bomb as a submission's document, refused with 422.
    const serving = await serveWithCli(['--data', join(folder.path, 'bomb'), '--port', '0', '--without-keys']);
    const culture = await payloadFor();
    const receiverTimes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      receiverTimes.push(
        await timed(async () => {
          const answer = await send(serving.url, { report: culture.report, document: bomb }, { idempotencyKey: newIdempotencyKey() });
          if (answer.status !== 422) throw new Error(`expected 422, got ${answer.status}`);
        }),
      );
    }
    const bombMemory = await memoryMb(serving.pid);
    serving.signal('SIGTERM');
    await serving.finished;
    rows.push(
      {
        measure: `paragraph bomb (${Math.round(bomb.length / 1024)} kB, ten million paragraphs): receiver 422`,
        median: ms(median(receiverTimes)),
        tail: `peak ${bombMemory.peak.toFixed(0)} MB`,
        target: '≤ 2 s',
        ok: median(receiverTimes) <= 2_000,
      },
      {
        measure: '  the same file refused by the import (worker)',
        median: ms(median(importTimes)),
        tail: '-',
        target: '≤ 2 s',
        ok: median(importTimes) <= 2_000,
      },
    );

    // 50 uploads of 19 MB held open at once, each short of its last kB.
    const heldData = join(folder.path, 'held');
    const held = await serveWithCli(['--data', heldData, '--port', '0', '--without-keys']);
    const { body, contentType } = await encodedSubmission({ report: culture.report, document: new Uint8Array(19 * MB) });
    const uploads = await Promise.all(Array.from({ length: 50 }, () => holdUpload(held.url, body, contentType, { 'Idempotency-Key': newIdempotencyKey() })));
    const heldMemory = await memoryMb(held.pid);
    for (const upload of uploads) upload.close();
    held.signal('SIGTERM');
    await held.finished;
    rows.push({
      measure: 'receiver: 50 uploads of 19 MB held open at once',
      median: '-',
      tail: `peak ${heldMemory.peak.toFixed(0)} MB`,
      target: 'peak ≤ 300 MB',
      ok: heldMemory.peak <= 300,
    });
  } finally {
    endLeftoverProcesses();
    await folder.remove();
  }
  return rows;
}
