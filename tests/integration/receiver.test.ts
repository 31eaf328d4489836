// The city's receiver on a real socket: Fastify on 127.0.0.1, a temporary data folder, the
// built document worker, requests made with fetch as the app makes them (or over a raw socket
// where fetch cannot misbehave enough), and the data folder read afterwards. What each kind of
// request is answered is tested without a socket, in receiver-answers.test.ts.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { get as httpsGet } from 'node:https';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { addSender } from '../../src-main/receiver/senders.ts';
import { assertDocxWellFormed } from '../support/docx-check.ts';
import {
  incomingEntries,
  newIdempotencyKey,
  payloadFor,
  readReceiptFile,
  send,
  startTestReceiver,
  storedVersions,
  type Payload,
  type TestReceiver,
} from '../support/receiver-client.ts';
import { endLeftoverProcesses, runReceiverCli, serveUntilCrash, serveWithCli } from '../support/receiver-processes.ts';
import { encodedSubmission, holdUpload, sendAndStall, sendCutOff, sendWholeThenRead } from '../support/receiver-raw.ts';
import { waitFor } from '../support/sending.ts';
import { largeReport, sampleReport } from '../support/reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const sha256 = (bytes: Uint8Array | string): Buffer => createHash('sha256').update(bytes).digest();
const MB = 1024 * 1024;

let culture: Payload;

beforeAll(async () => {
  culture = await payloadFor(sampleReport());
});

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let receiver: TestReceiver;
let cultureKey: string;

async function withSenders(): Promise<void> {
  cultureKey = (await addSender(folder.path, 'Kulturnämnden', new Date())).key;
}

describe('POST /inlamning over a real socket', () => {
  beforeEach(async () => {
    folder = await makeTempFolder('rapport-receiver-');
    await withSenders();
    receiver = await startTestReceiver({ dataFolder: folder.path });
  });
  afterEach(async () => {
    await receiver.close();
    await folder.remove();
  });

  test('a chunked body (no Content-Length) that grows past 20 MB: 413, cut while reading', async () => {
    const { body, contentType } = await encodedSubmission({ report: culture.report, document: new Uint8Array(24 * MB) });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < body.length; offset += MB) controller.enqueue(body.subarray(offset, offset + MB));
        controller.close();
      },
    });
    const response = await fetch(receiver.url, {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'content-type': contentType, authorization: `Bearer ${cultureKey}`, 'idempotency-key': newIdempotencyKey() },
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await storedVersions(folder.path)).toEqual([]);
  });

  test.each([
    ['half the body', (total: number) => Math.floor(total / 2)],
    ['all but the closing boundary', (total: number) => total - 8],
  ])('an upload cut off after %s stores nothing, and leaves its key free', async (_name, sentBytes) => {
    const idempotencyKey = newIdempotencyKey();
    await sendCutOff(receiver.url, culture, sentBytes, { authorization: `Bearer ${cultureKey}`, 'idempotency-key': idempotencyKey });
    expect(await storedVersions(folder.path)).toEqual([]);
    // What had arrived of it is removed once the receiver sees the connection gone.
    await waitFor(async () => ((await incomingEntries(folder.path)).length === 0 ? true : undefined), 'incoming/ to be empty', 5_000);
    // Had any of it been stored, or were it still held, this would be 200 or 409.
    expect((await send(receiver.url, culture, { key: cultureKey, idempotencyKey })).status).toBe(201);
  });

  test('45 organisations sending at the same moment, each its request four times: exactly 45 versions', async () => {
    // Every one of the 180 requests is let in at once: here the question is idempotency, not the cap.
    await receiver.close();
    receiver = await startTestReceiver({ dataFolder: folder.path, maxUploads: 180 });
    const organisations = Array.from({ length: 45 }, (_, index) => `Testnämnd ${index + 1}`);
    const senders: { key: string; idempotencyKey: string; payload: Payload }[] = [];
    for (const organisation of organisations) {
      senders.push({
        key: (await addSender(folder.path, organisation, new Date())).key,
        idempotencyKey: newIdempotencyKey(),
        payload: await payloadFor(sampleReport({ header: { committee: organisation, contactPerson: 'Kim', phone: '', email: '' } })),
      });
    }
    const answers = await Promise.all(
      senders.map((sender) =>
        Promise.all([1, 2, 3, 4].map(() => send(receiver.url, sender.payload, { key: sender.key, idempotencyKey: sender.idempotencyKey }))),
      ),
    );
    for (const tries of answers) {
      const created = tries.filter((answer) => answer.status === 201);
      expect(created).toHaveLength(1);
      for (const other of tries.filter((answer) => answer.status === 200)) expect(other.body).toEqual(created[0]?.body);
      expect(tries.every((answer) => [200, 201, 409].includes(answer.status))).toBe(true);
    }
    expect(await storedVersions(folder.path)).toHaveLength(45);
    const receipts = new Set(answers.map((tries) => tries.find((answer) => answer.status === 201)?.body.receipt));
    expect(receipts.size).toBe(45);
    // A retry after the rush gets each organisation its first receipt.
    for (const [index, sender] of senders.entries()) {
      const retry = await send(receiver.url, sender.payload, { key: sender.key, idempotencyKey: sender.idempotencyKey });
      expect(retry).toMatchObject({ status: 200, body: answers[index]?.find((answer) => answer.status === 201)?.body });
    }
  });
});

