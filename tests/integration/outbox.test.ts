// "Skicka in" against the project's own receiver on 127.0.0.1, directly and through a proxy
// that injects faults: whatever happens on the way, the receiver holds each version exactly
// once, with a document that opens, and the user sees where each version is.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RunningReceiver } from '../../src-main/receiver/server.ts';
import { createWorkerDocumentRunner } from '../../src-main/documents/document-runner.ts';
import { OutboxService } from '../../src-main/outbox/outbox-service.ts';
import { addSender } from '../../src-main/receiver/senders.ts';
import { formDefinition } from '../../src-main/report/form-definition.ts';
import { createServices, type Services } from '../../src-main/services.ts';
import { SettingsService } from '../../src-main/settings/settings-service.ts';
import { ReportStore } from '../../src-main/store/report-store.ts';
import { assertDocxWellFormed, convertWithLibreOffice } from '../support/docx-check.ts';
import { startFaultProxy, type Fault } from '../support/fault-proxy.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { readyReport, startTestReceiver, storedVersions, waitFor } from '../support/sending.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let services: Services;
let receiver: RunningReceiver | undefined;
const closers: (() => Promise<void>)[] = [];

const appData = (): string => join(folder.path, 'app');
const receiverData = (): string => join(folder.path, 'receiver');

function startApp(sendTimeoutMs = 10_000): void {
  services = createServices({ dataFolder: appData(), documentWorkerPath: DOCUMENT_WORKER, sendTimeoutMs });
}

async function sendTo(url: string): Promise<void> {
  await services.settings.save({ receiverUrl: url, contactDefaults: {} });
}

