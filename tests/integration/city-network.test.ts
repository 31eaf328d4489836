// The laptop behind the city's network: the receiver serves HTTPS with a certificate from a CA
// of the test's own (standing for the city's), under a host name that only the proxy (Debian's
// squid, started here) resolves. The outbox reaches it only through the proxy, sends each
// version exactly once, and says the real cause when it cannot: the name, the certificate, a
// proxy that wants credentials or refuses. The receiver runs as `npm run receiver` does.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createNodeConnection } from '../../src-main/network/node-connection.ts';
import type { OutboxItem } from '../../src-main/outbox/outbox-entry.ts';
import { addSender } from '../../src-main/receiver/senders.ts';
import { createServices, type Services } from '../../src-main/services.ts';
import { freePort } from '../support/ports.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { endLeftoverProcesses, serveWithCli, type ServingProcess } from '../support/receiver-processes.ts';
import { readyReport, storedVersions, waitFor } from '../support/sending.ts';
import { startSquid, type RunningSquid } from '../support/squid.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { makeTestCa, type TestCa } from '../support/test-ca.ts';

const HOST = 'mottagare.stad.test';
const CHILD = resolve(import.meta.dirname, '../support/connection-test-child.ts');

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let ca: TestCa;
let receiver: ServingProcess;
let receiverUrl: string;
let senderKey: string;
let proxy: RunningSquid;
const receiverData = (): string => join(folder.path, 'receiver');

beforeAll(async () => {
  folder = await makeTempFolder('rapport-city-network-');
  await mkdir(join(folder.path, 'ca'));
  ca = await makeTestCa(join(folder.path, 'ca'), HOST);
  senderKey = (await addSender(receiverData(), 'Kulturnämnden', new Date())).key;
  const port = await freePort();
  receiver = await serveWithCli(['--data', receiverData(), '--port', String(port), '--tls-cert', ca.certFile, '--tls-key', ca.keyFile]);
  receiverUrl = `https://${HOST}:${port}/inlamning`;
  proxy = await startSquid({ hosts: { [HOST]: '127.0.0.1' } });
}, 60_000);

afterAll(async () => {
  await proxy?.stop();
  receiver?.signal('SIGTERM');
  await receiver?.finished;
  endLeftoverProcesses();
  await folder.remove();
});

let services: Services | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

/** A laptop: its own data folder, the proxy in its environment, and IT's defaults naming the CA file (or not). */
async function laptop(name: string, options: { proxy?: string; itCaFile?: string }): Promise<Services> {
  const dataFolder = join(folder.path, name);
  const itDefaultsPath = join(folder.path, `${name}-it.json`);
  await writeFile(itDefaultsPath, JSON.stringify({ receiverUrl, ...(options.itCaFile ? { receiverCaFile: options.itCaFile } : {}) }));
  const env = options.proxy ? { HTTPS_PROXY: options.proxy } : {};
  services = createServices({
    dataFolder,
    documentWorkerPath: DOCUMENT_WORKER,
    itDefaultsPath,
    connection: createNodeConnection({ env, caFile: async () => options.itCaFile }),
  });
  await services.settings.save({ senderKey, contactDefaults: {} });
  return services;
}

async function firstOutcome(app: Services, entryId: string): Promise<OutboxItem> {
  return waitFor(async () => {
    const item = (await app.outbox.list()).find((listed) => listed.id === entryId);
    return item?.state === 'sent' || item?.problem !== undefined ? item : undefined;
  }, 'the first attempt');
}

