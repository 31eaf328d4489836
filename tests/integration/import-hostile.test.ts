import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createWorkerDocumentRunner } from '../../src-main/documents/document-runner.ts';
import { renderDocx } from '../../src-main/docx/write-docx.ts';
import { CURRENT_SCHEMA_VERSION } from '../../src-main/report/model.ts';
import { createServices, type Services } from '../../src-main/services.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { largeReport, sampleReport } from '../support/reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { HOSTILE_FILES as hostileFiles } from '../support/hostile-files.ts';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let services: Services;

beforeEach(async () => {
  folder = await makeTempFolder('rapport-hostile-');
  services = createServices({ dataFolder: folder.path, documentWorkerPath: DOCUMENT_WORKER });
});
afterEach(async () => {
  await services.close();
  await folder.remove();
});

async function nothingCreated(): Promise<void> {
  expect((await services.store.list()).reports).toEqual([]);
  expect(await readdir(join(folder.path, 'reports')).catch(() => [])).toEqual([]);
}

describe('hostile or wrong Word files', () => {
  test.each(hostileFiles)('%s: a Swedish message naming the problem; nothing is created', async (_name, build, message) => {
    await expect(services.imports.inspect('rapport.docx', await build())).rejects.toThrow(message);
    await nothingCreated();
  });

  test('a file that takes too long to read is stopped, the user told, and the next import works', async () => {
    const runner = createWorkerDocumentRunner(DOCUMENT_WORKER, { readTimeoutMs: 1 });
    const big = await renderDocx(largeReport());
    await expect(runner.readDocx(big)).rejects.toThrow(/tog för lång tid att läsa/);
    await runner.close();
    const patient = createWorkerDocumentRunner(DOCUMENT_WORKER);
    expect((await patient.readDocx(big)).header.committee).toBe('Kulturnämnden: kulturförvaltningen');
    await patient.close();
  });
});

describe('hostile or wrong report files', () => {
  const report = JSON.stringify(sampleReport());
  const badReports: [string, string, RegExp][] = [
    ['__proto__ keys', report.replace('"header":{', '"header":{"__proto__":{"isAdmin":true},'), /nyckeln "__proto__"/],
    ['constructor keys', report.replace('{', '{"constructor":{"prototype":{}},'), /nyckeln "(constructor|prototype)"/],
    ['wrong types', report.replace('"year":2022', '"year":"2022"'), /har inte en rapports innehåll \(fältet year\)/],
    ['a newer schemaVersion', report.replace(`"schemaVersion":${CURRENT_SCHEMA_VERSION}`, '"schemaVersion":7'), /nyare version av appen \(schemaVersion 7\)/],
    ['not JSON', '{"schemaVersion": 2, "id":', /inte giltig JSON/],
  ];

  test.each(badReports)('%s: a Swedish message; nothing is created and nothing existing changes', async (_name, text, message) => {
    const existing = await services.store.create({ committee: 'Befintlig', period: 'T1', year: 2022 });
    const before = (await services.store.list()).reports;
    await expect(services.imports.inspect('utkast.json', Buffer.from(text))).rejects.toThrow(message);
    expect((await services.store.list()).reports).toEqual(before);
    expect((await services.store.open(existing.id)).report).toEqual(existing);
  });

  test('a good report file comes in as a new report, even with the id of an existing one', async () => {
    const existing = await services.store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });
    const preview = await services.imports.inspect('utkast.json', Buffer.from(JSON.stringify({ ...existing, otherInformation: 'Från den andra datorn.' })));
    const imported = await services.imports.create({ token: preview.token });
    expect(imported.id).not.toBe(existing.id);
    expect(imported.otherInformation).toBe('Från den andra datorn.');
    expect((await services.store.open(existing.id)).report.otherInformation).toBe('');
    expect((await services.store.list()).reports).toHaveLength(2);
  });
});
