// The city's receiver answering every kind of request: the real Fastify app with its store, a
// temporary data folder and the built document worker, not listening; each request is built
// by fetch's own FormData as the app builds it and handed in with inject. What only a socket
// can show (a body cut off or stalled, HTTPS, many at once, a crash, the command line) is in
// receiver.test.ts.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { versionListSchema } from '../../src-main/protocol/submission-protocol.ts';
import { addCoordinator, addSender } from '../../src-main/receiver/senders.ts';
import { convertWithLibreOffice, textLines } from '../support/docx-check.ts';
import { canMountSmallDisk, fillDisk, mountSmallDisk } from '../support/hostile-disks.ts';
import { HOSTILE_FILES } from '../support/hostile-files.ts';
import {
  blobOf,
  buildTestReceiver,
  incomingEntries,
  inject,
  newIdempotencyKey,
  payloadFor,
  readReceiptFile,
  storedVersions,
  type BuiltReceiver,
  type Payload,
} from '../support/receiver-client.ts';
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
let receiver: BuiltReceiver;
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
    receiver = await buildTestReceiver({ dataFolder: folder.path });
  });
  afterEach(async () => {
    await receiver.app.close();
    await folder.remove();
  });

  test('a first submission: 201 with a receipt, and one version on disk, byte for byte, readable by its owner alone', async () => {
    const idempotencyKey = newIdempotencyKey();
    const answer = await inject(receiver.app, culture, { key: cultureKey, idempotencyKey });
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

  test("the operator's log is JSON lines: each version stored with its receipt and organisation", async () => {
    const answer = await inject(receiver.app, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(answer.status).toBe(201);
    expect(receiver.records).toEqual([
      expect.objectContaining({
        level: 30,
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        receipt: answer.body.receipt,
        organisation: 'Kulturnämnden',
        msg: expect.stringMatching(/^Tog emot 2022-T2-000001 från Kulturnämnden/),
      }),
    ]);
  });

  test('the same key and content again: 200 with the same receipt, and nothing stored again', async () => {
    const idempotencyKey = newIdempotencyKey();
    const first = await inject(receiver.app, culture, { key: cultureKey, idempotencyKey });
    const again = await inject(receiver.app, culture, { key: cultureKey, idempotencyKey });
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 200, body: first.body });
    expect(await storedVersions(folder.path)).toHaveLength(1);
  });

  test('after a restart the same key still gets the first receipt, and a new submission the next number', async () => {
    const idempotencyKey = newIdempotencyKey();
    const first = await inject(receiver.app, culture, { key: cultureKey, idempotencyKey });
    await receiver.app.close();
    receiver = await buildTestReceiver({ dataFolder: folder.path });
    expect(await inject(receiver.app, culture, { key: cultureKey, idempotencyKey })).toMatchObject({ status: 200, body: first.body });
    const next = await inject(receiver.app, cultureEdited, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(next).toMatchObject({ status: 201, body: { receipt: '2022-T2-000002' } });
    expect(await storedVersions(folder.path)).toHaveLength(2);
  });

  test('the same key with other content: 422, and nothing more stored', async () => {
    const idempotencyKey = newIdempotencyKey();
    expect((await inject(receiver.app, culture, { key: cultureKey, idempotencyKey })).status).toBe(201);
    const reused = await inject(receiver.app, cultureEdited, { key: cultureKey, idempotencyKey });
    expect(reused).toMatchObject({ status: 422, body: { error: expect.stringMatching(/redan använts för en annan inlämning/) } });
    expect(await storedVersions(folder.path)).toHaveLength(1);
  });

  test('an idempotency key belongs to its sender: another organisation may use the same one', async () => {
    const idempotencyKey = newIdempotencyKey();
    expect((await inject(receiver.app, culture, { key: cultureKey, idempotencyKey })).status).toBe(201);
    expect((await inject(receiver.app, sports, { key: sportsKey, idempotencyKey })).status).toBe(201);
    expect(await storedVersions(folder.path)).toHaveLength(2);
  });

  test('two identical requests at once: one is stored, the other gets 409 or the same receipt', async () => {
    const idempotencyKey = newIdempotencyKey();
    const answers = await Promise.all([1, 2].map(() => inject(receiver.app, culture, { key: cultureKey, idempotencyKey })));
    expect([
      [201, 409],
      [200, 201],
    ]).toContainEqual(answers.map((answer) => answer.status).sort());
    const created = answers.find((answer) => answer.status === 201);
    for (const repeated of answers.filter((answer) => answer.status === 200)) expect(repeated.body).toEqual(created?.body);
    expect(await storedVersions(folder.path)).toHaveLength(1);
  });

  test('without a sender key, or with an unknown one: 401, nothing read or stored', async () => {
    const withoutKey = await inject(receiver.app, culture, { idempotencyKey: newIdempotencyKey() });
    expect(withoutKey).toMatchObject({ status: 401, body: { error: expect.stringMatching(/Avsändarnyckel saknas/) } });
    expect(withoutKey.headers.get('www-authenticate')).toBe('Bearer realm="inlamning"');
    const unknown = await inject(receiver.app, culture, { key: 'x'.repeat(43), idempotencyKey: newIdempotencyKey() });
    expect(unknown).toMatchObject({ status: 401, body: { error: expect.stringMatching(/okänd hos staden/) } });
    const notBearer = await inject(receiver.app, culture, { headers: { authorization: `Basic ${cultureKey}` }, idempotencyKey: newIdempotencyKey() });
    expect(notBearer.status).toBe(401);
    expect(await storedVersions(folder.path)).toEqual([]);
  });

  test('guessing keys: ten unknown keys from one address get 401, then every request from it 429 with Retry-After, logged once a minute, not once a request', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 25; attempt += 1) {
      statuses.push((await inject(receiver.app, culture, { key: `gissning-${attempt}-${'x'.repeat(30)}`, idempotencyKey: newIdempotencyKey() })).status);
    }
    expect(statuses).toEqual([...Array.from({ length: 10 }, () => 401), ...Array.from({ length: 15 }, () => 429)]);
    const rightKeyMeanwhile = await inject(receiver.app, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(rightKeyMeanwhile).toMatchObject({
      status: 429,
      body: { error: expect.stringMatching(/^För många försök med fel avsändarnyckel från den här adressen/) },
    });
    expect(Number(rightKeyMeanwhile.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(rightKeyMeanwhile.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // Another address is not held back by this one's guesses.
    expect((await inject(receiver.app, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey(), remoteAddress: '10.1.2.3' })).status).toBe(201);
    expect(receiver.log.filter((line) => / 40[13]|429|avsändarnyckel/.test(line))).toEqual([]);
    await receiver.app.close();
    expect(receiver.log.filter((line) => line.includes('avsändarnyckel'))).toEqual([
      expect.stringMatching(
        /^127\.0\.0\.1: 10 försök med okänd eller saknad avsändarnyckel under en minut från .*; därefter 16 förfrågningar avvisade med 429\.$/,
      ),
    ]);
    receiver = await buildTestReceiver({ dataFolder: folder.path });
  });

  test("behind the city's reverse proxy (--trust-proxy), guesses count against the client it forwards, not against the proxy", async () => {
    await receiver.app.close();
    receiver = await buildTestReceiver({ dataFolder: folder.path, trustProxy: ['10.9.9.9'] });
    const viaProxy = (client: string, key: string): Promise<{ status: number }> =>
      inject(receiver.app, culture, { key, idempotencyKey: newIdempotencyKey(), remoteAddress: '10.9.9.9', headers: { 'x-forwarded-for': client } });
    for (let attempt = 0; attempt < 10; attempt += 1) expect((await viaProxy('192.0.2.10', `gissning-${attempt}-${'x'.repeat(30)}`)).status).toBe(401);
    expect((await viaProxy('192.0.2.10', cultureKey)).status).toBe(429);
    expect((await viaProxy('192.0.2.20', cultureKey)).status).toBe(201);
  });

  test('"Miljö AB" and "Miljo AB" fold to one folder name, yet each keeps a folder and idempotency keys of its own, across a restart', async () => {
    const miljo = (await addSender(folder.path, 'Miljö AB', new Date())).key;
    const miljoUtan = (await addSender(folder.path, 'Miljo AB', new Date())).key;
    const withDiacritic = await payloadFor(sampleReport({ header: { committee: 'Miljö AB', contactPerson: 'Kim', phone: '', email: '' } }));
    const without = await payloadFor(sampleReport({ header: { committee: 'Miljo AB', contactPerson: 'Kim', phone: '', email: '' } }));
    const idempotencyKey = newIdempotencyKey();
    const first = await inject(receiver.app, withDiacritic, { key: miljo, idempotencyKey });
    const second = await inject(receiver.app, without, { key: miljoUtan, idempotencyKey });
    expect([first.status, second.status]).toEqual([201, 201]);
    const versions = await storedVersions(folder.path);
    expect(versions.map((version) => version.split('/').at(-2)).sort()).toEqual(['miljo-ab', 'miljo-ab-2']);
    await receiver.app.close();
    receiver = await buildTestReceiver({ dataFolder: folder.path });
    expect(await inject(receiver.app, without, { key: miljoUtan, idempotencyKey })).toMatchObject({ status: 200, body: second.body });
    expect(await inject(receiver.app, withDiacritic, { key: miljo, idempotencyKey })).toMatchObject({ status: 200, body: first.body });
  });

  test("another organisation's key: 403 naming both, nothing stored", async () => {
    const answer = await inject(receiver.app, culture, { key: sportsKey, idempotencyKey: newIdempotencyKey() });
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
    const answer = await inject(receiver.app, culture, { key: cultureKey, idempotencyKey });
    expect(answer).toMatchObject({ status: 400, body: { error: expect.stringMatching(message) } });
    expect(await storedVersions(folder.path)).toEqual([]);
  });

  test('200 visible ASCII characters are a valid Idempotency-Key', async () => {
    const idempotencyKey = Array.from({ length: 200 }, (_, index) => String.fromCharCode(0x21 + (index % 94))).join('');
    expect((await inject(receiver.app, culture, { key: cultureKey, idempotencyKey })).status).toBe(201);
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
    const answer = await inject(receiver.app, undefined, { key: cultureKey, idempotencyKey: newIdempotencyKey(), body: body() });
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
    expect((await inject(receiver.app, undefined, { key: cultureKey, idempotencyKey: newIdempotencyKey(), body })).status).toBe(201);
    const [version = ''] = await storedVersions(folder.path);
    expect(await readFile(join(version, 'report.json'))).toEqual(Buffer.from(text));
  });

  test.each([
    ['JSON', 'application/json', JSON.stringify({ report: {} })],
    ['text', 'text/plain', 'hej'],
  ])('a %s body, not multipart: 415', async (_name, contentType, body) => {
    const answer = await inject(receiver.app, undefined, {
      key: cultureKey,
      idempotencyKey: newIdempotencyKey(),
      body,
      headers: { 'content-type': contentType },
    });
    expect(answer).toMatchObject({ status: 415, body: { error: expect.stringMatching(/multipart\/form-data/) } });
  });

  test('a body over 20 MB: 413, nothing stored, and the receiver goes on', async () => {
    const large = { report: culture.report, document: new Uint8Array(21 * MB) };
    const answer = await inject(receiver.app, large, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(answer).toMatchObject({ status: 413, body: { error: expect.stringMatching(/större än 20 MB/) } });
    expect(await storedVersions(folder.path)).toEqual([]);
    expect((await inject(receiver.app, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
  });

  const report = JSON.stringify(sampleReport());
  test.each([
    ['JSON of the wrong shape', report.replace('"header":{', '"header":[],"x":{'), /Filen rapport är ingen giltig rapportfil: sidhuvudet har fel slags värde/],
    ['not JSON', '{"schemaVersion": 2, "id":', /Filen rapport är ingen rapportfil: den kan vara skadad eller avbruten mitt i sparandet/],
    ['a __proto__ key', report.replace('"header":{', '"header":{"__proto__":{"isAdmin":true},'), /nyckeln "__proto__"/],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /inte text i UTF-8/],
  ])('a report part that is %s: 422 with a Swedish message, nothing stored', async (_name, text, message) => {
    const payload = { report: typeof text === 'string' ? Buffer.from(text) : text, document: culture.document };
    const answer = await inject(receiver.app, payload, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(answer).toMatchObject({ status: 422, body: { error: expect.stringMatching(message) } });
    expect(await storedVersions(folder.path)).toEqual([]);
  });

  // The document is checked against the import's limits; what the report says is report.json's
  // (checked against the schema), so a well-formed Word file of another shape is not refused.
  const OVER_A_LIMIT = HOSTILE_FILES.filter(([name]) => name !== '50 MB' && name !== 'a Word file that is not this form');

  test.each(OVER_A_LIMIT)('a hostile document (%s): 422 with the import’s own Swedish message, nothing stored', async (_name, build, message) => {
    const answer = await inject(receiver.app, { report: culture.report, document: await build() }, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(answer).toMatchObject({ status: 422, body: { error: expect.stringMatching(message) } });
    expect(await storedVersions(folder.path)).toEqual([]);
    expect(await incomingEntries(folder.path)).toEqual([]);
    // Not even the organisation's folder is made for a refused version.
    expect(await readdir(join(folder.path, 'submissions'), { recursive: true })).toEqual([]);
  });

  test('a well-formed Word file that is not the form is within the limits, and is stored beside its report', async () => {
    const notTheForm = HOSTILE_FILES.find(([name]) => name === 'a Word file that is not this form');
    const document = await notTheForm?.[1]();
    const answer = await inject(
      receiver.app,
      { report: culture.report, document: document ?? Buffer.alloc(0) },
      { key: cultureKey, idempotencyKey: newIdempotencyKey() },
    );
    expect(answer.status).toBe(201);
    expect(await storedVersions(folder.path)).toHaveLength(1);
  });

  test('a refused document frees its Idempotency-Key: the corrected retry is stored', async () => {
    const idempotencyKey = newIdempotencyKey();
    const refused = await inject(receiver.app, { report: culture.report, document: Buffer.from('ingen docx') }, { key: cultureKey, idempotencyKey });
    expect(refused.status).toBe(422);
    expect((await inject(receiver.app, culture, { key: cultureKey, idempotencyKey })).status).toBe(201);
  });

  test('a report without a committee cannot be any key’s organisation: 403', async () => {
    const payload = await payloadFor(sampleReport({ header: { committee: '', contactPerson: '', phone: '', email: '' } }));
    const answer = await inject(receiver.app, payload, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(answer).toMatchObject({ status: 403, body: { error: expect.stringMatching(/en okänd nämnd/) } });
  });

  test('GET and HEAD on the submission address answer that it is there; other methods and addresses are refused in Swedish', async () => {
    const got = await receiver.app.inject({ method: 'GET', url: '/inlamning' });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual({ status: 'ok' });
    expect((await receiver.app.inject({ method: 'HEAD', url: '/inlamning' })).statusCode).toBe(200);
    const put = await receiver.app.inject({ method: 'PUT', url: '/inlamning', payload: 'x' });
    expect(put.statusCode).toBe(405);
    expect(put.headers.allow).toBe('GET, HEAD, POST');
    expect(put.json()).toEqual({ error: expect.stringMatching(/Skicka inlämningen med POST/) });
    const elsewhere = await receiver.app.inject({ method: 'GET', url: '/annat' });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json()).toEqual({ error: expect.stringMatching(/Adressen finns inte/) });
  });

  test('the stored document opens in LibreOffice', async () => {
    expect((await inject(receiver.app, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
    const [version = ''] = await storedVersions(folder.path);
    const path = join(version, 'document.docx');
    const text = textLines((await convertWithLibreOffice([path], 'txt:Text')).get(path) ?? Buffer.alloc(0));
    expect(text.join('\n')).toContain('Kulturnämnden');
  }, 120_000);
});

describe('GET /inlamningar: the coordinator reads what was submitted', () => {
  let coordinatorKey: string;
  beforeEach(async () => {
    folder = await makeTempFolder('rapport-receiver-coordinator-');
    await withSenders();
    coordinatorKey = (await addCoordinator(folder.path, 'Stadsledningskontoret', new Date())).key;
    receiver = await buildTestReceiver({ dataFolder: folder.path });
  });
  afterEach(async () => {
    await receiver.app.close();
    await folder.remove();
  });

  const get = (url: string, key?: string) => receiver.app.inject({ method: 'GET', url, headers: key === undefined ? {} : { authorization: `Bearer ${key}` } });

  test('lists the period’s versions with organisation, receipt, time and sizes, and serves each part byte for byte; other periods are not listed', async () => {
    const first = await inject(receiver.app, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    const second = await inject(receiver.app, cultureEdited, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    const third = await inject(receiver.app, sports, { key: sportsKey, idempotencyKey: newIdempotencyKey() });
    expect([first.status, second.status, third.status]).toEqual([201, 201, 201]);

    const list = await get('/inlamningar?ar=2022&period=T2', coordinatorKey);
    expect(list.statusCode).toBe(200);
    const { versions } = versionListSchema.parse(list.json());
    expect(versions.map((version) => [version.receipt, version.organisation, version.reportBytes, version.documentBytes])).toEqual([
      ['2022-T2-000001', 'Kulturnämnden', culture.report.byteLength, culture.document.byteLength],
      ['2022-T2-000002', 'Kulturnämnden', cultureEdited.report.byteLength, cultureEdited.document.byteLength],
      ['2022-T2-000003', 'Idrottsnämnden', sports.report.byteLength, sports.document.byteLength],
    ]);
    expect(versions[0]?.receivedAt).toBe(first.body.receivedAt);

    const report = await get('/inlamningar/2022-T2-000002/rapport', coordinatorKey);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toMatch(/^application\/json/);
    expect(report.rawPayload).toEqual(Buffer.from(cultureEdited.report));
    const document = await get('/inlamningar/2022-T2-000003/dokument', coordinatorKey);
    expect(document.rawPayload).toEqual(Buffer.from(sports.document));

    expect(versionListSchema.parse((await get('/inlamningar?ar=2022&period=T1', coordinatorKey)).json()).versions).toEqual([]);
    expect((await get('/inlamningar/2022-T2-000009/rapport', coordinatorKey)).statusCode).toBe(404);
    expect((await get('/inlamningar/2022-T2-000001/annat', coordinatorKey)).statusCode).toBe(404);
    expect((await get('/inlamningar?ar=tjugo&period=T2', coordinatorKey)).statusCode).toBe(400);
  });

  test('a restarted receiver lists what it stored before', async () => {
    expect((await inject(receiver.app, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
    await receiver.app.close();
    receiver = await buildTestReceiver({ dataFolder: folder.path });
    const { versions } = versionListSchema.parse((await get('/inlamningar?ar=2022&period=T2', coordinatorKey)).json());
    expect(versions.map((version) => version.receipt)).toEqual(['2022-T2-000001']);
  });

  test('a sender key gets 403, no key or an unknown one 401; a coordinator key cannot submit (403); nothing is written', async () => {
    expect((await inject(receiver.app, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
    const before = await storedVersions(folder.path);
    const asSender = await get('/inlamningar?ar=2022&period=T2', cultureKey);
    expect(asSender.statusCode).toBe(403);
    expect(asSender.json()).toEqual({ error: expect.stringMatching(/avsändarnyckel.*samordnarnyckel/) });
    expect((await get('/inlamningar/2022-T2-000001/rapport', cultureKey)).statusCode).toBe(403);
    expect((await get('/inlamningar?ar=2022&period=T2')).statusCode).toBe(401);
    expect((await get('/inlamningar/2022-T2-000001/dokument', 'y'.repeat(43))).statusCode).toBe(401);
    const submitted = await inject(receiver.app, sports, { key: coordinatorKey, idempotencyKey: newIdempotencyKey() });
    expect(submitted).toMatchObject({ status: 403, body: { error: expect.stringMatching(/samordnarnyckel/) } });
    expect(await storedVersions(folder.path)).toEqual(before);
  });

  test('guessing coordinator keys counts like guessing sender keys: 429 after ten', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1)
      statuses.push((await get('/inlamningar?ar=2022&period=T2', `gissning-${attempt}`.padEnd(43, 'x'))).statusCode);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect((await get('/inlamningar?ar=2022&period=T2', coordinatorKey)).statusCode).toBe(429);
  });
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
    receiver = await buildTestReceiver({
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
    await receiver.app.close();
    await folder.remove();
  });

  test('the same key gets 409 (or 422 with other content) until the first is stored, then its receipt', async () => {
    const idempotencyKey = newIdempotencyKey();
    const first = inject(receiver.app, culture, { key: cultureKey, idempotencyKey });
    await reached;
    const conflict = await inject(receiver.app, culture, { key: cultureKey, idempotencyKey });
    expect(conflict).toMatchObject({ status: 409, body: { error: expect.stringMatching(/sparas just nu/) } });
    expect(conflict.headers.get('retry-after')).toBe('2');
    expect((await inject(receiver.app, cultureEdited, { key: cultureKey, idempotencyKey })).status).toBe(422);
    expect(await storedVersions(folder.path)).toEqual([]);
    release();
    const stored = await first;
    expect(stored.status).toBe(201);
    expect(await inject(receiver.app, culture, { key: cultureKey, idempotencyKey })).toMatchObject({ status: 200, body: stored.body });
    expect(await storedVersions(folder.path)).toHaveLength(1);
  });
});

describe('a receiver with particular settings', () => {
  beforeEach(async () => {
    folder = await makeTempFolder('rapport-receiver-settings-');
  });
  afterEach(async () => {
    await receiver.app.close();
    await folder.remove();
  });

  test('with no senders at all, every submission gets 401', async () => {
    receiver = await buildTestReceiver({ dataFolder: folder.path });
    expect((await inject(receiver.app, culture, { key: 'a'.repeat(43), idempotencyKey: newIdempotencyKey() })).status).toBe(401);
  });

  test('without keys (a closed network): no key is asked for; the report’s committee names the folder', async () => {
    receiver = await buildTestReceiver({ dataFolder: folder.path, requireKeys: false });
    const answer = await inject(receiver.app, sports, { idempotencyKey: newIdempotencyKey() });
    expect(answer.status).toBe(201);
    const [version = ''] = await storedVersions(folder.path);
    expect(version).toBe(join(folder.path, 'submissions', '2022', 'T2', 'idrottsnamnden', '000001'));
    expect(await readReceiptFile(version)).toMatchObject({ organisation: 'Idrottsnämnden', committee: 'Idrottsnämnden: idrottsförvaltningen' });
    const nameless = await payloadFor(sampleReport({ header: { committee: ' ', contactPerson: '', phone: '', email: '' } }));
    expect(await inject(receiver.app, nameless, { idempotencyKey: newIdempotencyKey() })).toMatchObject({
      status: 422,
      body: { error: expect.stringMatching(/saknar nämnd/) },
    });
  });

  test('without keys for senders, reading still takes a coordinator key', async () => {
    const { key } = await addCoordinator(folder.path, 'Stadsledningskontoret', new Date());
    receiver = await buildTestReceiver({ dataFolder: folder.path, requireKeys: false });
    expect((await inject(receiver.app, sports, { idempotencyKey: newIdempotencyKey() })).status).toBe(201);
    expect((await receiver.app.inject({ method: 'GET', url: '/inlamningar?ar=2022&period=T2' })).statusCode).toBe(401);
    const list = await receiver.app.inject({ method: 'GET', url: '/inlamningar?ar=2022&period=T2', headers: { authorization: `Bearer ${key}` } });
    expect(versionListSchema.parse(list.json()).versions).toHaveLength(1);
  });

  test('senders.json damaged while the receiver runs: 503 with Retry-After, and the operator told why', async () => {
    await withSenders();
    receiver = await buildTestReceiver({ dataFolder: folder.path });
    await writeFile(join(folder.path, 'senders.json'), '{"schemaVersion": 1, "senders": [');
    const answer = await inject(receiver.app, culture, { key: cultureKey, idempotencyKey: newIdempotencyKey() });
    expect(answer).toMatchObject({ status: 503, body: { error: expect.stringMatching(/kunde inte sparas hos staden just nu/) } });
    expect(answer.headers.get('retry-after')).toBe('30');
    expect(receiver.log.at(-1)).toMatch(/Avsändarlistan .*senders\.json är skadad/);
    expect(await storedVersions(folder.path)).toEqual([]);
  });

  test('a second receiver on the same data folder, in the same process, is refused too', async () => {
    receiver = await buildTestReceiver({ dataFolder: folder.path });
    await expect(buildTestReceiver({ dataFolder: folder.path })).rejects.toMatchObject({
      code: 'already-exists',
      message: expect.stringMatching(/används redan av en annan mottagare/),
    });
  });

  test('a sender added while the receiver runs is let in at once', async () => {
    receiver = await buildTestReceiver({ dataFolder: folder.path });
    const { key } = await addSender(folder.path, 'Kulturnämnden', new Date());
    expect((await inject(receiver.app, culture, { key, idempotencyKey: newIdempotencyKey() })).status).toBe(201);
  });
});

describe.skipIf(!canMountSmallDisk)('a full disk under the receiver (a real tmpfs; needs root to mount, so skipped elsewhere)', () => {
  test('the sender gets 503 and nothing is kept; the operator reads what happened and what to do, not words meant for the app’s user', async () => {
    const disk = await mountSmallDisk(2048);
    try {
      const dataFolder = join(disk.path, 'mottagare');
      const { key } = await addSender(dataFolder, 'Kulturnämnden', new Date());
      const full = await buildTestReceiver({ dataFolder });
      await fillDisk(disk.path, 0);
      const answer = await inject(full.app, culture, { key, idempotencyKey: newIdempotencyKey() });
      expect(answer).toMatchObject({ status: 503, body: { error: expect.stringMatching(/kunde inte sparas hos staden just nu/) } });
      expect(full.log).toEqual([
        `POST /inlamning 503: Disken där datamappen ${dataFolder} ligger är full, så att ta emot inlämningen gick inte; ingenting sparades, avsändaren fick 503 och skickar igen av sig själv. Frigör utrymme på disken.`,
      ]);
      expect(await incomingEntries(dataFolder)).toEqual([]);
      await full.app.close();
    } finally {
      await disk.unmount();
    }
  });
});
