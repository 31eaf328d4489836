import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { migrateToCurrent, migrateV1ToV2, migrateV2ToV3, migrateV3ToV4, migrateV4ToV5 } from '../../src-main/report/migrations.ts';
import { CURRENT_SCHEMA_VERSION } from '../../src-main/report/model.ts';
import { ReportStore } from '../../src-main/store/report-store.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

// A report exactly as version 1 of the app wrote it.
const V1_FILE = {
  schemaVersion: 1,
  id: '2b7f4e0c-5a8e-4d51-9a33-1f0e2d3c4b5a',
  createdAt: '2022-05-02T08:00:00.000Z',
  updatedAt: '2022-05-03T09:30:00.000Z',
  period: 'T1',
  year: 2022,
  header: { committee: 'Kulturnämnden: kulturförvaltningen', contactPerson: 'Moa Almerud', phone: '', email: 'moa.almerud@stockholm.se' },
  focusAreas: [{ number: 1, questions: [{ id: 'q1', text: 'Beskriv arbetet.', answer: 'Svar från T1.' }] }],
  otherInformation: '',
};

describe('migrations', () => {
  test('v1 -> v2 only moves the version: v1 has no carried-over answers', () => {
    expect(migrateV1ToV2(V1_FILE)).toEqual({ ...V1_FILE, schemaVersion: 2 });
    expect(migrateToCurrent(V1_FILE, CURRENT_SCHEMA_VERSION)).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION });
  });

  test('v2 -> v3 adds an empty list of versions sent: nothing was sent from an app without sending', () => {
    const v2 = migrateV1ToV2(V1_FILE);
    expect(migrateV2ToV3(v2)).toEqual({ ...v2, schemaVersion: 3, submissions: [] });
    expect(migrateToCurrent(V1_FILE, CURRENT_SCHEMA_VERSION)).toMatchObject({ submissions: [] });
  });

  test('v3 -> v4 only moves the version: a v3 report is no named copy', () => {
    const v3 = migrateV2ToV3(migrateV1ToV2(V1_FILE));
    expect(migrateV3ToV4(v3)).toEqual({ ...v3, schemaVersion: 4 });
  });

  test('v4 -> v5 only moves the version: a v4 question has no identity, its id was made for that report alone', () => {
    const v4 = migrateV3ToV4(migrateV2ToV3(migrateV1ToV2(V1_FILE)));
    expect(migrateV4ToV5(v4)).toEqual({ ...v4, schemaVersion: 5 });
    expect(migrateToCurrent(V1_FILE, CURRENT_SCHEMA_VERSION)).toMatchObject({ focusAreas: [{ questions: [{ id: 'q1' }] }] });
    expect(JSON.stringify(migrateToCurrent(V1_FILE, CURRENT_SCHEMA_VERSION))).not.toContain('identity');
  });

  test('a newer or unknown version passes through untouched, to be refused by the reader', () => {
    const newer = { ...V1_FILE, schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    expect(migrateToCurrent(newer, CURRENT_SCHEMA_VERSION)).toBe(newer);
    expect(migrateToCurrent('text', CURRENT_SCHEMA_VERSION)).toBe('text');
  });

  test('a v1 file on disk opens as it was, and is written in the current version on its next save', async () => {
    const folder = await makeTempFolder();
    const file = join(folder.path, 'reports', `${V1_FILE.id}.json`);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(folder.path, 'reports'));
    await writeFile(file, JSON.stringify(V1_FILE));
    const store = new ReportStore({ dataFolder: folder.path });
    const { report, readOnly } = await store.open(V1_FILE.id);
    expect(readOnly).toBe(false);
    expect(report.focusAreas[0]?.questions[0]?.answer).toBe('Svar från T1.');
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(1);
    await store.save(report);
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    await folder.remove();
  });
});