describe('a receiver with particular settings', () => {
  beforeEach(async () => {
    folder = await makeTempFolder('rapport-receiver-settings-');
  });
  afterEach(async () => {
    await receiver.close();
    await folder.remove();
  });

  test('with no senders at all, the operator is told at start that every submission gets 401', async () => {
    receiver = await startTestReceiver({ dataFolder: folder.path });
    expect(receiver.log).toEqual([
      expect.stringMatching(/^Tar emot inlämningar på http:\/\/127\.0\.0\.1:\d+\/inlamning\. Data: /),
      expect.stringMatching(/inga avsändare ännu, så varje inlämning får svaret 401/),
    ]);
    expect(receiver.records.map((record) => record.level)).toEqual([30, 40]);
  });

  test('an upload that stalls is cut at the time limit with 408, and stores nothing', async () => {
    await withSenders();
    // Half a second stands for the minute a real receiver allows; the rule is the same.
    receiver = await startTestReceiver({ dataFolder: folder.path, uploadTimeoutMs: 500 });
    const idempotencyKey = newIdempotencyKey();
    const { answer, afterMs } = await sendAndStall(receiver.url, culture, { authorization: `Bearer ${cultureKey}`, 'idempotency-key': idempotencyKey });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('{"error":"Inlämningen tog för lång tid att skicka och avbröts. Ingenting sparades; skicka den igen."}');
    expect(afterMs).toBeGreaterThanOrEqual(450);
    expect(afterMs).toBeLessThan(3_000);
    expect(await storedVersions(folder.path)).toEqual([]);
    // The same key is not used up: sent again, without the half-second limit (on a busy machine
    // a whole upload can take longer than that), the version is stored.
    await receiver.close();
    receiver = await startTestReceiver({ dataFolder: folder.path });
    expect((await send(receiver.url, culture, { key: cultureKey, idempotencyKey })).status).toBe(201);
  });

  test('with a certificate and key it serves HTTPS itself', async () => {
    const cert = join(folder.path, 'cert.pem');
    const key = join(folder.path, 'key.pem');
    await promisify(execFile)('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ]);
    const certificate = await readFile(cert);
    receiver = await startTestReceiver({ dataFolder: folder.path, tls: { cert: certificate, key: await readFile(key) } });
    expect(receiver.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/inlamning$/);
    const body = await new Promise<string>((resolve, reject) => {
      httpsGet(receiver.url, { ca: certificate }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve(text));
      }).on('error', reject);
    });
    expect(JSON.parse(body)).toEqual({ status: 'ok' });
  });
});

