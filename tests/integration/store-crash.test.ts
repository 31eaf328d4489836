// The draft store killed with SIGKILL between every two steps of every operation that touches
// more than one file (save, move to the trash, restore, duplicate, carry-over), then started
// again: every report is in exactly one place, readable, with its newest saved content, and
// nothing older comes back.
import { spawn } from 'node:child_process';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ReportStore } from '../../src-main/store/report-store.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { CULTURE_SET_ID, TEST_QUESTION_SETS } from '../support/question-sets.ts';

const CHILD = resolve(import.meta.dirname, '../support/store-child.ts');
type Operation = 'save' | 'trash' | 'restore' | 'duplicate' | 'carry-over';

let root: Awaited<ReturnType<typeof makeTempFolder>>;
let reportId = '';
let caseNumber = 0;

function runChild(
  dataFolder: string,
  operation: Operation,
  crash?: { step: string; count: number },
): Promise<{ signal: NodeJS.Signals | null; stdout: string }> {
  const args = ['--import', 'tsx', CHILD, dataFolder, operation, reportId, ...(crash ? [crash.step, String(crash.count)] : [])];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('exit', (_code, signal) => done({ signal, stdout }));
  });
}

/** A fresh copy of the prepared data folder: the report saved twice (a file and its .bak), in reports/ or in the trash. */
async function freshData(inTrash: boolean): Promise<string> {
  const folder = join(root.path, `case-${(caseNumber += 1)}`);
  await cp(join(root.path, inTrash ? 'template-trash' : 'template'), folder, { recursive: true });
  return folder;
}

async function namesIn(folder: string): Promise<string[]> {
  return (await readdir(folder).catch(() => [] as string[])).filter((name) => name.startsWith(reportId));
}

beforeAll(async () => {
  root = await makeTempFolder('rapport-store-crash-');
  const template = join(root.path, 'template');
  const store = new ReportStore({ dataFolder: template, questionSets: TEST_QUESTION_SETS });
  const report = await store.create({ committee: 'Kulturnämnden', period: 'T1', year: 2026, questionSetId: CULTURE_SET_ID });
  reportId = report.id;
  await store.save({ ...report, otherInformation: 'version 1' });
  await store.save({ ...report, otherInformation: 'version 2' });
  await store.flush();
  await cp(template, join(root.path, 'template-trash'), { recursive: true });
  await new ReportStore({ dataFolder: join(root.path, 'template-trash') }).moveToTrash(reportId);
});
afterAll(async () => {
  await root.remove();
});

async function stepsOf(operation: Operation): Promise<{ step: string; count: number }[]> {
  const run = await runChild(await freshData(operation === 'restore'), operation);
  expect(run.stdout).toContain('done');
  return [...run.stdout.matchAll(/^step (\S+) (\d+)$/gm)].map((match) => ({ step: match[1] ?? '', count: Number(match[2]) }));
}

/** What must hold after any crash and a restart. */
async function checkAfterRestart(dataFolder: string, operation: Operation): Promise<void> {
  const store = new ReportStore({ dataFolder });
  const listing = await store.list();
  expect(listing.unavailable).toEqual([]);
  expect(listing.notices).toEqual([]);
  const inReports = await namesIn(join(dataFolder, 'reports'));
  const inTrash = await namesIn(join(dataFolder, 'trash'));
  // Exactly one place, never both, never neither.
  expect(inReports.length === 0 || inTrash.length === 0, `${inReports.join(',')} | ${inTrash.join(',')}`).toBe(true);
  expect(inReports.length + inTrash.length).toBeGreaterThan(0);

  if (inReports.length > 0) {
    const { report } = await store.open(reportId);
    const expected = operation === 'save' ? ['version 2', 'version 3'] : ['version 2'];
    expect(expected).toContain(report.otherInformation);
    expect(listing.reports.map((summary) => summary.id)).toContain(reportId);
  } else {
    const trashed = await store.listTrash();
    expect(trashed.map((summary) => summary.id)).toEqual([reportId]);
    const text = await readFile(join(dataFolder, 'trash', `${reportId}.json`), 'utf8');
    expect((JSON.parse(text) as { otherInformation: string }).otherInformation).toBe('version 2');
  }
  // Every other report is whole: a derived report either exists completely or not at all.
  for (const summary of listing.reports) await expect(store.open(summary.id)).resolves.toBeDefined();
  expect(await readdir(join(dataFolder, 'moves')).catch(() => [])).toEqual([]);
  // And the store still works: the interrupted operation can be done (again).
  if (inReports.length > 0) await store.moveToTrash(reportId);
  else await store.restoreFromTrash(reportId);
}

describe.each<Operation>(['save', 'trash', 'restore', 'duplicate', 'carry-over'])('killed during %s', (operation) => {
  test('at every step, then started again', async () => {
    const steps = await stepsOf(operation);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    for (const crash of steps) {
      const dataFolder = await freshData(operation === 'restore');
      const run = await runChild(dataFolder, operation, crash);
      expect(run.signal, `${crash.step} ${crash.count}`).toBe('SIGKILL');
      await checkAfterRestart(dataFolder, operation);
    }
  }, 120_000);
});