async function sentItem(entryId: string): Promise<void> {
  await waitFor(async () => ((await services.outbox.list()).find((item) => item.id === entryId)?.state === 'sent' ? true : undefined), 'the receipt');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
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
      { version: 1, submittedAt: queued.submittedAt, receipt: item?.receipt, receivedAt: item?.receivedAt },
    ]);
    const listed = (await services.store.list()).reports[0];
    expect(listed?.submission).toMatchObject({ version: 1, receipt: item?.receipt, changedSince: false });

    const stored = await readFile(join(versions[0]?.folder ?? '', 'document.docx'));
    expect((await assertDocxWellFormed(stored)).get('word/document.xml')).toContain('12 evenemang');
    const converted = await convertWithLibreOffice([join(versions[0]?.folder ?? '', 'document.docx')], 'txt:Text');
    expect([...converted.values()][0]?.toString('utf8')).toContain('Kulturnämnden: kulturförvaltningen');
  });

  test('an edit after sending is a new version: the list says "ändrad efter inskick", and the next send is version 2', async () => {
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

describe('a receiver that fails on the way', () => {
  const faults: [string, Fault[]][] = [
    ['500 twice', ['error-500', 'error-500']],
    ['429 with Retry-After', ['busy-429']],
    ['no answer until the time limit', ['hang']],
    ['the connection cut mid-body', ['cut-mid-body']],
    ['a slow answer', ['slow']],
    ['the answer lost after the receiver stored the version', ['drop-answer', 'drop-answer']],
  ];

  test.each(faults)('%s: the version arrives exactly once, and the entry said why while it waited', async (_name, faultsPerKey) => {
    receiver = await startTestReceiver(receiverData());
    const proxy = await startFaultProxy(receiver.url, { faultsPerKey, retryAfterSeconds: 1, slowMs: 1_500 });
    closers.push(proxy.close);
    await services.close();
    startApp(3_000);
    await sendTo(proxy.url);
    const report = await readyReport(services.store);
    const queued = await services.outbox.submit(report.id, false);
    const problems = new Set<string>();
    await waitFor(async () => {
      const item = (await services.outbox.list())[0];
      if (item?.problem !== undefined) problems.add(item.problem);
      return item?.state === 'sent' ? true : undefined;
    }, 'the receipt');
    if (faultsPerKey[0] !== 'slow') expect(problems.size).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/^(Mottagaren|Rapporten)/);
    expect(proxy.seen.filter((request) => request.key === queued.id)).toHaveLength(faultsPerKey.length + (faultsPerKey[0] === 'slow' ? 0 : 1));
    const versions = await storedVersions(receiverData());
    expect(versions).toHaveLength(1);
    await assertDocxWellFormed(await readFile(join(versions[0]?.folder ?? '', 'document.docx')));
  });

  test('Retry-After is honoured: the next attempt waits as long as the receiver asked', async () => {
    receiver = await startTestReceiver(receiverData());
    const proxy = await startFaultProxy(receiver.url, { faultsPerKey: ['busy-429'], retryAfterSeconds: 2 });
    closers.push(proxy.close);
    await sendTo(proxy.url);
    await sentItem((await services.outbox.submit((await readyReport(services.store)).id, false)).id);
    const [first, second] = proxy.seen.filter((request) => request.fault !== 'pass' || request.key !== undefined);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(1_900);
  });

  test('a receiver that is down: the version waits, and goes within two seconds of the receiver coming up', async () => {
    const port = await freePort();
    await sendTo(`http://127.0.0.1:${port}/inlamning`);
    const queued = await services.outbox.submit((await readyReport(services.store)).id, false);
    await waitFor(async () => ((await services.outbox.list())[0]?.state === 'failing' ? true : undefined), 'a failed attempt');
    expect((await services.outbox.list())[0]?.problem).toMatch(/gick inte att nå/);
    await new Promise((done) => setTimeout(done, 3_000));
    receiver = await startTestReceiver(receiverData(), port);
    const upAt = Date.now();
    await sentItem(queued.id);
    expect(Date.now() - upAt).toBeLessThan(2_500);
    expect(await storedVersions(receiverData())).toHaveLength(1);
  });

  test('a version not yet sent can be withdrawn: it never reaches the receiver, and the report no longer shows it', async () => {
    const port = await freePort();
    await sendTo(`http://127.0.0.1:${port}/inlamning`);
    const report = await readyReport(services.store);
    const queued = await services.outbox.submit(report.id, false);
    await waitFor(async () => ((await services.outbox.list())[0]?.state === 'failing' ? true : undefined), 'a failed attempt');
    await services.outbox.withdraw(queued.id);
    expect(await services.outbox.list()).toEqual([]);
    expect((await services.store.open(report.id)).report.submissions).toEqual([]);
    receiver = await startTestReceiver(receiverData(), port);
    await new Promise((done) => setTimeout(done, 2_000));
    expect(await storedVersions(receiverData())).toEqual([]);
  });

  test('a sender key the receiver refuses: the entry says so, and a corrected key in the settings sends it at once', async () => {
    const { key } = await addSender(receiverData(), 'Kulturnämnden', new Date());
    receiver = await startTestReceiver(receiverData(), 0, true);
    await services.settings.save({ receiverUrl: receiver.url, senderKey: 'fel-nyckel-12345', contactDefaults: {} });
    const queued = await services.outbox.submit((await readyReport(services.store)).id, false);
    await waitFor(async () => ((await services.outbox.list())[0]?.state === 'failing' ? true : undefined), 'a refused attempt');
    expect((await services.outbox.list())[0]?.problem).toMatch(/godtog inte avsändarnyckeln/);
    await services.handlers['settings:save']({ settings: { receiverUrl: receiver.url, senderKey: key, contactDefaults: {} } });
    await sentItem(queued.id);
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
    await waitFor(() => (crashing.stdout.read() !== null ? true : undefined), 'the receiver to start');
    await sendTo(`http://127.0.0.1:${port}/inlamning`);
    const queued = await services.outbox.submit((await readyReport(services.store)).id, false);
    await new Promise<void>((done) => crashing.on('exit', () => done()));
    receiver = await startTestReceiver(receiverData(), port);
    await sentItem(queued.id);
    expect(await storedVersions(receiverData())).toHaveLength(1);
  });
});

describe('load', () => {
  test('45 organisations send at the same moment, each turned away three times first: exactly 45 versions are stored', async () => {
    const organisations = formDefinition.committees.slice(0, 45);
    expect(organisations).toHaveLength(45);
    const keys: string[] = [];
    for (const organisation of organisations) keys.push((await addSender(receiverData(), organisation, new Date())).key);
    receiver = await startTestReceiver(receiverData(), 0, true);
    const proxy = await startFaultProxy(receiver.url, { faultsPerKey: ['busy-429', 'busy-429', 'busy-429'], retryAfterSeconds: 0 });
    closers.push(proxy.close);
    // 45 laptops: each its own data folder and outbox; one document worker serves them all here.
    const runner = createWorkerDocumentRunner(DOCUMENT_WORKER);
    closers.push(() => runner.close());
    const laptops = await Promise.all(
      organisations.map(async (organisation, index) => {
        const dataFolder = join(folder.path, `laptop-${index}`);
        const store = new ReportStore({ dataFolder });
        const settings = new SettingsService(dataFolder, undefined);
        await settings.save({ receiverUrl: proxy.url, senderKey: keys[index], contactDefaults: {} });
        const outbox = new OutboxService({ dataFolder, store, runner, settings, timeoutMs: 30_000 });
        closers.push(() => outbox.close());
        return { outbox, report: await readyReport(store, organisation) };
      }),
    );
    const queued = await Promise.all(laptops.map(({ outbox, report }) => outbox.submit(report.id, false)));
    await waitFor(async () => ((await storedVersions(receiverData())).length >= 45 ? true : undefined), '45 versions', 60_000);
    await Promise.all(
      laptops.map(async ({ outbox }, index) => waitFor(async () => ((await outbox.list())[0]?.state === 'sent' ? true : undefined), `laptop ${index}`, 60_000)),
    );
    const versions = await storedVersions(receiverData());
    expect(versions).toHaveLength(45);
    expect(new Set(versions.map((version) => version.receipt.receipt)).size).toBe(45);
    for (const entry of queued) expect(proxy.seen.filter((request) => request.key === entry.id)).toHaveLength(4);
  }, 120_000);
});