describe('uploads arriving at once', () => {
  beforeEach(async () => {
    folder = await makeTempFolder('rapport-receiver-uploads-');
    await withSenders();
  });
  afterEach(async () => {
    await receiver.close();
    await folder.remove();
  });

  test('past the cap, one more is answered 503 with Retry-After, readable; once one ends, the next is let in', async () => {
    receiver = await startTestReceiver({ dataFolder: folder.path, maxUploads: 2 });
    const { body, contentType } = await encodedSubmission(culture);
    const headers = { Authorization: `Bearer ${cultureKey}` };
    const held = await Promise.all([1, 2].map(() => holdUpload(receiver.url, body, contentType, { ...headers, 'Idempotency-Key': newIdempotencyKey() })));
    await waitFor(async () => ((await incomingEntries(folder.path)).length === 2 ? true : undefined), 'both uploads to arrive');
    const turnedAway = await send(receiver.url, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(turnedAway).toMatchObject({
      status: 503,
      body: { error: 'Mottagaren tar emot många inlämningar just nu. Ingenting sparades; försök igen om en stund.' },
    });
    expect(turnedAway.headers.get('retry-after')).toBe('30');
    for (const upload of held) upload.close();
    await waitFor(async () => ((await incomingEntries(folder.path)).length === 0 ? true : undefined), 'the held uploads to be removed');
    expect((await send(receiver.url, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
  });
});

/** The process's peak resident memory so far (Linux), in MB. */
async function peakMemoryMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1] ?? Number.NaN) / 1024;
}

describe('bounded memory', () => {
  beforeEach(async () => {
    folder = await makeTempFolder('rapport-receiver-memory-');
  });
  afterEach(async () => {
    endLeftoverProcesses();
    await folder.remove();
  });

  test('50 uploads of 19 MB held open at once: the receiver stays under 300 MB, and each is gone once its connection is', async () => {
    const data = join(folder.path, 'minne');
    const serving = await serveWithCli(['--data', data, '--port', '0', '--without-keys']);
    try {
      const { body, contentType } = await encodedSubmission({ report: culture.report, document: new Uint8Array(19 * MB) });
      const held = await Promise.all(Array.from({ length: 50 }, () => holdUpload(serving.url, body, contentType, { 'Idempotency-Key': newIdempotencyKey() })));
      const peak = await peakMemoryMb(serving.pid);
      expect(peak).toBeLessThan(300);
      for (const upload of held) upload.close();
      await waitFor(async () => ((await incomingEntries(data)).length === 0 ? true : undefined), 'incoming/ to be empty');
    } finally {
      serving.signal('SIGTERM');
      await serving.finished;
    }
  }, 120_000);
});

describe('refusals every client can read', () => {
  let body: Uint8Array<ArrayBuffer>;
  let tooLarge: Uint8Array<ArrayBuffer>;
  let contentType: string;
  let tooLargeType: string;
  beforeAll(async () => {
    folder = await makeTempFolder('rapport-receiver-refusals-');
    await withSenders();
    // As behind the city's reverse proxy: each request from a client of its own, so that 50
    // missing keys are 50 clients' mistakes, not one address guessing (which gets 429).
    receiver = await startTestReceiver({ dataFolder: folder.path, trustProxy: ['127.0.0.1'] });
    // A large report with a scanned appendix's worth of document: more than the sockets buffer.
    ({ body, contentType } = await encodedSubmission({ report: (await payloadFor(largeReport())).report, document: new Uint8Array(5 * MB) }));
    ({ body: tooLarge, contentType: tooLargeType } = await encodedSubmission({ report: culture.report, document: new Uint8Array(21 * MB) }));
  });
  afterAll(async () => {
    await receiver.close();
    await folder.remove();
  });

  const cases = [
    [
      'a 5 MB submission without a key',
      401,
      (client: number) => ({ body, contentType, headers: { 'x-forwarded-for': `192.0.2.${client}` } as Record<string, string> }),
    ],
    [
      'a body over 20 MB',
      413,
      (client: number) => ({
        body: tooLarge,
        contentType: tooLargeType,
        headers: { authorization: `Bearer ${cultureKey}`, 'x-forwarded-for': `192.0.2.${client}` },
      }),
    ],
  ] as const;

  test.each(cases)("%s: Node's fetch reads %i, 50 times out of 50", async (_name, status, request) => {
    const seen: (number | string)[] = [];
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { body: bytes, contentType: type, headers } = request(attempt);
      const answer = await fetch(receiver.url, {
        method: 'POST',
        body: bytes,
        headers: { ...headers, 'content-type': type, 'idempotency-key': newIdempotencyKey() },
      }).then(
        async (response) => (await response.arrayBuffer(), response.status),
        (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
      );
      seen.push(answer);
    }
    expect(new Set(seen)).toEqual(new Set([status]));
  });

  test.each(cases)('%s: a client that sends everything before it reads gets %i, 50 times out of 50', async (_name, status, request) => {
    const seen: (number | string)[] = [];
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { body: bytes, contentType: type, headers } = request(50 + attempt);
      seen.push(await sendWholeThenRead(receiver.url, bytes, type, { ...headers, 'Idempotency-Key': newIdempotencyKey() }));
    }
    expect(new Set(seen)).toEqual(new Set([status]));
  });

  test.each(cases)('%s: curl reads %i, 50 times out of 50', async (_name, status, request) => {
    const { body: bytes, contentType: type } = request(0);
    const file = join(folder.path, `body-${status}.bin`);
    await writeFile(file, bytes);
    const seen: string[] = [];
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { headers } = request(100 + attempt);
      const header = Object.entries({ ...headers, 'content-type': type, 'idempotency-key': newIdempotencyKey() }).flatMap(([name, value]) => [
        '-H',
        `${name}: ${value}`,
      ]);
      const { stdout } = await promisify(execFile)('curl', [
        '-s',
        '-o',
        '/dev/null',
        '-w',
        '%{http_code}',
        '--data-binary',
        `@${file}`,
        ...header,
        receiver.url,
      ]);
      seen.push(stdout);
    }
    expect(new Set(seen)).toEqual(new Set([String(status)]));
  });
});

