// A file held for a moment (on Windows, an antivirus or the search indexer) never loses a
// save, a queued version or a received one: every rename is made to fail with EBUSY twice
// first, as such a program does, and the drafts, the outbox and the receiver all go through.
import type * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createServices, type Services } from '../../src-main/services.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { readyReport, startTestReceiver, storedVersions, waitFor } from '../support/sending.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const holds = vi.hoisted(() => ({ failuresPerPath: 0, seen: new Map<string, number>(), held: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  return {
    ...real,
    rename: async (from: string, to: string) => {
      const seen = holds.seen.get(to) ?? 0;
      holds.seen.set(to, seen + 1);
      if (seen < holds.failuresPerPath) {
        holds.held += 1;
        throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}' -> '${to}'`), { code: 'EBUSY', syscall: 'rename' });
      }
      return real.rename(from, to);
    },
  };
});

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let services: Services;

beforeEach(async () => {
  folder = await makeTempFolder('rapport-holds-');
  services = createServices({ dataFolder: join(folder.path, 'app'), documentWorkerPath: DOCUMENT_WORKER });
  holds.failuresPerPath = 2;
  holds.seen.clear();
  holds.held = 0;
});
afterEach(async () => {
  holds.failuresPerPath = 0;
  await services.close();
  await folder.remove();
});

test('a save, a version put in the outbox and the receiver storing it all go through renames held twice each', async () => {
  const receiver = await startTestReceiver(join(folder.path, 'receiver'));
  try {
    await services.settings.save({ receiverUrl: receiver.url, contactDefaults: {} });
    const report = await readyReport(services.store);
    await services.store.save({ ...report, otherInformation: 'Sparad trots att filen hölls.' });
    expect((await services.store.open(report.id)).report.otherInformation).toBe('Sparad trots att filen hölls.');
    const queued = await services.outbox.submit(report.id, false);
    await waitFor(async () => ((await services.outbox.list())[0]?.state === 'sent' ? true : undefined), 'the receipt');
    expect(await storedVersions(join(folder.path, 'receiver'))).toHaveLength(1);
    expect((await services.outbox.list())[0]).toMatchObject({ id: queued.id, attempts: 1 });
    // Held in the drafts, the outbox and the receiver alike.
    const heldTargets = [...holds.seen.keys()];
    for (const part of ['reports', 'outbox', 'submissions']) expect(heldTargets.some((target) => target.includes(`/${part}/`))).toBe(true);
    expect(holds.held).toBeGreaterThanOrEqual(6);
  } finally {
    await receiver.close();
  }
});
