import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../../tests/support/ports.ts';
import { reviewReport } from '../../src-main/report/review.ts';
import type { Report } from '../../src-main/report/model.ts';
import { api } from '../shared/api.ts';
import { notices } from '../shared/notices.svelte.ts';
import { outbox } from './outbox.svelte.ts';
import { sending } from './sending.svelte.ts';

beforeAll(async () => {
  // A receiver that is down: nothing listens on the port, so every attempt fails and the version waits.
  await api['settings:save']({ settings: { receiverUrl: `http://127.0.0.1:${await freePort()}/inlamning`, contactDefaults: {} } });
});

afterEach(() => {
  sending.closeReview();
  notices.items = [];
});

/** The open report as the editor hands it over: its edits saved first, its review as of now. */
function draftOf(report: Report) {
  let flushed = false;
  return {
    source: {
      flush: async () => {
        await api['reports:save']({ report });
        flushed = true;
      },
      review: () => reviewReport(report),
    },
    flushed: () => flushed,
  };
}

describe('"Skicka in"', () => {
  test('without an e-mail the city cannot tell who sent it: the review blocks sending', async () => {
    const report = await api['reports:create']({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T1', year: 2026 });
    const draft = draftOf(report);
    await sending.openReview(draft.source);
    expect(draft.flushed()).toBe(true);
    expect(sending.review).not.toBeNull();
    expect(sending.blocked).toBe(true);
  });

  test('a report with findings asks first; sent anyway, it waits in the outbox once, saying why it waits', async () => {
    const report = await api['reports:create']({ committee: 'Idrottsnämnden: idrottsförvaltningen', period: 'T1', year: 2026 });
    report.header = { committee: report.header.committee, contactPerson: 'Moa Almerud', phone: '', email: 'moa.almerud@stockholm.se' };
    await sending.openReview(draftOf(report).source);
    expect(sending.blocked).toBe(false);
    expect(sending.needsConfirming).toBe(true);

    const changes: number[] = [];
    const stop = outbox.onChange(() => changes.push(outbox.items.length));
    await sending.submit(report.id);
    stop();
    expect(sending.review).toBeNull();
    expect(notices.items[0]?.message).toBe('Version 1 ligger i utkorgen och skickas till staden. Kvittot visas här när den kommit fram.');
    const queued = outbox.latestFor(report.id);
    expect(queued?.version).toBe(1);
    expect(changes.length).toBeGreaterThan(0);
    await expect.poll(async () => (await api['outbox:list']({})).find((item) => item.reportId === report.id)?.state, { timeout: 5_000 }).toBe('failing');

    // An attempt may be under way at the press (one a second): it is refused then, and pressed again.
    await expect
      .poll(async () => {
        notices.items = [];
        await outbox.withdraw(queued?.id ?? '');
        return outbox.latestFor(report.id);
      })
      .toBeUndefined();
  });

  test('"Skicka med e-post" saves first and offers the mail program, with the draft\'s place', async () => {
    const report = await api['reports:create']({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'VB', year: 2026 });
    const draft = draftOf(report);
    await sending.email(report.id, draft.source);
    expect(draft.flushed()).toBe(true);
    const [notice] = notices.items;
    expect(notice?.actions.map((action) => action.label)).toEqual(['Öppna e-postprogrammet']);
    expect(notice?.message).toMatch(/E-postutkastet/);
  });
});