describe('a crash at any step of storing', () => {
  beforeEach(async () => {
    folder = await makeTempFolder('rapport-receiver-crash-');
    await withSenders();
  });
  afterEach(async () => {
    endLeftoverProcesses();
    await receiver.close();
    await folder.remove();
  });

  test.each([
    ['receiver:incoming-written', 201],
    ['receiver:renamed', 200],
    ['receiver:folders-synced', 200],
  ])('killed at %s: after a restart the same request leaves exactly one whole version', async (step, retryStatus) => {
    const crashing = await serveUntilCrash(folder.path, step);
    const idempotencyKey = newIdempotencyKey();
    await expect(send(crashing.url, culture, { key: cultureKey, idempotencyKey })).rejects.toThrow();
    expect((await crashing.finished).signal).toBe('SIGKILL');

    receiver = await startTestReceiver({ dataFolder: folder.path });
    const retry = await send(receiver.url, culture, { key: cultureKey, idempotencyKey });
    expect(retry.status).toBe(retryStatus);
    const versions = await storedVersions(folder.path);
    expect(versions).toHaveLength(1);
    const [version = ''] = versions;
    expect(await readReceiptFile(version)).toMatchObject(retry.body);
    expect(await readFile(join(version, 'report.json'))).toEqual(Buffer.from(culture.report));
    await assertDocxWellFormed(await readFile(join(version, 'document.docx')));
    expect(await incomingEntries(folder.path)).toEqual([]);
  });
});