describe('the outbox behind the proxy', () => {
  test('the name resolves only through the proxy: without it the user reads that the name was not found', async () => {
    const app = await laptop('utan-proxy', { itCaFile: ca.caFile });
    const queued = await app.outbox.submit((await readyReport(app.store)).id, false);
    const item = await firstOutcome(app, queued.id);
    expect(item.problem).toBe(
      `Namnet ${HOST} hittades inte. Kontrollera mottagningsadressen under Inställningar, och att datorn är ansluten till stadens nät. Rapporten skickas igen.`,
    );
    await app.outbox.withdraw(queued.id);
  });

  test("through the proxy, trusting IT's CA file: a CONNECT through squid, and the version stored exactly once", async () => {
    const app = await laptop('med-proxy', { proxy: proxy.url, itCaFile: ca.caFile });
    const report = await readyReport(app.store);
    const queued = await app.outbox.submit(report.id, false);
    const item = await firstOutcome(app, queued.id);
    expect(item).toMatchObject({ state: 'sent', receipt: expect.stringMatching(/^2026-T2-\d{6}$/), attempts: 1 });
    const stored = (await storedVersions(receiverData())).filter((version) => version.receipt.reportId === report.id);
    expect(stored).toHaveLength(1);
    // Squid logs a tunnel when it closes: the app's connections close with the app.
    await app.close();
    services = undefined;
    const tunnel = `CONNECT ${HOST}:${new URL(receiverUrl).port}`;
    expect(await waitFor(async () => ((await proxy.requests()).includes(tunnel) ? true : undefined), 'squid to log the tunnel')).toBe(true);
  });

  test('through the proxy without the CA: the certificate is not trusted, and the user is told so, naming the host', async () => {
    const app = await laptop('utan-ca', { proxy: proxy.url });
    const queued = await app.outbox.submit((await readyReport(app.store)).id, false);
    const item = await firstOutcome(app, queued.id);
    expect(item.problem).toBe(
      `Certifikatet för ${new URL(receiverUrl).host} är inte betrott av den här datorn, så rapporten skickades inte dit. Kontakta IT: stadens rotcertifikat kan saknas, eller adressen är fel. Rapporten skickas igen.`,
    );
    await app.outbox.withdraw(queued.id);
  });

  test("IT's CA file missing: the user reads which file, and nothing is sent", async () => {
    const app = await laptop('ca-saknas', { proxy: proxy.url, itCaFile: join(folder.path, 'finns-inte.pem') });
    const queued = await app.outbox.submit((await readyReport(app.store)).id, false);
    const item = await firstOutcome(app, queued.id);
    expect(item.problem).toMatch(/^Certifikatfilen för mottagaren som IT har angett \(.*finns-inte\.pem\) kunde inte läsas, så inget skickades/);
    await app.outbox.withdraw(queued.id);
  });
});

describe('"Testa anslutningen"', () => {
  test('answers which organisation the key belongs to, through the proxy', async () => {
    const app = await laptop('test-ok', { proxy: proxy.url, itCaFile: ca.caFile });
    // As the settings screen asks: the key typed in the form, the address left to IT's default.
    expect(await app.handlers['settings:test-connection']({ receiverUrl: '', senderKey })).toEqual({
      ok: true,
      message: `Anslutningen fungerar: mottagaren på ${new URL(receiverUrl).host} svarade, och avsändarnyckeln hör till Kulturnämnden.`,
    });
  });

  test('a key the receiver does not know: said in Swedish, with the receiver’s own words', async () => {
    const app = await laptop('test-fel-nyckel', { proxy: proxy.url, itCaFile: ca.caFile });
    const result = await app.handlers['settings:test-connection']({ receiverUrl: '', senderKey: 'fel-nyckel-12345' });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^Mottagaren på .* svarade, men godtog inte avsändarnyckeln\. Mottagaren: "Avsändarnyckeln är okänd hos staden/),
    });
  });

  test('NODE_EXTRA_CA_CERTS and HTTPS_PROXY in the environment are honoured, as the command line and the preview start', async () => {
    const run = (env: NodeJS.ProcessEnv): Promise<{ stdout: string }> =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', CHILD, receiverUrl, senderKey], { env: { ...process.env, ...env } });
    const trusted = JSON.parse((await run({ HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: ca.caFile })).stdout) as unknown;
    expect(trusted).toEqual({ ok: true, message: expect.stringContaining('avsändarnyckeln hör till Kulturnämnden') });
    const untrusted = JSON.parse((await run({ HTTPS_PROXY: proxy.url })).stdout) as unknown;
    expect(untrusted).toEqual({ ok: false, message: expect.stringMatching(/^Certifikatet för .* är inte betrott/) });
  });
});

describe('a proxy that stands in the way', () => {
  let strict: RunningSquid | undefined;
  afterEach(async () => {
    await strict?.stop();
    strict = undefined;
  });

  test('one that asks for credentials: the user reads that the proxy wants a sign-in (407)', async () => {
    strict = await startSquid({ hosts: { [HOST]: '127.0.0.1' }, requireCredentials: true });
    const app = await laptop('proxy-inloggning', { proxy: strict.url, itCaFile: ca.caFile });
    const result = await app.handlers['settings:test-connection']({ receiverUrl: '', senderKey: '' });
    expect(result).toEqual({
      ok: false,
      message: `Proxyn ${new URL(strict.url).host} kräver inloggning (407) och släppte inte igenom rapporten till ${new URL(receiverUrl).host}. Kontakta IT: appen ska få gå igenom proxyn.`,
    });
  });

  test('one that refuses the tunnel: the user reads that the proxy refused, with its answer', async () => {
    strict = await startSquid({ hosts: { [HOST]: '127.0.0.1' }, refusePorts: [Number(new URL(receiverUrl).port)] });
    const app = await laptop('proxy-nej', { proxy: strict.url, itCaFile: ca.caFile });
    const result = await app.handlers['settings:test-connection']({ receiverUrl: '', senderKey: '' });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(new RegExp(`^Proxyn ${new URL(strict.url).host} vägrade förbindelsen till ${HOST}:\\d+ \\(svar 403\\)`)),
    });
  });
});
