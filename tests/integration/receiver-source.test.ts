// "Mottagaren" as a source of Sammanställning: the real receiver on 127.0.0.1, senders sending
// over HTTP as the app does, a coordinator key made by the receiver's own command line, and
// one e-mailed Word export of a version that was also sent. Read through the service as the
// screen calls it and through the command line; nothing on the receiver changes.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { addSender } from '../../src-main/receiver/senders.ts';
import { createServices, type Services } from '../../src-main/services.ts';
import { runCli } from '../support/cli.ts';
import { convertWithLibreOffice, textLines } from '../support/docx-check.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { answerTag, receivedReport } from '../support/received-folders.ts';
import { newIdempotencyKey, payloadFor, send, startTestReceiver, type TestReceiver } from '../support/receiver-client.ts';
import { runReceiverCli } from '../support/receiver-processes.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const T2 = { period: 'T2', year: 2026 } as const;
const KULTUR = 5;
const IDROTT = 4;
const HAMN = 30;

let temp: Awaited<ReturnType<typeof makeTempFolder>>;
let receiverData: string;
let mail: string;
let receiver: TestReceiver;
let coordinatorKey: string;
let kulturKey: string;

/** Every file under the receiver's data folder with its size and time: what must not change. */
async function fingerprint(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.sort().map(async (path) => `${path} ${(await stat(path)).size} ${(await stat(path)).mtimeMs}`));
}

