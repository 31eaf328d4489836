import { open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src-main/report/model.ts';
import { ReportStore } from '../../src-main/store/report-store.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { CULTURE_SET_ID, TEST_QUESTION_SETS, SPORTS_SET_ID } from '../support/question-sets.ts';

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
let store: ReportStore;

beforeEach(async () => {
  folder = await makeTempFolder();
  store = new ReportStore({ dataFolder: folder.path, questionSets: TEST_QUESTION_SETS });
});

afterEach(async () => {
  await store.flush();
  await folder.remove();
});

function reportFile(id: string): string {
  return join(folder.path, 'reports', `${id}.json`);
}

async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

describe('report store', () => {
  test('a created and saved report is on disk and reads back exactly in a new store', async () => {
    const created = await store.create({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2022, questionSetId: CULTURE_SET_ID });
    const edited = structuredClone(created);
    edited.header.contactPerson = 'Moa Almerud';
    edited.otherInformation = 'Första stycket.\n\nAndra stycket 👩🏽‍💼 مرحبا';
    const firstQuestion = edited.focusAreas[0]?.questions[0];
    if (!firstQuestion) throw new Error('the question set has a question');
    firstQuestion.answer = 'Svar på första frågan.';
    const { savedAt } = await store.save(edited);

    const onDisk = await readJson(reportFile(created.id));
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(onDisk.otherInformation).toBe(edited.otherInformation);
    expect(onDisk.updatedAt).toBe(savedAt);

    const reopened = await new ReportStore({ dataFolder: folder.path }).open(created.id);
    expect(reopened.readOnly).toBe(false);
    expect(reopened.report).toEqual({ ...edited, updatedAt: savedAt });
  });

  test('lists reports with committee, period, save time and completeness, newest first', async () => {
    let clock = Date.parse('2022-05-01T10:00:00Z');
    store = new ReportStore({ dataFolder: folder.path, now: () => new Date((clock += 60_000)), questionSets: TEST_QUESTION_SETS });
    await store.create({ committee: 'Idrottsnämnden: idrottsförvaltningen', period: 'T1', year: 2022, questionSetId: SPORTS_SET_ID });
    const newer = await store.create({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2022 });
    const listing = await store.list();
    expect(listing.reports.map((report) => [report.committee, report.period, report.year])).toEqual([
      ['Kulturnämnden: kulturförvaltningen', 'T2', 2022],
      ['Idrottsnämnden: idrottsförvaltningen', 'T1', 2022],
    ]);
    expect(listing.reports[0]).toMatchObject({ id: newer.id, updatedAt: '2022-05-01T10:02:00.000Z', filled: 1, total: 5 });
    expect(listing.notices).toEqual([]);
  });

  test('duplicate makes an independent copy', async () => {
    const original = await store.create({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2022, questionSetId: CULTURE_SET_ID });
    const copy = await store.duplicate(original.id, 'Kopia');
    expect(copy.id).not.toBe(original.id);
    expect(copy.focusAreas.map((area) => area.questions.map((question) => question.text))).toEqual(
      original.focusAreas.map((area) => area.questions.map((question) => question.text)),
    );
    copy.header.contactPerson = 'Ändrad i kopian';
    await store.save(copy);
    expect((await store.open(original.id)).report.header.contactPerson).toBe('');
    expect((await store.list()).reports).toHaveLength(2);
  });

  test('a deleted report goes to the trash and can be restored, last good copy and all', async () => {
    const report = await store.create({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2022 });
    await store.save({ ...report, otherInformation: 'sparad text' });
    await store.moveToTrash(report.id);
    expect((await store.list()).reports).toEqual([]);
    expect((await store.listTrash()).map((summary) => summary.id)).toEqual([report.id]);
    expect((await readdir(join(folder.path, 'trash'))).sort()).toEqual([`${report.id}.json`, `${report.id}.json.bak`]);
    await expect(store.open(report.id)).rejects.toThrow('Rapporten finns inte längre');

    await store.restoreFromTrash(report.id);
    expect(await store.listTrash()).toEqual([]);
    expect((await store.open(report.id)).report.otherInformation).toBe('sparad text');
  });

  test('restoring from the trash never replaces a report that is already there', async () => {
    const report = await store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });
    await store.moveToTrash(report.id);
    // A file with the same id put back by hand, then "Återställ" pressed.
    await writeFile(reportFile(report.id), JSON.stringify({ ...report, otherInformation: 'den som redan finns' }));
    await expect(store.restoreFromTrash(report.id)).rejects.toThrow(/Det gick inte att återställa rapporten: det finns redan.*Ingen rapport har ändrats/);
    expect(JSON.parse(await readFile(reportFile(report.id), 'utf8')).otherInformation).toBe('den som redan finns');
    expect(await readdir(join(folder.path, 'trash'))).toContain(`${report.id}.json`);
  });

  test('saving unchanged content does not touch the file', async () => {
    const fixedTime = new Date('2022-05-01T10:00:00Z');
    store = new ReportStore({ dataFolder: folder.path, now: () => fixedTime });
    const report = await store.create({ committee: 'K', period: 'T1', year: 2023 });
    await store.save({ ...report, otherInformation: 'text' });
    const before = await stat(reportFile(report.id));
    await store.save({ ...report, otherInformation: 'text' });
    const after = await stat(reportFile(report.id));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  test('leaves no temporary files behind', async () => {
    const report = await store.create({ committee: 'K', period: 'T1', year: 2023 });
    for (let index = 0; index < 20; index += 1) await store.save({ ...report, otherInformation: `version ${index}` });
    expect((await readdir(join(folder.path, 'reports'))).sort()).toEqual([`${report.id}.json`, `${report.id}.json.bak`]);
  });

  test('rejects an id that is not a report id', async () => {
    await expect(store.open('../../etc/passwd')).rejects.toThrow();
  });
});

describe('damaged report files', () => {
  const damages: [string, string | Buffer][] = [
    ['empty', ''],
    ['NUL-filled', Buffer.alloc(4096)],
    ['truncated', '{"schemaVersion": 1, "id": "'],
    ['not JSON', 'det här är ingen rapport'],
    ['JSON of the wrong shape', '{"schemaVersion": 1, "header": 42}'],
  ];

  test.each(damages)('%s: the file is set aside unchanged, the last good copy is used, and the user is told', async (_name, damage) => {
    const report = await store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });
    await store.save({ ...report, otherInformation: 'version 1' });
    await store.save({ ...report, otherInformation: 'version 2' });
    await writeFile(reportFile(report.id), damage);

    const fresh = new ReportStore({ dataFolder: folder.path });
    const listing = await fresh.list();
    expect(listing.reports.map((summary) => summary.id)).toEqual([report.id]);
    expect(listing.notices).toHaveLength(1);
    expect(listing.notices[0]).toMatch(/har flyttats undan till .*set-aside.*senast sparade fungerande kopian har återställts/);
    expect((await fresh.open(report.id)).report.otherInformation).toBe('version 1');

    const setAside = await readdir(join(folder.path, 'set-aside'));
    expect(setAside).toHaveLength(1);
    expect(await readFile(join(folder.path, 'set-aside', setAside[0] ?? ''))).toEqual(Buffer.from(damage));
  });

  test('once recovered, the file and its last good copy are two files: an edit in place damages only the file, and it is recovered again', async () => {
    const report = await store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });
    await store.save({ ...report, otherInformation: 'version 1' });
    await store.save({ ...report, otherInformation: 'version 2' });
    await writeFile(reportFile(report.id), '');
    expect((await new ReportStore({ dataFolder: folder.path }).list()).notices).toHaveLength(1);
    expect((await stat(reportFile(report.id))).ino).not.toBe((await stat(`${reportFile(report.id)}.bak`)).ino);

    // A program that writes the file in place (the same inode), and breaks it.
    const handle = await open(reportFile(report.id), 'r+');
    await handle.write('{"trasig": ', 0);
    await handle.close();
    const again = await new ReportStore({ dataFolder: folder.path }).list();
    expect(again.reports.map((summary) => summary.id)).toEqual([report.id]);
    expect(again.notices).toEqual([expect.stringMatching(/senast sparade fungerande kopian har återställts/)]);
    expect((await readJson(reportFile(report.id))).otherInformation).toBe('version 1');
  });

  test('a report file deleted behind the app’s back, with its .bak left, comes back from the .bak, and the user is told', async () => {
    const report = await store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });
    await store.save({ ...report, otherInformation: 'version 1' });
    await store.save({ ...report, otherInformation: 'version 2' });
    await rm(reportFile(report.id));

    const listing = await new ReportStore({ dataFolder: folder.path }).list();
    expect(listing.reports.map((summary) => summary.id)).toEqual([report.id]);
    expect(listing.notices).toEqual([expect.stringMatching(/^Rapportfilen för Kulturnämnden T2 2022 saknades .*senast sparade kopian har återställts/)]);
    expect((await readJson(reportFile(report.id))).otherInformation).toBe('version 1');
  });

  test('without a good copy the damaged file is still set aside and the user is told there was none', async () => {
    const report = await store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });
    await writeFile(reportFile(report.id), '{"schemaVersion": 1');
    await writeFile(`${reportFile(report.id)}.bak`, '');
    const listing = await new ReportStore({ dataFolder: folder.path }).list();
    expect(listing.reports).toEqual([]);
    expect(listing.notices[0]).toMatch(/Det fanns ingen tidigare kopia/);
    expect(await readdir(join(folder.path, 'set-aside'))).toHaveLength(1);
  });
});

