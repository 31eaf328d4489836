import { beforeAll, describe, expect, test } from 'vitest';
import { api } from '../shared/api.ts';
import { outbox } from './outbox.svelte.ts';

/** Nothing listens on the discard port: every attempt fails at once, and the version waits. */
const NOBODY_LISTENS = 'http://127.0.0.1:9/inlamning';

beforeAll(async () => {
  await api['settings:save']({ settings: { receiverUrl: NOBODY_LISTENS, contactDefaults: {} } });
});

/** Each report in a year of its own: one report per organisation and period. */
let nextYear = 2030;

async function queued(): Promise<string> {
  const report = await api['reports:create']({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T1', year: nextYear++ });
  report.header = { committee: report.header.committee, contactPerson: 'Moa Almerud', phone: '', email: 'moa.almerud@stockholm.se' };
  await api['reports:save']({ report });
  await api['outbox:submit']({ id: report.id, sendDespiteFindings: true });
  return report.id;
}

describe('Utkorg', () => {
  test('a version that cannot be sent is followed: the list is read again by itself, and says why it waits', async () => {
    const reportId = await queued();
    await outbox.load();
    expect(outbox.latestFor(reportId)?.version).toBe(1);
    // No further load is called here: the list reads itself again while anything is on its way.
    await expect.poll(() => outbox.latestFor(reportId)?.state, { timeout: 6_000 }).toBe('failing');
    expect(outbox.latestFor(reportId)?.problem).toMatch(/127\.0\.0\.1:9/);
  });

  test('when the network comes back, everything waiting is tried at once', async () => {
    const reportId = await queued();
    await expect.poll(async () => (await api['outbox:list']({})).find((item) => item.reportId === reportId)?.attempts, { timeout: 6_000 }).toBeGreaterThan(0);
    const before = (await api['outbox:list']({})).find((item) => item.reportId === reportId)?.attempts ?? 0;
    window.dispatchEvent(new Event('online'));
    await expect
      .poll(async () => (await api['outbox:list']({})).find((item) => item.reportId === reportId)?.attempts, { timeout: 3_000 })
      .toBeGreaterThan(before);
  });

  test('"Återkalla" takes a waiting version out', async () => {
    const reportId = await queued();
    await outbox.load();
    await expect.poll(() => outbox.latestFor(reportId)?.state, { timeout: 6_000 }).toBe('failing');
    await outbox.withdraw(outbox.latestFor(reportId)?.id ?? '');
    expect(outbox.latestFor(reportId)).toBeUndefined();
  });
});