beforeAll(async () => {
  temp = await makeTempFolder('rapport-mottagaren-');
  receiverData = join(temp.path, 'mottagare');
  mail = join(temp.path, 'e-post');
  await mkdir(mail, { recursive: true });
  const added = await runReceiverCli(['add-coordinator', 'Stadsledningskontoret, näringslivsenheten', '--data', receiverData]);
  expect(added.code).toBe(0);
  coordinatorKey = added.stdout.trim().split('\n').at(-1) ?? '';
  kulturKey = (await addSender(receiverData, 'Kulturnämnden', new Date())).key;
  const idrottKey = (await addSender(receiverData, 'Idrottsnämnden', new Date())).key;
  receiver = await startTestReceiver({ dataFolder: receiverData });

  // Kulturnämnden sends twice, the second time with Word bullets pasted in, and e-mails the second as a Word export too.
  const first = receivedReport(KULTUR, T2);
  const second = { ...first, otherInformation: '•\tFörsta punkten\n•\tAndra punkten\n' };
  for (const [report, key] of [
    [first, kulturKey],
    [second, kulturKey],
    [receivedReport(IDROTT, T2), idrottKey],
  ] as const) {
    expect((await send(receiver.url, await payloadFor(report), { key, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
  }
  await writeFile(join(mail, 'Kulturnämnden T2 2026.docx'), (await payloadFor(second)).document);
  // Stockholms Hamn AB only e-mailed its report file.
  await writeFile(join(mail, 'hamn.json'), JSON.stringify(receivedReport(HAMN, T2)));
});

afterAll(async () => {
  await receiver.close();
  await temp.remove();
});

describe('through the service, as the screen calls it', () => {
  let services: Services;
  beforeEach(async () => {
    const data = (await makeTempFolder('rapport-samordnare-')).path;
    services = createServices({ dataFolder: data, documentWorkerPath: DOCUMENT_WORKER });
    await services.settings.save({ receiverUrl: receiver.url, coordinatorKey, contactDefaults: {} });
  });
  afterEach(async () => {
    await services.close();
  });
  const request = () => ({ period: T2, folders: [mail], receiver: true, assignments: [] });

  test('the receiver’s versions count by the same rules as its folder: the latest receipt counts, and its Word copy is a copy', async () => {
    const before = await fingerprint(receiverData);
    const scan = await services.compilation.scan(request());
    const counted = (name: string) => scan.organisations.find((organisation) => organisation.name === name)?.counted;
    expect(counted('Kulturnämnden')).toMatchObject({ route: 'inlamning', version: '2026-T2-000002', timeFrom: 'report', receivedAt: expect.any(String) });
    expect(counted('Idrottsnämnden')).toMatchObject({ route: 'inlamning', version: '2026-T2-000003' });
    expect(counted('Stockholms Hamn AB')).toMatchObject({ route: 'fil' });
    const kulturEntries = scan.entries.filter((entry) => entry.organisation === 'Kulturnämnden').map((entry) => [entry.route, entry.status, entry.version]);
    expect(kulturEntries).toEqual(
      expect.arrayContaining([
        ['inlamning', 'counted', '2026-T2-000002'],
        ['inlamning', 'older', '2026-T2-000001'],
        ['fil', 'duplicate', undefined],
      ]),
    );
    expect(scan.entries.find((entry) => entry.route === 'fil' && entry.organisation === 'Kulturnämnden')?.reason).toMatch(
      /Samma innehåll som 2026-T2-000002 hos mottagaren på 127\.0\.0\.1/,
    );
    expect(scan.folderProblems).toEqual([]);
    expect(await fingerprint(receiverData)).toEqual(before);
    expect((await services.compilation.sources()).receiver).toBe(true);
  });

  test('the compiled document holds the answers read over the network (read by LibreOffice)', async () => {
    const written = await services.compilation.compile(request());
    const lines = textLines((await convertWithLibreOffice([written?.path ?? ''], 'txt:Text')).get(written?.path ?? '') ?? Buffer.alloc(0));
    const text = lines.join('\n');
    expect(text).toContain(answerTag('Kulturnämnden', 1, 0));
    expect(text).toContain('Övrigt från Idrottsnämnden.');
    expect(text).toContain('Första punkten');
  }, 90_000);

  test('a wrong coordinator key, or a sender key: the receiver is named as a source not read, the folders are read all the same', async () => {
    await services.settings.save({ receiverUrl: receiver.url, coordinatorKey: 'x'.repeat(43), contactDefaults: {} });
    const wrong = await services.compilation.scan(request());
    expect(wrong.folderProblems).toEqual([{ folder: expect.stringContaining('127.0.0.1'), problem: expect.stringMatching(/godtog inte samordnarnyckeln/) }]);
    expect(wrong.organisations.find((organisation) => organisation.name === 'Stockholms Hamn AB')?.counted).toBeDefined();
    await services.settings.save({ receiverUrl: receiver.url, coordinatorKey: kulturKey, contactDefaults: {} });
    const sender = await services.compilation.scan(request());
    expect(sender.folderProblems[0]?.problem).toMatch(/ingen samordnarnyckel.*avsändarnyckel/);
    await expect(services.compilation.scan({ ...request(), folders: [] })).rejects.toThrow(/^Mottagaren kunde inte läsas, så ingen sammanställning gjordes\./);
  });

  test('a receiver that does not answer: said so, in Swedish, naming the address', async () => {
    await services.settings.save({ receiverUrl: 'http://127.0.0.1:9/inlamning', coordinatorKey, contactDefaults: {} });
    const scan = await services.compilation.scan(request());
    expect(scan.folderProblems).toEqual([{ folder: 'Mottagaren på 127.0.0.1:9', problem: expect.stringMatching(/127\.0\.0\.1/) }]);
  });

  test('a server that answers without end: the list, or a report, is refused past its limit and the rest is read', async () => {
    const endless = (response: ServerResponse): void => {
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      response.writeHead(200, { 'content-type': 'application/json' });
      const more = (): void => {
        while (response.write(chunk)) if (response.writableLength > 8 * 1024 * 1024) break;
      };
      response.on('drain', more);
      more();
    };
    let listEndless = true;
    const hostile = createServer((request, response) => {
      if (request.url?.startsWith('/inlamningar?') && !listEndless) {
        const version = {
          receipt: '2026-T2-000001',
          receivedAt: '2026-09-14T10:00:00.000Z',
          organisation: 'Kulturnämnden',
          committee: 'Kulturnämnden',
          reportId: 'x',
          ...T2,
          reportBytes: 100,
          documentBytes: 100,
        };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ versions: [version] }));
        return;
      }
      endless(response);
    });
    hostile.on('clientError', () => undefined);
    await new Promise<void>((listening) => hostile.listen(0, '127.0.0.1', listening));
    const { port } = hostile.address() as AddressInfo;
    try {
      await services.settings.save({ receiverUrl: `http://127.0.0.1:${port}/inlamning`, coordinatorKey, contactDefaults: {} });
      const list = await services.compilation.scan(request());
      expect(list.folderProblems[0]?.problem).toBe('Mottagarens lista över inlämningar är större än 8 MB och lästes inte.');
      listEndless = false;
      const scan = await services.compilation.scan(request());
      expect(scan.entries.find((entry) => entry.version === '2026-T2-000001')).toMatchObject({
        status: 'unreadable',
        reason: 'Rapporten 2026-T2-000001 är större än 20 MB och lästes inte.',
      });
      expect(scan.organisations.find((organisation) => organisation.name === 'Stockholms Hamn AB')?.counted).toBeDefined();
    } finally {
      hostile.closeAllConnections();
      await new Promise((closed) => hostile.close(closed));
    }
  });

  test('without a coordinator key, or an address: the screen says where to set them', async () => {
    await services.settings.save({ receiverUrl: receiver.url, contactDefaults: {} });
    expect((await services.compilation.scan(request())).folderProblems[0]?.problem).toMatch(/Ange samordnarnyckeln under Inställningar/);
    await services.settings.save({ contactDefaults: {} });
    await expect(services.compilation.scan(request())).rejects.toThrow(/Ange mottagningsadressen under Inställningar/);
  });
});

describe('from a terminal', () => {
  test('compile and reminder read the receiver by its address, the key from UPPFOLJNING_NYCKEL; without one, exit 1 and why', async () => {
    const out = join(temp.path, 'cli');
    const appData = join(temp.path, 'appdata');
    await mkdir(out, { recursive: true });
    const env = { UPPFOLJNING_NYCKEL: coordinatorKey };
    const compiled = await runCli(
      ['compile', receiver.url, mail, '--period', 'T2', '--year', '2026', '-o', join(out, 'sammanstallning.docx'), '--data', appData],
      env,
    );
    expect(compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
    expect(compiled.stdout).toMatch(/Kulturnämnden\s.*2026-T2-000002/);
    expect(compiled.stdout).toContain('Samma innehåll som 2026-T2-000002 hos mottagaren på 127.0.0.1');

    const contacts = join(temp.path, 'kontakter.csv');
    await writeFile(contacts, 'Organisation;Kontaktperson;E-post\nStockholms Hamn AB;Eva;eva@stockholm.se\nTrafiknämnden;Tor;tor@stockholm.se\n');
    const reminded = await runCli(
      [
        'reminder',
        receiver.url,
        mail,
        '--period',
        'T2',
        '--year',
        '2026',
        '--deadline',
        '2026-09-15',
        '--contacts',
        contacts,
        '-o',
        join(out, 'påminnelse.eml'),
        '--data',
        appData,
      ],
      env,
    );
    expect(reminded.code).toBe(0);
    const message = await simpleParser(await readFile(join(out, 'påminnelse.eml')));
    // Stockholms Hamn AB has sent (by e-mail); Trafiknämnden has not.
    expect((message.bcc as AddressObject | undefined)?.value.map((address) => address.address)).toEqual(['tor@stockholm.se']);

    const without = await runCli(['compile', receiver.url, '--period', 'T2', '--year', '2026', '-o', join(out, 'x.docx'), '--data', appData]);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('Ange den i miljövariabeln UPPFOLJNING_NYCKEL');
    const asArgument = await runCli(['compile', receiver.url, '--period', 'T2', '--year', '2026', '-o', join(out, 'x.docx'), '--key', coordinatorKey]);
    expect(asArgument.code).toBe(2);
  }, 120_000);

  test('the key kept under Inställningar (here in plain text: no safeStorage outside the app) is used where the environment has none', async () => {
    const appData = (await makeTempFolder('rapport-cli-inst-')).path;
    const services = createServices({ dataFolder: appData, documentWorkerPath: DOCUMENT_WORKER });
    await services.settings.save({ receiverUrl: receiver.url, coordinatorKey, contactDefaults: {} });
    await services.close();
    const out = join(temp.path, 'cli-inst.docx');
    const compiled = await runCli(['compile', receiver.url, '--period', 'T2', '--year', '2026', '-o', out, '--data', appData]);
    expect(compiled.code).toBe(0);
    expect(compiled.stdout).toMatch(/Idrottsnämnden\s.*2026-T2-000003/);
  }, 60_000);
});
