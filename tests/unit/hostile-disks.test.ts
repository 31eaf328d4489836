import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ReportStore } from '../../src-main/store/report-store.ts';
import { canMountSmallDisk, fillDisk, makeReadOnly, makeWritable, mountSmallDisk } from '../support/hostile-disks.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a read-only data folder', () => {
  test('a save fails with a Swedish message, the file keeps its content, and saving works again once writable', async () => {
    const folder = await makeTempFolder();
    cleanups.push(folder.remove);
    const store = new ReportStore({ dataFolder: folder.path });
    const report = await store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });
    await store.save({ ...report, otherInformation: 'före' });
    const reports = join(folder.path, 'reports');
    const file = join(reports, `${report.id}.json`);
    const before = await readFile(file, 'utf8');

    await makeReadOnly(reports);
    cleanups.push(() => makeWritable(reports));
    await expect(store.save({ ...report, otherInformation: 'efter' })).rejects.toThrow(/går inte att skriva i.*det du skrivit finns kvar/);
    expect(await readFile(file, 'utf8')).toBe(before);

    await makeWritable(reports);
    await store.save({ ...report, otherInformation: 'efter' });
    expect(JSON.parse(await readFile(file, 'utf8')).otherInformation).toBe('efter');
  });

  test('creating a report in a read-only folder says so', async () => {
    const folder = await makeTempFolder();
    cleanups.push(folder.remove);
    await makeReadOnly(folder.path);
    cleanups.push(() => makeWritable(folder.path));
    const store = new ReportStore({ dataFolder: folder.path });
    await expect(store.create({ committee: 'K', period: 'T1', year: 2023 })).rejects.toThrow(/går inte att skriva i/);
  });
});

describe.skipIf(!canMountSmallDisk)('a full disk (a real 512 kB tmpfs; needs root to mount, so skipped elsewhere)', () => {
  test('a save fails with a Swedish message, the last save stays intact, no temporary file is left, and it works once space is freed', async () => {
    const disk = await mountSmallDisk(512);
    cleanups.push(disk.unmount);
    const store = new ReportStore({ dataFolder: disk.path });
    const report = await store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });
    await store.save({ ...report, otherInformation: 'sparad före' });

    // Fill the disk to within 16 kB; the next save needs far more than that.
    const filler = await fillDisk(disk.path, 16 * 1024);
    const big = 'x'.repeat(100 * 1024);
    await expect(store.save({ ...report, otherInformation: big })).rejects.toThrow(/Disken är full.*det du skrivit finns kvar/);

    const reports = join(disk.path, 'reports');
    expect((await readdir(reports)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const reread = await new ReportStore({ dataFolder: disk.path }).open(report.id);
    expect(reread.report.otherInformation).toBe('sparad före');

    await rm(filler);
    await store.save({ ...report, otherInformation: big });
    expect((await new ReportStore({ dataFolder: disk.path }).open(report.id)).report.otherInformation).toBe(big);
  });
});
