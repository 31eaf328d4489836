import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
    await expect(store.save({ ...report, otherInformation: 'efter' })).rejects.toThrow(
      /saknar behörighet till sin mapp, så det gick inte att spara rapporten.*det du skrivit finns kvar/,
    );
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
    await expect(store.create({ committee: 'K', period: 'T1', year: 2023 })).rejects.toThrow(/saknar behörighet till sin mapp/);
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

/** Three reports, each saved twice (so each has a last good copy); the second one's file is then damaged. */
async function threeReportsOneDamaged(dataFolder: string): Promise<{ ids: string[]; damaged: string }> {
  const store = new ReportStore({ dataFolder });
  const ids: string[] = [];
  for (const committee of ['Kulturnämnden', 'Idrottsnämnden', 'Trafiknämnden']) {
    const report = await store.create({ committee, period: 'T2', year: 2026 });
    await store.save({ ...report, otherInformation: 'version 1' });
    await store.save({ ...report, otherInformation: 'version 2' });
    ids.push(report.id);
  }
  const damaged = ids[1] ?? '';
  await writeFile(join(dataFolder, 'reports', `${damaged}.json`), '{"schemaVersion": 3, "id": "avbruten');
  return { ids, damaged };
}

describe('one damaged report among readable ones', () => {
  test('on a read-only data folder: the readable ones are listed, the damaged one is shown as damaged with why, and it is restored (and said) once the folder is writable', async () => {
    const folder = await makeTempFolder();
    cleanups.push(folder.remove);
    const { ids, damaged } = await threeReportsOneDamaged(folder.path);
    await makeReadOnly(folder.path);
    await makeReadOnly(join(folder.path, 'reports'));
    cleanups.push(() => makeWritable(folder.path));
    cleanups.push(() => makeWritable(join(folder.path, 'reports')));

    const listing = await new ReportStore({ dataFolder: folder.path }).list();
    expect(listing.reports.map((report) => report.id).sort()).toEqual(ids.filter((id) => id !== damaged).sort());
    expect(listing.unavailable).toEqual([
      { id: damaged, message: expect.stringMatching(/var avbruten eller trasig.*kunde inte återställas nu.*saknar behörighet.*nästa gång/) },
    ]);

    await makeWritable(join(folder.path, 'reports'));
    await makeWritable(folder.path);
    const later = await new ReportStore({ dataFolder: folder.path }).list();
    expect(later.reports.map((report) => report.id).sort()).toEqual([...ids].sort());
    expect(later.unavailable).toEqual([]);
    expect(later.notices).toEqual([
      expect.stringMatching(/Rapportfilen för Idrottsnämnden T2 2026 var avbruten eller trasig.*senast sparade fungerande kopian har återställts/),
    ]);
  });
});

describe.skipIf(!canMountSmallDisk)('one damaged report among readable ones on a full disk (a real tmpfs; needs root)', () => {
  test('the readable ones are listed, and the damaged one is restored from its last good copy without needing space, and the user is told', async () => {
    const disk = await mountSmallDisk(1024);
    cleanups.push(disk.unmount);
    const { ids } = await threeReportsOneDamaged(disk.path);
    await fillDisk(disk.path, 0);
    const listing = await new ReportStore({ dataFolder: disk.path }).list();
    expect(listing.reports.map((report) => report.id).sort()).toEqual([...ids].sort());
    expect(listing.notices).toEqual([expect.stringMatching(/var avbruten eller trasig.*har återställts/)]);
    expect((await readdir(join(disk.path, 'set-aside'))).length).toBe(1);
  });
});
