// Two windows on the same drafts (the preview serves any number of tabs): saves, moves to and
// from the trash, and duplicates of one report, raced against each other. A report is always
// in exactly one place, and a save to a report no longer in Mina rapporter is refused with a
// Swedish message, never putting it back.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ReportStore } from '../../src-main/store/report-store.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let store: ReportStore;

beforeEach(async () => {
  folder = await makeTempFolder('rapport-races-');
  store = new ReportStore({ dataFolder: folder.path });
});
afterEach(async () => {
  await store.flush();
  await folder.remove();
});

async function places(id: string): Promise<{ reports: string[]; trash: string[] }> {
  const names = async (sub: string): Promise<string[]> =>
    (await readdir(join(folder.path, sub)).catch(() => [] as string[])).filter((name) => name.startsWith(id));
  return { reports: await names('reports'), trash: await names('trash') };
}

describe('races on one report', () => {
  test('a stale window saving after the report went to the trash is refused; the report stays in the trash', async () => {
    const report = await store.create({ committee: 'Kulturnämnden', period: 'T1', year: 2026 });
    await store.save({ ...report, otherInformation: 'före' });
    await store.moveToTrash(report.id);
    await expect(store.save({ ...report, otherInformation: 'skrivet i ett gammalt fönster' })).rejects.toThrow(
      'Rapporten finns inte längre i Mina rapporter. Den kan ha flyttats till papperskorgen. Det du skrivit finns kvar i fönstret: kopiera texten om du vill behålla den.',
    );
    expect(await places(report.id)).toEqual({ reports: [], trash: [`${report.id}.json`, `${report.id}.json.bak`] });
  });

  test('save, trash, save and duplicate at once, 30 times: always one place, and a refused save says why', async () => {
    for (let round = 0; round < 30; round += 1) {
      const report = await store.create({ committee: `Nämnd ${round}`, period: 'T1', year: 2026 });
      const results = await Promise.allSettled([
        store.save({ ...report, otherInformation: 'första' }),
        store.moveToTrash(report.id),
        store.save({ ...report, otherInformation: 'andra' }),
        store.duplicate(report.id, 'Kopia'),
      ]);
      const where = await places(report.id);
      expect(where.reports.length === 0 || where.trash.length === 0, JSON.stringify(where)).toBe(true);
      expect(where.trash).toContain(`${report.id}.json`);
      for (const result of results) {
        if (result.status === 'rejected') expect(String(result.reason)).toMatch(/Rapporten finns inte längre i Mina rapporter/);
      }
    }
  });

  test('restore, save and restore again at once: restored once, in one place, never overwritten', async () => {
    for (let round = 0; round < 30; round += 1) {
      const report = await store.create({ committee: `Nämnd ${round}`, period: 'T1', year: 2026 });
      await store.save({ ...report, otherInformation: 'sparad' });
      await store.moveToTrash(report.id);
      const results = await Promise.allSettled([
        store.restoreFromTrash(report.id),
        store.save({ ...report, otherInformation: 'efter' }),
        store.restoreFromTrash(report.id),
      ]);
      const where = await places(report.id);
      expect(where).toEqual({ reports: [`${report.id}.json`, `${report.id}.json.bak`], trash: [] });
      expect(results.filter((result) => result.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
      for (const result of results) if (result.status === 'rejected') expect(String(result.reason)).toMatch(/finns (inte längre|redan)/);
      expect(['sparad', 'efter']).toContain((await store.open(report.id)).report.otherInformation);
    }
  });
});
