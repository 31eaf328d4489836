import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ReportStore } from '../../src-main/store/report-store.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const CHILD = resolve(import.meta.dirname, '../support/save-stream-child.ts');

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeEach(async () => {
  folder = await makeTempFolder('rapport-crash-');
});
afterEach(async () => {
  await folder.remove();
});

/** Runs the save stream and kills it after `killAfterAcks` acknowledged saves plus a random delay. */
function runAndKill(dataFolder: string, reportId: string, killAfterAcks: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataFolder, reportId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = 0;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) lastAck = Number(line.replace('ack ', ''));
      if (lastAck >= killAfterAcks && !child.killed) {
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 15);
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(lastAck);
      else reject(new Error(`the save stream ended by itself: ${stderr}`));
    });
  });
}

describe('a crash in the middle of a stream of saves', () => {
  test('leaves a file that parses and holds the last acknowledged save (or the one after it)', async () => {
    const store = new ReportStore({ dataFolder: folder.path });
    const report = await store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });

    for (const killAfterAcks of [3, 10, 25, 40]) {
      const lastAck = await runAndKill(folder.path, report.id, killAfterAcks);
      expect(lastAck).toBeGreaterThanOrEqual(killAfterAcks);

      const fresh = new ReportStore({ dataFolder: folder.path });
      const listing = await fresh.list();
      expect(listing.notices).toEqual([]);
      const { report: onDisk } = await fresh.open(report.id);
      const saved = Number(/^save (\d+)/.exec(onDisk.otherInformation)?.[1]);
      // The kill may land after a save reached the disk but before its ack was printed.
      expect([lastAck, lastAck + 1]).toContain(saved);
    }
    // Temporary files from killed writes are swept on the next start.
    await new ReportStore({ dataFolder: folder.path }).list();
    const names = await readdir(join(folder.path, 'reports'));
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