describe('a report from a newer version of the app', () => {
  test('opens read-only, refuses to save, and its file is never changed', async () => {
    const report = await store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });
    const newer = JSON.stringify({
      ...report,
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      otherInformation: 'skrivet i version 2',
      attachments: ['ny funktion'],
    });
    await writeFile(reportFile(report.id), newer);

    const fresh = new ReportStore({ dataFolder: folder.path });
    const listing = await fresh.list();
    expect(listing.reports[0]).toMatchObject({ id: report.id, readOnly: true });
    const opened = await fresh.open(report.id);
    expect(opened.readOnly).toBe(true);
    expect(opened.report.otherInformation).toBe('skrivet i version 2');
    await expect(fresh.save(opened.report)).rejects.toThrow('nyare version av appen');
    await expect(fresh.duplicate(report.id, 'Kopia')).rejects.toThrow('nyare version av appen');
    expect(await readFile(reportFile(report.id), 'utf8')).toBe(newer);
  });

  test('a newer file this version cannot read at all is left alone and named in a notice', async () => {
    const report = await store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });
    const newer = JSON.stringify({ schemaVersion: 7, id: report.id, sections: [] });
    await writeFile(reportFile(report.id), newer);
    const listing = await new ReportStore({ dataFolder: folder.path }).list();
    expect(listing.reports).toEqual([]);
    expect(listing.unavailable).toEqual([{ id: report.id, message: expect.stringMatching(/nyare version av appen.*kan inte visas/) }]);
    expect(await readFile(reportFile(report.id), 'utf8')).toBe(newer);
  });
});

