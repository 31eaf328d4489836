import { beforeAll, describe, expect, test, vi } from 'vitest';
import { freePort } from '../../tests/support/ports.ts';
import { api } from '../shared/api.ts';
import { notices } from '../shared/notices.svelte.ts';
import { outbox } from './outbox.svelte.ts';

beforeAll(async () => {
  // A receiver that is down: nothing listens on the port, so every attempt fails and the version waits.
  await api['settings:save']({ settings: { receiverUrl: `http://127.0.0.1:${await freePort()}/inlamning`, contactDefaults: {} } });
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
  test('while a version waits, the list reads itself again: a version queued meanwhile appears without a reload', async () => {
    const waiting = await queued();
    await outbox.load();
    expect(outbox.latestFor(waiting)?.version).toBe(1);
    const later = await queued();
    expect(outbox.latestFor(later)).toBeUndefined();
    await expect.poll(() => outbox.latestFor(later)?.version, { timeout: 5_000 }).toBe(1);
    await expect.poll(() => outbox.latestFor(waiting)?.state, { timeout: 5_000 }).toBe('failing');
    expect(outbox.latestFor(waiting)?.problem).toMatch(/svarar inte/);
  });

  test('when the network comes back, everything waiting is tried at once', async () => {
    // The services' own retry runs on their clock; what this module owes is to ask for it at once.
    const bridge = window.bridge as NonNullable<typeof window.bridge>;
    const retryAll = vi.fn(bridge['outbox:retry-all']);
    Object.defineProperty(bridge, 'outbox:retry-all', { value: retryAll, configurable: true });
    try {
      window.dispatchEvent(new Event('online'));
      await expect.poll(() => retryAll.mock.calls.length).toBe(1);
    } finally {
      Reflect.deleteProperty(bridge, 'outbox:retry-all');
    }
  });

  test('"Återkalla" takes a waiting version out', async () => {
    const reportId = await queued();
    await outbox.load();
    await expect.poll(() => outbox.latestFor(reportId)?.state, { timeout: 5_000 }).toBe('failing');
    // An attempt may be under way at the press (one a second): it is refused then, and pressed again.
    await expect
      .poll(async () => {
        notices.items = [];
        await outbox.withdraw(outbox.latestFor(reportId)?.id ?? '');
        return outbox.latestFor(reportId);
      })
      .toBeUndefined();
  });
});
