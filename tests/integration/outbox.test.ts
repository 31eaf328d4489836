// "Skicka in" against the project's own receiver on 127.0.0.1, directly and through a proxy
// that injects faults: whatever happens on the way, the receiver holds each version exactly
// once, with a document that opens, and the user sees where each version is. The outbox's
// waits (its next try, its time limit) run on a virtual clock, so a wait of a second or of a
// quarter of an hour is checked for its length without being waited; a few sends run on the
// system's clock from start to end.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { OutboxItem } from '../../src-main/outbox/outbox-entry.ts';
import { createNodeConnection } from '../../src-main/network/node-connection.ts';
import { OutboxService } from '../../src-main/outbox/outbox-service.ts';
import type { RunningReceiver } from '../../src-main/receiver/server.ts';
import { addSender } from '../../src-main/receiver/senders.ts';
import { CITY_ORGANISATIONS } from '../../src-main/report/organisation.ts';
import { createDocumentRunner, createServices, type Services } from '../../src-main/services.ts';
import { SettingsService } from '../../src-main/settings/settings-service.ts';
import { ReportStore } from '../../src-main/store/report-store.ts';
import { assertDocxWellFormed, convertWithLibreOffice } from '../support/docx-check.ts';
import { startFaultProxy, type Fault } from '../support/fault-proxy.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { readyReport, startTestReceiver, storedVersions, waitFor } from '../support/sending.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { VirtualClock } from '../support/virtual-clock.ts';
import { freePort } from '../support/ports.ts';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let services: Services;
let receiver: RunningReceiver | undefined;
const closers: (() => Promise<void>)[] = [];

const appData = (): string => join(folder.path, 'app');
const receiverData = (): string => join(folder.path, 'receiver');

function startApp(clock?: VirtualClock): void {
  services = createServices({ dataFolder: appData(), documentWorkerPath: DOCUMENT_WORKER, sendTimeoutMs: 10_000, ...(clock ? { outboxClock: clock } : {}) });
}

async function sendTo(url: string): Promise<void> {
  await services.settings.save({ receiverUrl: url, contactDefaults: {} });
}

/** The outbox sends to a port nothing listens on: the receiver is down. Returns the port, to start it there later. */
async function receiverDown(): Promise<number> {
  const port = await freePort();
  await sendTo(`http://127.0.0.1:${port}/inlamning`);
  return port;
}

/** A ready report submitted while the receiver is down, after its first try failed. */
async function waitingWhileDown(clock: VirtualClock): Promise<{ port: number; reportId: string; queued: OutboxItem }> {
  const port = await receiverDown();
  const reportId = (await readyReport(services.store)).id;
  const queued = await services.outbox.submit(reportId, false);
  clock.advanceToNext();
  expect((await settled(services.outbox, queued.id, clock)).state).toBe('failing');
  return { port, reportId, queued };
}

async function sentItem(entryId: string): Promise<void> {
  await waitFor(async () => ((await services.outbox.list()).find((item) => item.id === entryId)?.state === 'sent' ? true : undefined), 'the receipt');
}

/**
 * The entry once the outbox is still: sent, refused, or waiting for a timer on the virtual
 * clock with no attempt under way (or, when `held` says so, with its attempt held open).
 */
async function settled(outbox: OutboxService, entryId: string, clock: VirtualClock, held: (item: OutboxItem) => boolean = () => false): Promise<OutboxItem> {
  return waitFor(async () => {
    const item = (await outbox.list()).find((listed) => listed.id === entryId);
    if (item === undefined) return undefined;
    if (item.state === 'sent' || item.state === 'rejected') return item;
    if (clock.pending === 0) return undefined;
    return item.state !== 'sending' || held(item) ? item : undefined;
  }, 'the outbox to wait');
}

