import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ExportPlatform } from '../../src-main/export/export-service.ts';
import { createServices, type Services } from '../../src-main/services.ts';
import { ReportStore } from '../../src-main/store/report-store.ts';
import { assertDocxWellFormed } from '../support/docx-check.ts';
import { DOCUMENT_WORKER } from '../support/preview.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let services: Services;
const opened: string[] = [];
let answer: string | undefined;

// Stands in for the OS save dialog and file handlers, which cannot run here.
const platform: ExportPlatform = {
  chooseSavePath: async () => answer,
  openFile: async (path) => void opened.push(`open ${path}`),
  showInFolder: async (path) => void opened.push(`folder ${path}`),
};

beforeEach(async () => {
  folder = await makeTempFolder('rapport-export-service-');
  services = createServices({ dataFolder: folder.path, documentWorkerPath: DOCUMENT_WORKER, exportPlatform: platform });
  opened.length = 0;
});
afterEach(async () => {
  await services.close();
  await folder.remove();
});

describe('export service', () => {
  test('exports the saved report in the worker to the chosen path (adding .docx), then opens it or shows its folder', async () => {
    const report = await services.store.create({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'VB', year: 2022 });
    await services.store.save({ ...report, otherInformation: 'Sparat före exporten.' });
    answer = join(folder.path, 'min rapport');
    const exported = await services.exports.exportDocx(report.id);
    expect(exported).toEqual({ path: `${answer}.docx`, canOpen: true, notices: [] });
    const parts = await assertDocxWellFormed(await readFile(`${answer}.docx`));
    expect(parts.get('word/document.xml')).toContain('Sparat före exporten.');

    await services.exports.open(`${answer}.docx`);
    await services.exports.showInFolder(`${answer}.docx`);
    expect(opened).toEqual([`open ${answer}.docx`, `folder ${answer}.docx`]);
  });

  test('a cancelled dialog exports nothing; only files exported here can be opened', async () => {
    const report = await services.store.create({ committee: 'K', period: 'T1', year: 2023 });
    answer = undefined;
    expect(await services.exports.exportDocx(report.id)).toBeNull();
    await expect(services.exports.open(join(folder.path, 'reports', `${report.id}.json`))).rejects.toThrow('Den filen kan inte öppnas härifrån.');
    expect(opened).toEqual([]);
  });

  test('exports of several reports at once all complete, each with its own content', async () => {
    const reports = await Promise.all(['A', 'B', 'C', 'D'].map((name) => services.store.create({ committee: `Nämnd ${name}`, period: 'T2', year: 2024 })));
    let counter = 0;
    platform.chooseSavePath = async () => join(folder.path, `samtidig-${counter++}.docx`);
    const results = await Promise.all(reports.map((report) => services.exports.exportDocx(report.id)));
    for (const result of results) {
      if (!result) throw new Error('every export has a path');
      const xml = (await assertDocxWellFormed(await readFile(result.path))).get('word/document.xml') ?? '';
      expect(xml).toMatch(/Nämnd [ABCD]/);
    }
    platform.chooseSavePath = async () => answer;
  });

  test('an export that reads a damaged report brings the recovery notice with it, and no later call repeats it', async () => {
    const report = await services.store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2024 });
    await services.store.save({ ...report, otherInformation: 'version 1' });
    await services.store.save({ ...report, otherInformation: 'version 2' });
    await services.close();
    await writeFile(join(folder.path, 'reports', `${report.id}.json`), '');
    services = createServices({ dataFolder: folder.path, documentWorkerPath: DOCUMENT_WORKER, exportPlatform: platform });

    answer = join(folder.path, 'efter skadan.docx');
    const exported = await services.exports.exportDocx(report.id);
    expect(exported?.notices).toEqual([
      expect.stringMatching(/Rapportfilen för Kulturnämnden T2 2024 var tom.*senast sparade fungerande kopian har återställts/),
    ]);
    expect((await assertDocxWellFormed(await readFile(answer))).get('word/document.xml')).toContain('version 1');
    expect((await services.store.list()).notices).toEqual([]);
    expect((await services.store.open(report.id)).notices).toEqual([]);
  });

  test('notices found while listing come back with the list, not with a later call', async () => {
    const report = await services.store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2024 });
    await services.store.save({ ...report, otherInformation: 'version 1' });
    await services.store.save({ ...report, otherInformation: 'version 2' });
    await writeFile(join(folder.path, 'reports', `${report.id}.json`), '\0\0\0');
    const store = new ReportStore({ dataFolder: folder.path });
    expect((await store.list()).notices).toHaveLength(1);
    expect((await store.open(report.id)).notices).toEqual([]);
  });
});
