// The city's receiver, run for real: Fastify on 127.0.0.1, a temporary data folder, the
// built document worker, requests made with fetch as the app makes them (or over a raw socket
// where fetch cannot misbehave enough), and the data folder read afterwards.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { get as httpsGet } from 'node:https';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { addSender } from '../../src-main/receiver/senders.ts';
import { assertDocxWellFormed, convertWithLibreOffice, textLines } from '../support/docx-check.ts';
import { HOSTILE_FILES } from '../support/hostile-files.ts';
import {
  blobOf,
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
import { encodedSubmission, sendAndStall, sendCutOff } from '../support/receiver-raw.ts';
import { sampleReport } from '../support/reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

const sha256 = (bytes: Uint8Array | string): Buffer => createHash('sha256').update(bytes).digest();
const MB = 1024 * 1024;

let culture: Payload;
let cultureEdited: Payload;
let sports: Payload;

beforeAll(async () => {
  culture = await payloadFor(sampleReport());
  cultureEdited = await payloadFor(sampleReport({ otherInformation: 'Ett tillägg efter första sändningen.' }));
  sports = await payloadFor(sampleReport({ header: { committee: 'Idrottsnämnden: idrottsförvaltningen', contactPerson: '', phone: '', email: '' } }));
});

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let receiver: TestReceiver;
let cultureKey: string;
let sportsKey: string;

async function withSenders(): Promise<void> {
  cultureKey = (await addSender(folder.path, 'Kulturnämnden', new Date())).key;
  sportsKey = (await addSender(folder.path, 'Idrottsnämnden: idrottsförvaltningen', new Date())).key;
}

describe('POST /inlamning', () => {
  beforeEach(async () => {
    folder = await makeTempFolder('rapport-receiver-');
    await withSenders();
    receiver = await startTestReceiver({ dataFolder: folder.path });
  });
  afterEach(async () => {
    await receiver.close();
    await folder.remove();
  });

  test('a first submission: 201 with a receipt, and one version on disk, byte for byte, readable by its owner alone', async () => {
    const idempotencyKey = newIdempotencyKey();
    const answer = await send(receiver.url, culture, { key: cultureKey, idempotencyKey });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ receipt: '2022-T2-000001', receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) });

    const versions = await storedVersions(folder.path);
    expect(versions).toEqual([join(folder.path, 'submissions', '2022', 'T2', 'kulturnamnden', '000001')]);
    const [version = ''] = versions;
    expect(await readFile(join(version, 'report.json'))).toEqual(Buffer.from(culture.report));
    expect(await readFile(join(version, 'document.docx'))).toEqual(Buffer.from(culture.document));
    const report = JSON.parse(Buffer.from(culture.report).toString('utf8')) as { id: string };
    expect(await readReceiptFile(version)).toEqual({
      schemaVersion: 1,
      receipt: '2022-T2-000001',
      receivedAt: answer.body.receivedAt,
      organisation: 'Kulturnämnden',
      reportId: report.id,
      committee: 'Kulturnämnden: kulturförvaltningen',
      period: 'T2',
      year: 2022,
      idempotencyKeyHash: sha256(idempotencyKey).toString('hex'),
      contentHash: sha256(Buffer.concat([sha256(culture.report), sha256(culture.document)])).toString('hex'),
      route: 'inlamning',
    });
    for (const name of ['report.json', 'document.docx', 'receipt.json']) expect((await stat(join(version, name))).mode & 0o777, name).toBe(0o600);
    for (const path of [version, join(folder.path, 'submissions', '2022', 'T2', 'kulturnamnden'), join(folder.path, 'incoming')]) {
      expect((await stat(path)).mode & 0o777, path).toBe(0o700);
    }
    expect(await incomingEntries(folder.path)).toEqual([]);
    expect(receiver.log).toEqual([expect.stringContaining('Tog emot 2022-T2-000001 från Kulturnämnden')]);
  });

  test('the same key and content again: 200 with the same receipt, and nothing stored again', async () => {
    const idempotencyKey = newIdempotencyKey();
    const first = await send(receiver.url, culture, { key: cultureKey, idempotencyKey });
    const again = await send(receiver.url, culture, { key: cultureKey, idempotencyKey });
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 200, body: first.body });
    expect(await storedVersions(folder.path)).toHaveLength(1);
  });

  test('after a restart the same key still gets the first receipt, and a new submission the next number', async () => {
    const idempotencyKey = newIdempotencyKey();
    const first = await send(receiver.url, culture, { key: cultureKey, idempotencyKey });
    await receiver.close();
    receiver = await startTestReceiver({ dataFolder: folder.path });
    expect(await send(receiver.url, culture, { key: cultureKey, idempotencyKey })).toMatchObject({ status: 200, body: first.body });
    const next = await send(receiver.url, cultureEdited, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(next).toMatchObject({ status: 201, body: { receipt: '2022-T2-000002' } });
    expect(await storedVersions(folder.path)).toHaveLength(2);
  });

  test('the same key with other content: 422, and nothing more stored', async () => {
    const idempotencyKey = newIdempotencyKey();
    expect((await send(receiver.url, culture, { key: cultureKey, idempotencyKey })).status).toBe(201);
    const reused = await send(receiver.url, cultureEdited, { key: cultureKey, idempotencyKey });
    expect(reused).toMatchObject({ status: 422, body: { error: expect.stringMatching(/redan använts för en annan inlämning/) } });
    expect(await storedVersions(folder.path)).toHaveLength(1);
  });

  test('an idempotency key belongs to its sender: another organisation may use the same one', async () => {
    const idempotencyKey = newIdempotencyKey();
    expect((await send(receiver.url, culture, { key: cultureKey, idempotencyKey })).status).toBe(201);
    expect((await send(receiver.url, sports, { key: sportsKey, idempotencyKey })).status).toBe(201);
    expect(await storedVersions(folder.path)).toHaveLength(2);
  });

  test('two identical requests at once: one is stored, the other gets 409 or the same receipt', async () => {
    const idempotencyKey = newIdempotencyKey();
    const answers = await Promise.all([1, 2].map(() => send(receiver.url, culture, { key: cultureKey, idempotencyKey })));
    expect([
      [201, 409],
      [200, 201],
    ]).toContainEqual(answers.map((answer) => answer.status).sort());
    const created = answers.find((answer) => answer.status === 201);
    for (const repeated of answers.filter((answer) => answer.status === 200)) expect(repeated.body).toEqual(created?.body);
    expect(await storedVersions(folder.path)).toHaveLength(1);
  });

  test('without a sender key, or with an unknown one: 401, nothing read or stored', async () => {
    const withoutKey = await send(receiver.url, culture, { idempotencyKey: newIdempotencyKey() });
    expect(withoutKey).toMatchObject({ status: 401, body: { error: expect.stringMatching(/Avsändarnyckel saknas/) } });
    expect(withoutKey.headers.get('www-authenticate')).toBe('Bearer realm="inlamning"');
    const unknown = await send(receiver.url, culture, { key: 'x'.repeat(43), idempotencyKey: newIdempotencyKey() });
    expect(unknown).toMatchObject({ status: 401, body: { error: expect.stringMatching(/okänd hos staden/) } });
    const notBearer = await send(receiver.url, culture, { headers: { authorization: `Basic ${cultureKey}` }, idempotencyKey: newIdempotencyKey() });
    expect(notBearer.status).toBe(401);
    expect(await storedVersions(folder.path)).toEqual([]);
  });

  test("another organisation's key: 403 naming both, nothing stored", async () => {
    const answer = await send(receiver.url, culture, { key: sportsKey, idempotencyKey: newIdempotencyKey() });
    expect(answer).toMatchObject({
      status: 403,
      body: {
        error: 'Nyckeln hör till Idrottsnämnden, men rapporten är från Kulturnämnden: kulturförvaltningen. Skicka rapporten med dess egen nämnds nyckel.',
      },
    });
    expect(await storedVersions(folder.path)).toEqual([]);
    expect(receiver.log).toEqual([expect.stringMatching(/^POST \/inlamning 403: Nyckeln hör till Idrottsnämnden/)]);
  });

  test.each([
    ['missing', undefined, /Idempotency-Key saknas/],
    ['empty', '', /Idempotency-Key saknas/],
    ['with a space', 'två ord', /Idempotency-Key är ogiltig/],
    ['201 characters', 'k'.repeat(201), /Idempotency-Key är ogiltig/],
  ])('an Idempotency-Key %s: 400', async (_name, idempotencyKey, message) => {
    const answer = await send(receiver.url, culture, { key: cultureKey, idempotencyKey });
    expect(answer).toMatchObject({ status: 400, body: { error: expect.stringMatching(message) } });
    expect(await storedVersions(folder.path)).toEqual([]);
  });

  test('200 visible ASCII characters are a valid Idempotency-Key', async () => {
    const idempotencyKey = Array.from({ length: 200 }, (_, index) => String.fromCharCode(0x21 + (index % 94))).join('');
    expect((await send(receiver.url, culture, { key: cultureKey, idempotencyKey })).status).toBe(201);
  });

  function form(parts: [string, Uint8Array][]): FormData {
    const body = new FormData();
    for (const [name, bytes] of parts) body.append(name, blobOf(bytes), `${name}.bin`);
    return body;
  }

  test.each<[string, () => FormData, number, RegExp]>([
    ['no document part', () => form([['report', culture.report]]), 400, /saknar delen document/],
    ['no parts at all', () => new FormData(), 400, /saknar delarna report och document/],
    [
      'an extra part',
      () =>
        form([
          ['report', culture.report],
          ['document', culture.document],
          ['bilaga', new Uint8Array(3)],
        ]),
      400,
      /okänd del "bilaga"/,
    ],
    [
      'the report twice',
      () =>
        form([
          ['report', culture.report],
          ['report', culture.report],
          ['document', culture.document],
        ]),
      400,
      /Delen report finns två gånger/,
    ],
    ['a thousand parts', () => form(Array.from({ length: 1_000 }, (_, index) => [`del${index}`, new Uint8Array(1)])), 413, /för många delar/],
  ])('%s: refused, nothing stored', async (_name, body, status, message) => {
    const answer = await send(receiver.url, undefined, { key: cultureKey, idempotencyKey: newIdempotencyKey(), body: body() });
    expect(answer).toMatchObject({ status, body: { error: expect.stringMatching(message) } });
    expect(await storedVersions(folder.path)).toEqual([]);
    expect(await incomingEntries(folder.path)).toEqual([]);
  });

  test('a plain text field counts as a part, stored byte for byte as it came', async () => {
    // (FormData turns a string field's line breaks into CRLF on the way: one line has none.)
    const text = JSON.stringify(sampleReport());
    const body = new FormData();
    body.append('report', text);
    body.append('document', blobOf(culture.document), 'rapport.docx');
    expect((await send(receiver.url, undefined, { key: cultureKey, idempotencyKey: newIdempotencyKey(), body })).status).toBe(201);
    const [version = ''] = await storedVersions(folder.path);
    expect(await readFile(join(version, 'report.json'))).toEqual(Buffer.from(text));
  });

  test.each([
    ['JSON', 'application/json', JSON.stringify({ report: {} })],
    ['text', 'text/plain', 'hej'],
  ])('a %s body, not multipart: 415', async (_name, contentType, body) => {
    const answer = await send(receiver.url, undefined, {
      key: cultureKey,
      idempotencyKey: newIdempotencyKey(),
      body,
      headers: { 'content-type': contentType },
    });
    expect(answer).toMatchObject({ status: 415, body: { error: expect.stringMatching(/multipart\/form-data/) } });
  });

  test('a body over 20 MB: 413, nothing stored, and the receiver goes on', async () => {
    const large = { report: culture.report, document: new Uint8Array(21 * MB) };
    const answer = await send(receiver.url, large, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(answer).toMatchObject({ status: 413, body: { error: expect.stringMatching(/större än 20 MB/) } });
    expect(await storedVersions(folder.path)).toEqual([]);
    expect((await send(receiver.url, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
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

  const report = JSON.stringify(sampleReport());
  test.each([
    [
      'JSON of the wrong shape',
      report.replace('"header":{', '"header":[],"x":{'),
      /Filen rapport har inte en rapports innehåll: sidhuvudet har fel slags värde/,
    ],
    ['not JSON', '{"schemaVersion": 2, "id":', /Filen rapport är ingen rapportfil: den är inte giltig JSON/],
    ['a __proto__ key', report.replace('"header":{', '"header":{"__proto__":{"isAdmin":true},'), /nyckeln "__proto__"/],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /inte text i UTF-8/],
  ])('a report part that is %s: 422 with a Swedish message, nothing stored', async (_name, text, message) => {
    const payload = { report: typeof text === 'string' ? Buffer.from(text) : text, document: culture.document };
    const answer = await send(receiver.url, payload, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(answer).toMatchObject({ status: 422, body: { error: expect.stringMatching(message) } });
    expect(await storedVersions(folder.path)).toEqual([]);
  });

  // The document is checked against the import's limits; what the report says is report.json's
  // (checked against the schema), so a well-formed Word file of another shape is not refused.
  const OVER_A_LIMIT = HOSTILE_FILES.filter(([name]) => name !== '50 MB' && name !== 'a Word file that is not this form');

  test.each(OVER_A_LIMIT)('a hostile document (%s): 422 with the import’s own Swedish message, nothing stored', async (_name, build, message) => {
    const answer = await send(receiver.url, { report: culture.report, document: await build() }, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(answer).toMatchObject({ status: 422, body: { error: expect.stringMatching(message) } });
    expect(await storedVersions(folder.path)).toEqual([]);
    expect(await incomingEntries(folder.path)).toEqual([]);
    // Not even the organisation's folder is made for a refused version.
    expect(await readdir(join(folder.path, 'submissions'), { recursive: true })).toEqual([]);
  });

  test('a well-formed Word file that is not the form is within the limits, and is stored beside its report', async () => {
    const notTheForm = HOSTILE_FILES.find(([name]) => name === 'a Word file that is not this form');
    const document = await notTheForm?.[1]();
    const answer = await send(
      receiver.url,
      { report: culture.report, document: document ?? Buffer.alloc(0) },
      { key: cultureKey, idempotencyKey: newIdempotencyKey() },
    );
    expect(answer.status).toBe(201);
    expect(await storedVersions(folder.path)).toHaveLength(1);
  });

  test('a refused document frees its Idempotency-Key: the corrected retry is stored', async () => {
    const idempotencyKey = newIdempotencyKey();
    const refused = await send(receiver.url, { report: culture.report, document: Buffer.from('ingen docx') }, { key: cultureKey, idempotencyKey });
    expect(refused.status).toBe(422);
    expect((await send(receiver.url, culture, { key: cultureKey, idempotencyKey })).status).toBe(201);
  });

  test('a report without a committee cannot be any key’s organisation: 403', async () => {
    const payload = await payloadFor(sampleReport({ header: { committee: '', contactPerson: '', phone: '', email: '' } }));
    const answer = await send(receiver.url, payload, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(answer).toMatchObject({ status: 403, body: { error: expect.stringMatching(/en okänd nämnd/) } });
  });

  test.each([
    ['half the body', (total: number) => Math.floor(total / 2)],
    ['all but the closing boundary', (total: number) => total - 8],
  ])('an upload cut off after %s stores nothing, and leaves its key free', async (_name, sentBytes) => {
    const idempotencyKey = newIdempotencyKey();
    await sendCutOff(receiver.url, culture, sentBytes, { authorization: `Bearer ${cultureKey}`, 'idempotency-key': idempotencyKey });
    expect(await storedVersions(folder.path)).toEqual([]);
    expect(await incomingEntries(folder.path)).toEqual([]);
    // Had any of it been stored, or were it still held, this would be 200 or 409.
    expect((await send(receiver.url, culture, { key: cultureKey, idempotencyKey })).status).toBe(201);
  });

  test('GET and HEAD on the submission address answer that it is there', async () => {
    const got = await fetch(receiver.url);
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual({ status: 'ok' });
    expect((await fetch(receiver.url, { method: 'HEAD' })).status).toBe(200);
    const put = await fetch(receiver.url, { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST');
    const elsewhere = await fetch(new URL('/annat', receiver.url));
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.json()).toEqual({ error: expect.stringMatching(/Adressen finns inte/) });
  });

  test('45 organisations sending at the same moment, each its request four times: exactly 45 versions', async () => {
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

  test('the stored document opens in LibreOffice', async () => {
    expect((await send(receiver.url, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
    const [version = ''] = await storedVersions(folder.path);
    const path = join(version, 'document.docx');
    const text = textLines((await convertWithLibreOffice([path], 'txt:Text')).get(path) ?? Buffer.alloc(0));
    expect(text.join('\n')).toContain('Kulturnämnden');
  }, 120_000);
});

describe('while a version is being stored', () => {
  let release: () => void = () => {};
  let reached: Promise<void>;

  beforeEach(async () => {
    folder = await makeTempFolder('rapport-receiver-hold-');
    await withSenders();
    let markReached: () => void = () => {};
    reached = new Promise((resolve) => (markReached = resolve));
    const held = new Promise<void>((resolve) => (release = resolve));
    receiver = await startTestReceiver({
      dataFolder: folder.path,
      onStep: async (step) => {
        if (step !== 'receiver:incoming-written') return;
        markReached();
        await held;
      },
    });
  });
  afterEach(async () => {
    release();
    await receiver.close();
    await folder.remove();
  });

  test('the same key gets 409 (or 422 with other content) until the first is stored, then its receipt', async () => {
    const idempotencyKey = newIdempotencyKey();
    const first = send(receiver.url, culture, { key: cultureKey, idempotencyKey });
    await reached;
    const conflict = await send(receiver.url, culture, { key: cultureKey, idempotencyKey });
    expect(conflict).toMatchObject({ status: 409, body: { error: expect.stringMatching(/sparas just nu/) } });
    expect(conflict.headers.get('retry-after')).toBe('2');
    expect((await send(receiver.url, cultureEdited, { key: cultureKey, idempotencyKey })).status).toBe(422);
    expect(await storedVersions(folder.path)).toEqual([]);
    release();
    const stored = await first;
    expect(stored.status).toBe(201);
    expect(await send(receiver.url, culture, { key: cultureKey, idempotencyKey })).toMatchObject({ status: 200, body: stored.body });
    expect(await storedVersions(folder.path)).toHaveLength(1);
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

  test('with no senders at all, every submission gets 401, and the operator is told at start', async () => {
    receiver = await startTestReceiver({ dataFolder: folder.path });
    expect(receiver.log).toEqual([expect.stringMatching(/inga avsändare ännu, så varje inlämning får svaret 401/)]);
    expect((await send(receiver.url, culture, { key: 'a'.repeat(43), idempotencyKey: newIdempotencyKey() })).status).toBe(401);
  });

  test('without keys (a closed network): no key is asked for; the report’s committee names the folder', async () => {
    receiver = await startTestReceiver({ dataFolder: folder.path, requireKeys: false });
    const answer = await send(receiver.url, sports, { idempotencyKey: newIdempotencyKey() });
    expect(answer.status).toBe(201);
    const [version = ''] = await storedVersions(folder.path);
    expect(version).toBe(join(folder.path, 'submissions', '2022', 'T2', 'idrottsnamnden', '000001'));
    expect(await readReceiptFile(version)).toMatchObject({ organisation: 'Idrottsnämnden', committee: 'Idrottsnämnden: idrottsförvaltningen' });
    const nameless = await payloadFor(sampleReport({ header: { committee: ' ', contactPerson: '', phone: '', email: '' } }));
    expect(await send(receiver.url, nameless, { idempotencyKey: newIdempotencyKey() })).toMatchObject({
      status: 422,
      body: { error: expect.stringMatching(/saknar nämnd/) },
    });
  });

  test('senders.json damaged while the receiver runs: 503 with Retry-After, and the operator told why', async () => {
    await withSenders();
    receiver = await startTestReceiver({ dataFolder: folder.path });
    await writeFile(join(folder.path, 'senders.json'), '{"schemaVersion": 1, "senders": [');
    const answer = await send(receiver.url, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(answer).toMatchObject({ status: 503, body: { error: expect.stringMatching(/kunde inte sparas hos staden just nu/) } });
    expect(answer.headers.get('retry-after')).toBe('30');
    expect(receiver.log.at(-1)).toMatch(/Avsändarlistan .*senders\.json är skadad/);
    expect(await storedVersions(folder.path)).toEqual([]);
  });

  test('a sender added while the receiver runs is let in at once', async () => {
    receiver = await startTestReceiver({ dataFolder: folder.path });
    const { key } = await addSender(folder.path, 'Kulturnämnden', new Date());
    expect((await send(receiver.url, culture, { key, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
  });

  test('an upload that stalls is cut at the time limit with 408, and stores nothing', async () => {
    await withSenders();
    receiver = await startTestReceiver({ dataFolder: folder.path, uploadTimeoutMs: 1_000 });
    const idempotencyKey = newIdempotencyKey();
    const { answer, afterMs } = await sendAndStall(receiver.url, culture, { authorization: `Bearer ${cultureKey}`, 'idempotency-key': idempotencyKey });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('{"error":"Inlämningen tog för lång tid att skicka och avbröts. Ingenting sparades; skicka den igen."}');
    expect(afterMs).toBeGreaterThanOrEqual(900);
    expect(afterMs).toBeLessThan(5_000);
    expect(await storedVersions(folder.path)).toEqual([]);
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

  test('a damaged senders.json stops the start with a Swedish message', async () => {
    const data = join(cliFolder.path, 'skadad');
    await runReceiverCli(['add-sender', 'Kulturnämnden', '--data', data]);
    await writeFile(join(data, 'senders.json'), '{"schemaVersion": 1, "senders": [');
    const result = await runReceiverCli(['--data', data, '--port', '0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Avsändarlistan .*senders\.json är skadad/);
  });
});