describe('who may read the drafts', () => {
  test.skipIf(process.platform === 'win32')('report files are readable by the user alone (0600), their folders too (0700)', async () => {
    const report = await store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2022 });
    await store.save({ ...report, otherInformation: 'hemligt' });
    await store.moveToTrash(report.id);
    await store.restoreFromTrash(report.id);
    const { stat } = await import('node:fs/promises');
    for (const file of [reportFile(report.id), `${reportFile(report.id)}.bak`]) expect((await stat(file)).mode & 0o777, file).toBe(0o600);
    for (const sub of ['reports', 'trash', 'moves']) expect((await stat(join(folder.path, sub))).mode & 0o777, sub).toBe(0o700);
  });
});

describe('one report for each organisation and period', () => {
  test('a second one is refused with a Swedish message, unless it is a copy with a name of its own', async () => {
    await store.create({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T1', year: 2026 });
    await expect(store.create({ committee: 'kulturnämnden', period: 'T1', year: 2026 })).rejects.toMatchObject({
      code: 'already-exists',
      message: expect.stringMatching(
        /^Det finns redan en rapport för Kulturnämnden T1 2026, senast sparad \d{4}-\d\d-\d\d\. Öppna den, eller skapa en kopia med ett eget namn\.$/,
      ),
    });
    const copy = await store.create({ committee: 'Kulturnämnden', period: 'T1', year: 2026, copyName: 'Andra utkastet' });
    expect(copy.copyName).toBe('Andra utkastet');
    await expect(store.create({ committee: 'Kulturnämnden', period: 'T1', year: 2026, copyName: 'andra  utkastet' })).rejects.toMatchObject({
      code: 'already-exists',
    });
    // Another period, another organisation, or no organisation yet: no conflict.
    await store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2026 });
    await store.create({ committee: 'Idrottsnämnden', period: 'T1', year: 2026 });
    await store.create({ committee: '', period: 'T1', year: 2026 });
    await store.create({ committee: '', period: 'T1', year: 2026 });
    expect((await store.list()).reports).toHaveLength(6);
  });

  test('starting the next period where it exists is refused; two at once cannot both take the place', async () => {
    const t1 = await store.create({ committee: 'Kulturnämnden', period: 'T1', year: 2026 });
    const results = await Promise.allSettled([
      store.carryOver(t1.id),
      store.carryOver(t1.id),
      store.create({ committee: 'Kulturnämnden', period: 'T2', year: 2026 }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect((await store.list()).reports.filter((report) => report.period === 'T2')).toHaveLength(1);
  });
});
