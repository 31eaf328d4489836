// The coordinator's file as the app has written it on users' disks: each kind of data now
// declares its own part, but the file they make together reads as before, and writes back the
// same layout.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CoordinatorService } from '../../src-main/coordinator/coordinator-service.ts';
import { exportsFolderPlatform } from '../../src-main/export/exports-folder-platform.ts';
import type { JobRunner } from '../../src-main/worker/jobs.ts';
import type { XlsxJobs } from '../../src-main/xlsx/xlsx-jobs.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const KULTUR = { organisation: 'Kulturnämnden', contactPerson: 'Moa Almerud', email: 'moa.almerud@stockholm.se', phone: '08-508 000 00' };

/** A version 2 file, as the app wrote it before its parts were declared apart. */
const VERSION_2 = {
  schemaVersion: 2,
  addedOrganisations: ['Nya nämnden'],
  folders: ['/srv/inkommet'],
  receiver: true,
  register: [KULTUR],
  deadlines: [{ period: 'T2', year: 2026, date: '2026-09-15' }],
  keptOver: [{ organisation: 'Kulturnämnden', email: 'annan@stockholm.se' }],
};

/** No worker is started: these calls read and write only the coordinator's file. */
const noWorker: JobRunner<XlsxJobs> = {
  run: () => Promise.reject(new Error('no worker in this test')),
  close: () => Promise.resolve(),
};

let temp: Awaited<ReturnType<typeof makeTempFolder>>;
beforeEach(async () => {
  temp = await makeTempFolder('rapport-samordnare-');
});
afterEach(() => temp.remove());

function service(): CoordinatorService {
  return new CoordinatorService({ dataFolder: temp.path, runner: noWorker, platform: exportsFolderPlatform(temp.path) });
}

describe("the coordinator's file", () => {
  test('a version 2 file reads into each part, and a change writes the same layout back', async () => {
    const file = join(temp.path, 'sammanstallning.json');
    await writeFile(file, JSON.stringify(VERSION_2));
    const coordinator = service();
    const data = await coordinator.data();
    expect(data.organisations.at(-1)).toEqual({ name: 'Nya nämnden', added: true });
    expect(data.register).toEqual([KULTUR]);
    expect(data.deadlines).toEqual(VERSION_2.deadlines);
    expect(await coordinator.lastSources()).toEqual({ folders: ['/srv/inkommet'], receiver: true });

    await coordinator.setDeadline({ period: 'T1', year: 2027 }, '2027-05-15');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      ...VERSION_2,
      deadlines: [...VERSION_2.deadlines, { period: 'T1', year: 2027, date: '2027-05-15' }],
    });
  });

  test('a version 1 file (the latest report contact of each organisation) becomes the register', async () => {
    const { phone: _phone, ...withoutPhone } = KULTUR;
    await writeFile(
      join(temp.path, 'sammanstallning.json'),
      JSON.stringify({ schemaVersion: 1, addedOrganisations: [], folders: ['/srv/inkommet'], contacts: [withoutPhone] }),
    );
    const coordinator = service();
    expect((await coordinator.data()).register).toEqual([{ ...KULTUR, phone: '' }]);
    expect(await coordinator.lastSources()).toEqual({ folders: ['/srv/inkommet'], receiver: false });
  });
});