/** Runs the outbox until the entry is sent, skipping each wait at once; what each wait was, and what the entry said meanwhile. */
async function sendThroughWaits(
  outbox: OutboxService,
  entryId: string,
  clock: VirtualClock,
  held?: (item: OutboxItem) => boolean,
): Promise<{ waits: number[]; problems: Set<string> }> {
  const waits: number[] = [];
  const problems = new Set<string>();
  for (;;) {
    const item = await settled(outbox, entryId, clock, held);
    if (item.problem !== undefined) problems.add(item.problem);
    if (item.state === 'sent') return { waits, problems };
    if (item.state === 'rejected' || waits.length > 20) throw new Error(`not sent: ${item.state}, ${item.problem ?? ''}`);
    waits.push(clock.advanceToNext());
  }
}

beforeEach(async () => {
  folder = await makeTempFolder('rapport-outbox-');
  startApp();
});
afterEach(async () => {
  await services.close();
  for (const close of closers.splice(0).reverse()) await close();
  await receiver?.close();
  receiver = undefined;
  await folder.remove();
});

describe('Skicka in', () => {
  test('the version is durable in the outbox, reaches the receiver once, and its receipt is kept with the entry and the report', async () => {
    receiver = await startTestReceiver(receiverData());
    await sendTo(receiver.url);
    const report = await readyReport(services.store);
    const queued = await services.outbox.submit(report.id, false);
    expect(queued).toMatchObject({ reportId: report.id, version: 1 });
    expect(await readdir(join(appData(), 'outbox', queued.id))).toEqual(['document.docx', 'entry.json', 'report.json']);

    await sentItem(queued.id);
    const [item] = await services.outbox.list();
    expect(item).toMatchObject({ state: 'sent', receipt: expect.stringMatching(/^2026-T2-\d{6}$/), attempts: 1 });
    const versions = await storedVersions(receiverData());
    expect(versions.map((version) => version.receipt.receipt)).toEqual([item?.receipt]);
    expect((await services.store.open(report.id)).report.submissions).toEqual([
      {
        version: 1,
        submittedAt: queued.submittedAt,
        receipt: item?.receipt,
        receivedAt: item?.receivedAt,
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    const listed = (await services.store.list()).reports[0];
    expect(listed?.submission).toMatchObject({ version: 1, receipt: item?.receipt, changedSince: false });

    const stored = await readFile(join(versions[0]?.folder ?? '', 'document.docx'));
    expect((await assertDocxWellFormed(stored)).get('word/document.xml')).toContain('12 evenemang');
    const converted = await convertWithLibreOffice([join(versions[0]?.folder ?? '', 'document.docx')], 'txt:Text');
    expect([...converted.values()][0]?.toString('utf8')).toContain('Kulturnämnden: kulturförvaltningen');
  });

  test('each attempt and its answer are kept in the support log, without the report’s text', async () => {
    receiver = await startTestReceiver(receiverData());
    await sendTo(receiver.url);
    const queued = await services.outbox.submit((await readyReport(services.store)).id, false);
    await sentItem(queued.id);
    const [item] = await services.outbox.list();
    const info = await services.supportInfo();
    expect(info).toMatch(new RegExp(`"event":"sending","entry":"${queued.id}",.*"version":1,"attempt":1,"to":"127\\.0\\.0\\.1:\\d+"`));
    expect(info).toContain(`"event":"sent","entry":"${queued.id}","receipt":"${item?.receipt ?? ''}"`);
    expect(info).not.toContain('12 evenemang');
  });

  test('an edit after sending is a new version: the list says "ändrad sedan dess", and the next send is version 2', async () => {
    receiver = await startTestReceiver(receiverData());
    await sendTo(receiver.url);
    const report = await readyReport(services.store);
    await sentItem((await services.outbox.submit(report.id, false)).id);
    await services.store.save({ ...report, otherInformation: 'Tillägg efter inskick.' });
    expect((await services.store.list()).reports[0]?.submission).toMatchObject({ version: 1, changedSince: true });
    const second = await services.outbox.submit(report.id, false);
    expect(second.version).toBe(2);
    await sentItem(second.id);
    expect(await storedVersions(receiverData())).toHaveLength(2);
  });

  test('findings must be confirmed ("Skicka ändå"); an empty e-mail stops sending whatever is confirmed; nothing is queued', async () => {
    receiver = await startTestReceiver(receiverData());
    await sendTo(receiver.url);
    const report = await readyReport(services.store);
    await services.store.save({ ...report, otherInformation: 'Av dessa har x haft premiär.' });
    await expect(services.outbox.submit(report.id, false)).rejects.toThrow('Rapporten har saker kvar att åtgärda. Granska dem, eller välj "Skicka ändå".');
    await services.store.save({ ...report, header: { ...report.header, email: '' } });
    await expect(services.outbox.submit(report.id, true)).rejects.toThrow(/kan inte skickas in ännu. E-post är tomt/);
    expect(await services.outbox.list()).toEqual([]);
    await services.store.save({ ...report, otherInformation: 'Av dessa har x haft premiär.' });
    await sentItem((await services.outbox.submit(report.id, true)).id);
  });

  test('without a receiving address the user is told where to set it, and nothing is queued', async () => {
    const report = await readyReport(services.store);
    await expect(services.outbox.submit(report.id, false)).rejects.toThrow(/Ingen mottagningsadress är angiven. Ange den under Inställningar/);
    expect(await services.outbox.list()).toEqual([]);
  });
});

describe('a receiver that fails on the way (virtual time)', () => {
  let clock: VirtualClock;
  beforeEach(async () => {
    await services.close();
    clock = new VirtualClock();
    startApp(clock);
  });

  const SECOND = 1_000;
  const faults: [string, Fault[], (waits: number[]) => void][] = [
    // Backoff with jitter: 2 s, then 4 s, each ±20 %.
    [
      '500 twice',
      ['error-500', 'error-500'],
      ([first, second, third]) => {
        expect(first).toBe(0);
        expect(second).toBeGreaterThanOrEqual(1.6 * SECOND);
        expect(second).toBeLessThanOrEqual(2.4 * SECOND);
        expect(third).toBeGreaterThanOrEqual(3.2 * SECOND);
        expect(third).toBeLessThanOrEqual(4.8 * SECOND);
      },
    ],
    ['429 with Retry-After: 7', ['busy-429'], (waits) => expect(waits).toEqual([0, 7 * SECOND])],
    // The attempt's own time limit (10 s) ends it; the next try follows the backoff.
    ['no answer until the time limit', ['hang'], ([first, limit]) => expect([first, limit]).toEqual([0, 10 * SECOND])],
    ['the connection cut mid-body', ['cut-mid-body'], (waits) => expect(waits).toHaveLength(2)],
    ['a slow answer within the time limit', ['slow'], (waits) => expect(waits).toEqual([0])],
    ['the answer lost after the receiver stored the version', ['drop-answer', 'drop-answer'], (waits) => expect(waits).toHaveLength(3)],
  ];

  test.each(faults)(
    '%s: the version arrives exactly once, each wait as long as it should be, and the entry said why',
    async (_name, faultsPerKey, checkWaits) => {
      receiver = await startTestReceiver(receiverData());
      const proxy = await startFaultProxy(receiver.url, { faultsPerKey, retryAfterSeconds: 7, slowMs: 300 });
      closers.push(proxy.close);
      await sendTo(proxy.url);
      const queued = await services.outbox.submit((await readyReport(services.store)).id, false);
      // An attempt held open by the proxy waits for its time limit: more requests held than attempts ended.
      const hanging = (item: OutboxItem): boolean =>
        proxy.seen.filter((request) => request.key === queued.id && request.fault === 'hang').length > item.attempts;
      const { waits, problems } = await sendThroughWaits(services.outbox, queued.id, clock, hanging);
      checkWaits(waits);
      if (faultsPerKey[0] !== 'slow') expect(problems.size).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toMatch(/^(Mottagaren|Förbindelsen till)/);
      expect(proxy.seen.filter((request) => request.key === queued.id)).toHaveLength(faultsPerKey.length + (faultsPerKey[0] === 'slow' ? 0 : 1));
      const versions = await storedVersions(receiverData());
      expect(versions).toHaveLength(1);
      await assertDocxWellFormed(await readFile(join(versions[0]?.folder ?? '', 'document.docx')));
    },
  );

  test('no answer within the time limit: the user reads how long it waited', async () => {
    receiver = await startTestReceiver(receiverData());
    const proxy = await startFaultProxy(receiver.url, { faultsPerKey: ['hang'] });
    closers.push(proxy.close);
    await sendTo(proxy.url);
    const queued = await services.outbox.submit((await readyReport(services.store)).id, false);
    clock.advanceToNext();
    await waitFor(() => (proxy.seen.length > 0 ? true : undefined), 'the request to reach the proxy');
    expect(clock.nextDelay).toBe(10_000);
    clock.advance(9_999);
    expect((await services.outbox.list())[0]?.state).toBe('sending');
    clock.advance(1);
    const item = await settled(services.outbox, queued.id, clock);
    expect(item).toMatchObject({
      state: 'failing',
      problem: expect.stringMatching(/^Mottagaren 127\.0\.0\.1:\d+ svarade inte inom 10 sekunder\. Rapporten skickas igen\.$/),
    });
  });

  test('a receiver that is down: the version is tried every second, and goes at the first try after the receiver comes up', async () => {
    const port = await receiverDown();
    const queued = await services.outbox.submit((await readyReport(services.store)).id, false);
    const waits: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      waits.push(clock.advanceToNext());
      const item = await settled(services.outbox, queued.id, clock);
      expect(item).toMatchObject({
        state: 'failing',
        problem: `Mottagaren 127.0.0.1:${port} svarar inte: den är avstängd eller adressen är fel. Rapporten skickas igen.`,
      });
    }
    expect(waits).toEqual([0, SECOND, SECOND, SECOND]);
    expect(clock.nextDelay).toBe(SECOND);
    expect(Date.parse((await services.outbox.list())[0]?.nextAttemptAt ?? '')).toBe(clock.now().getTime() + SECOND);
    receiver = await startTestReceiver(receiverData(), port);
    const { waits: after } = await sendThroughWaits(services.outbox, queued.id, clock);
    expect(after).toEqual([SECOND]);
    expect(await storedVersions(receiverData())).toHaveLength(1);
  });

  test('after half a minute without a connection the tries come less often, up to once a minute', async () => {
    await receiverDown();
    const queued = await services.outbox.submit((await readyReport(services.store)).id, false);
    const waits: number[] = [];
    for (let attempt = 0; attempt < 38; attempt += 1) {
      waits.push(clock.advanceToNext());
      await settled(services.outbox, queued.id, clock);
    }
    expect(waits.slice(1, 31)).toEqual(Array.from({ length: 30 }, () => SECOND));
    expect(waits.slice(31)).toEqual([2, 4, 8, 16, 32, 60, 60].map((seconds) => seconds * SECOND));
  });

  test('queued on a laptop whose clock ran ten days ahead, then corrected: the version is tried at once, not in ten days', async () => {
    await services.close();
    const ahead = new VirtualClock(new Date('2026-09-24T08:00:00Z'));
    startApp(ahead);
    const port = await receiverDown();
    const queued = await services.outbox.submit((await readyReport(services.store)).id, false);
    ahead.advanceToNext();
    const waiting = await settled(services.outbox, queued.id, ahead);
    expect(waiting.nextAttemptAt).toBe('2026-09-24T08:00:01.000Z');
    await services.close();
    // Started again with the clock put right (ten days back): the stored next try is ten days off.
    clock = new VirtualClock(new Date('2026-09-14T08:00:00Z'));
    startApp(clock);
    receiver = await startTestReceiver(receiverData(), port);
    await services.outbox.start();
    expect(clock.nextDelay).toBe(0);
    const { waits } = await sendThroughWaits(services.outbox, queued.id, clock);
    expect(waits).toEqual([0]);
  });

  test('the same content again: refused while its version waits, asked about once the city holds it (naming the receipt), sent as a new version only when asked', async () => {
    const { port, reportId, queued } = await waitingWhileDown(clock);
    await expect(services.outbox.submit(reportId, false)).rejects.toThrow('Version 1, med exakt detta innehåll, ligger redan i utkorgen');
    await expect(services.outbox.submit(reportId, false, true)).rejects.toThrow('ligger redan i utkorgen');

    receiver = await startTestReceiver(receiverData(), port);
    clock.advanceToNext();
    const sent = await settled(services.outbox, queued.id, clock);
    expect(sent.state).toBe('sent');
    const again = services.outbox.submit(reportId, false);
    await expect(again).rejects.toMatchObject({ code: 'already-sent' });
    await expect(again).rejects.toThrow(`Staden har redan version 1 med exakt detta innehåll (kvitto ${sent.receipt ?? 'saknas'}, mottagen `);
    expect(await services.outbox.list()).toHaveLength(1);

    const second = await services.outbox.submit(reportId, false, true);
    expect(second.version).toBe(2);
    clock.advanceToNext();
    expect((await settled(services.outbox, second.id, clock)).state).toBe('sent');
    expect(await storedVersions(receiverData())).toHaveLength(2);
    expect((await services.store.open(reportId)).report.submissions.map((submission) => submission.contentHash)).toEqual([
      expect.stringMatching(/^[0-9a-f]{64}$/),
      expect.stringMatching(/^[0-9a-f]{64}$/),
    ]);
  });

  test('a version not yet sent can be withdrawn: its next try is cancelled, it never reaches the receiver, and the report no longer shows it', async () => {
    const { port, reportId, queued } = await waitingWhileDown(clock);
    await services.outbox.withdraw(queued.id);
    expect(await services.outbox.list()).toEqual([]);
    expect((await services.store.open(reportId)).report.submissions).toEqual([]);
    expect(clock.pending).toBe(0);
    receiver = await startTestReceiver(receiverData(), port);
    clock.advance(60 * 60 * SECOND);
    expect(await storedVersions(receiverData())).toEqual([]);
  });

  test('a sender key the receiver refuses: tried again only after a quarter of an hour, or at once when the settings change', async () => {
    const { key } = await addSender(receiverData(), 'Kulturnämnden', new Date());
    receiver = await startTestReceiver(receiverData(), 0, true);
    await services.settings.save({ receiverUrl: receiver.url, senderKey: 'fel-nyckel-12345', contactDefaults: {} });
    const queued = await services.outbox.submit((await readyReport(services.store)).id, false);
    clock.advanceToNext();
    const refused = await settled(services.outbox, queued.id, clock);
    expect(refused.problem).toMatch(/godtog inte avsändarnyckeln/);
    expect(clock.nextDelay).toBe(15 * 60 * SECOND);
    await services.handlers['settings:save']({ settings: { receiverUrl: receiver.url, senderKey: key, contactDefaults: {} } });
    expect(clock.nextDelay).toBe(0);
    const { waits } = await sendThroughWaits(services.outbox, queued.id, clock);
    expect(waits).toEqual([0]);
    expect(await storedVersions(receiverData())).toHaveLength(1);
  });
});

describe('crashes and restarts', () => {
  const CHILD = resolve(import.meta.dirname, '../support/outbox-child.ts');

  function runChild(reportId: string, crashAt: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
    return new Promise((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, appData(), reportId, crashAt], { stdio: ['ignore', 'pipe', 'inherit'] });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.on('exit', (code, signal) => done({ code, signal, stdout }));
    });
  }

  test.each(['outbox:entry-written', 'outbox:entry-visible', 'outbox:sending', 'outbox:answered', 'outbox:receipt-kept'])(
    'the app killed at %s and started again: the receiver holds the version exactly once',
    async (step) => {
      receiver = await startTestReceiver(receiverData());
      await sendTo(receiver.url);
      const report = await readyReport(services.store);
      await services.close();
      const run = await runChild(report.id, step);
      expect(run.signal).toBe('SIGKILL');

      startApp();
      if (step === 'outbox:entry-written') {
        // Killed before the entry was whole: nothing was queued, so the user sends again.
        expect(await services.outbox.list()).toEqual([]);
        expect((await services.store.open(report.id)).report.submissions).toEqual([]);
        await sentItem((await services.outbox.submit(report.id, false)).id);
      } else {
        const [item] = await services.outbox.list();
        await sentItem(item?.id ?? '');
      }
      const versions = await storedVersions(receiverData());
      expect(versions).toHaveLength(1);
      const [item] = await services.outbox.list();
      expect((await services.store.open(report.id)).report.submissions).toEqual([expect.objectContaining({ version: 1, receipt: item?.receipt })]);
      expect(versions[0]?.receipt.receipt).toBe(item?.receipt);
    },
  );

  test('the receiver killed while storing and started again: the retried version is stored exactly once', async () => {
    const RECEIVER_CHILD = resolve(import.meta.dirname, '../support/receiver-on-port-child.ts');
    const port = await freePort();
    const crashing = spawn(process.execPath, ['--import', 'tsx', RECEIVER_CHILD, receiverData(), String(port), 'receiver:incoming-written'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<void>((done) => crashing.on('exit', () => done()));
    await waitFor(() => (crashing.stdout.read() !== null ? true : undefined), 'the receiver to start');
    await services.close();
    const clock = new VirtualClock();
    startApp(clock);
    await sendTo(`http://127.0.0.1:${port}/inlamning`);
    const queued = await services.outbox.submit((await readyReport(services.store)).id, false);
    clock.advanceToNext();
    await exited;
    expect((await settled(services.outbox, queued.id, clock)).state).toBe('failing');
    receiver = await startTestReceiver(receiverData(), port);
    const { waits } = await sendThroughWaits(services.outbox, queued.id, clock);
    expect(waits).toEqual([1_000]);
    expect(await storedVersions(receiverData())).toHaveLength(1);
  });
});

describe('load', () => {
  test('45 organisations send at the same moment, each turned away three times first: exactly 45 versions are stored (virtual time)', async () => {
    const clock = new VirtualClock();
    const organisations = CITY_ORGANISATIONS.slice(0, 45);
    expect(organisations).toHaveLength(45);
    const keys: string[] = [];
    for (const organisation of organisations) keys.push((await addSender(receiverData(), organisation, new Date())).key);
    receiver = await startTestReceiver(receiverData(), 0, true);
    const proxy = await startFaultProxy(receiver.url, { faultsPerKey: ['busy-429', 'busy-429', 'busy-429'], retryAfterSeconds: 0 });
    closers.push(proxy.close);
    // 45 laptops: each its own data folder and outbox; one document worker serves them all here.
    const runner = createDocumentRunner(DOCUMENT_WORKER);
    closers.push(() => runner.close());
    const connection = createNodeConnection();
    closers.push(() => connection.close());
    const laptops = await Promise.all(
      organisations.map(async (organisation, index) => {
        const dataFolder = join(folder.path, `laptop-${index}`);
        const store = new ReportStore({ dataFolder });
        const settings = new SettingsService(dataFolder, undefined);
        await settings.save({ receiverUrl: proxy.url, senderKey: keys[index], contactDefaults: {} });
        const outbox = new OutboxService({ dataFolder, store, runner, settings, timeoutMs: 30_000, clock, connection });
        closers.push(() => outbox.close());
        return { outbox, report: await readyReport(store, organisation) };
      }),
    );
    const queued = await Promise.all(laptops.map(({ outbox, report }) => outbox.submit(report.id, false)));
    // Each round, once no laptop is sending, the shared clock moves to the next try: all 45 come back in the same instant.
    const everyLaptop = async (): Promise<'sent' | 'waiting' | undefined> => {
      const states = await Promise.all(laptops.map(async ({ outbox }) => (await outbox.list())[0]?.state));
      if (states.every((state) => state === 'sent')) return 'sent';
      return states.includes('sending') || clock.pending === 0 ? undefined : 'waiting';
    };
    const waits: number[] = [];
    while ((await waitFor(everyLaptop, 'every laptop to wait or be done', 60_000)) !== 'sent') {
      if (waits.length > 10) throw new Error('the laptops kept trying');
      waits.push(clock.advanceToNext());
    }
    expect(waits).toEqual([0, 1_000, 1_000, 1_000]);
    const versions = await storedVersions(receiverData());
    expect(versions).toHaveLength(45);
    expect(new Set(versions.map((version) => version.receipt.receipt)).size).toBe(45);
    for (const entry of queued) expect(proxy.seen.filter((request) => request.key === entry.id)).toHaveLength(4);
  }, 120_000);
});