describe('npm run receiver', () => {
  let cliFolder: Awaited<ReturnType<typeof makeTempFolder>>;
  beforeAll(async () => {
    cliFolder = await makeTempFolder('rapport-receiver-cli-');
  });
  afterAll(async () => {
    endLeftoverProcesses();
    await cliFolder.remove();
  });

  test('add-sender prints the key alone on the last line; senders.json holds only its hash; the key is let in', async () => {
    const data = join(cliFolder.path, 'med-nyckel');
    const added = await runReceiverCli(['add-sender', 'Kulturnämnden: kulturförvaltningen', '--data', data]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    const lines = added.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Avsändarnyckel för Kulturnämnden\. Den visas bara nu/);
    const key = lines[1] ?? '';
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const saved = await readFile(join(data, 'senders.json'), 'utf8');
    expect(saved).not.toContain(key);
    expect(JSON.parse(saved)).toEqual({
      schemaVersion: 1,
      senders: [{ organisation: 'Kulturnämnden', keyHash: sha256(key).toString('hex'), addedAt: expect.stringMatching(/^\d{4}-/) }],
    });
    expect((await stat(join(data, 'senders.json'))).mode & 0o777).toBe(0o600);

    const serving = await serveWithCli(['--data', data, '--port', '0']);
    expect(serving.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/inlamning$/);
    expect((await send(serving.url, culture, { key, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
    serving.signal('SIGTERM');
    const finished = await serving.finished;
    expect(finished.code).toBe(0);
    expect(finished.stdout).toBe(`${serving.url}\n`);
    expect(finished.stderr).toContain('Tog emot 2022-T2-000001 från Kulturnämnden');
  });

  test('an organisation outside the city’s list gets its key, and a warning to check the spelling', async () => {
    const added = await runReceiverCli(['add-sender', 'Kulturnämden', '--data', join(cliFolder.path, 'stavfel')]);
    expect(added.code).toBe(0);
    expect(added.stderr).toMatch(/Kulturnämden finns inte bland stadens nämnder/);
    expect(added.stdout.trimEnd().split('\n').at(-1)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test('serving without senders says that every submission gets 401; SIGINT ends it cleanly', async () => {
    const serving = await serveWithCli(['--data', join(cliFolder.path, 'tom'), '--port', '0']);
    serving.signal('SIGINT');
    const finished = await serving.finished;
    expect(finished.code).toBe(0);
    expect(finished.stderr).toMatch(/varje inlämning får svaret 401/);
  });

  test.each([
    ['no data folder', ['--port', '0']],
    ['no port', ['--data', 'x']],
    ['an unknown option', ['--data', 'x', '--port', '0', '--bogus']],
    ['a port out of range', ['--data', 'x', '--port', '70000']],
    ['only a certificate', ['--data', 'x', '--port', '0', '--tls-cert', 'c.pem']],
    ['add-sender without a name', ['add-sender', '--data', 'x']],
    ['add-sender with a port', ['add-sender', 'Kulturnämnden', '--data', 'x', '--port', '1']],
    ['an unknown command', ['starta']],
  ])('wrong usage (%s): exit 2 with the Swedish usage text', async (_name, args) => {
    const result = await runReceiverCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Användning:');
    expect(result.stdout).toBe('');
  });

  test('a failure (a port already taken) exits 1 with a Swedish message', async () => {
    const first = await serveWithCli(['--data', join(cliFolder.path, 'forsta'), '--port', '0', '--without-keys']);
    const port = new URL(first.url).port;
    const second = await runReceiverCli(['--data', join(cliFolder.path, 'andra'), '--port', port]);
    first.signal('SIGTERM');
    await first.finished;
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toBe(`Port ${port} på 127.0.0.1 används redan av ett annat program. Välj en annan port.`);
  });

  test('a second receiver on the same data folder refuses to start, naming the process that holds it; the first goes on', async () => {
    const data = join(cliFolder.path, 'en-mapp');
    const first = await serveWithCli(['--data', data, '--port', '0', '--without-keys']);
    const second = await runReceiverCli(['--data', data, '--port', '0', '--without-keys']);
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toMatch(
      new RegExp(
        `^Datamappen ${data.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} används redan av en annan mottagare \\(process ${first.pid}, startad \\d{4}-.*\\)\\. Två mottagare på samma mapp skulle ge samma kvittonummer två gånger\\. Stoppa den först`,
      ),
    );
    expect((await send(first.url, culture, { idempotencyKey: newIdempotencyKey() })).status).toBe(201);
    first.signal('SIGTERM');
    expect((await first.finished).code).toBe(0);
    // Stopped cleanly, it leaves the folder free.
    const after = await serveWithCli(['--data', data, '--port', '0', '--without-keys']);
    after.signal('SIGTERM');
    expect((await after.finished).code).toBe(0);
  });

  test('a receiver killed (SIGKILL) never blocks the next start: its lock is taken over', async () => {
    const data = join(cliFolder.path, 'dodad');
    const killed = await serveWithCli(['--data', data, '--port', '0', '--without-keys']);
    killed.signal('SIGKILL');
    expect((await killed.finished).signal).toBe('SIGKILL');
    expect(JSON.parse(await readFile(join(data, 'receiver.lock'), 'utf8'))).toMatchObject({ pid: killed.pid });
    const next = await serveWithCli(['--data', data, '--port', '0', '--without-keys']);
    expect((await send(next.url, culture, { idempotencyKey: newIdempotencyKey() })).status).toBe(201);
    next.signal('SIGTERM');
    expect((await next.finished).code).toBe(0);
  });

  test('a damaged senders.json stops the start with a Swedish message', async () => {
    const data = join(cliFolder.path, 'skadad');
    await runReceiverCli(['add-sender', 'Kulturnämnden', '--data', data]);
    await writeFile(join(data, 'senders.json'), '{"schemaVersion": 1, "senders": [');
    const result = await runReceiverCli(['--data', data, '--port', '0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Avsändarlistan .*senders\.json är skadad/);
  });
});
