// For the submission tests: a report ready to send, the real receiver on 127.0.0.1, what it
// has stored, and waiting for the outbox to get somewhere.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startReceiver, type RunningReceiver } from '../../src-main/receiver/server.ts';
import { createReport } from '../../src-main/report/create.ts';
import type { Report } from '../../src-main/report/model.ts';
import type { ReportStore } from '../../src-main/store/report-store.ts';
import { DOCUMENT_WORKER } from './preview.ts';
import { CULTURE_SET_ID, testQuestionSet } from './question-sets.ts';

/** A report with nothing to review: it can be sent without confirming anything. */
export async function readyReport(store: ReportStore, committee = 'Kulturnämnden: kulturförvaltningen'): Promise<Report> {
  const report = await store.create({ committee, period: 'T2', year: 2026 });
  // The test set's questions, whatever question sets the store was given.
  report.focusAreas = createReport({ committee, period: 'T2', year: 2026, questionSet: testQuestionSet(CULTURE_SET_ID) }, new Date()).focusAreas;
  report.header = { committee, contactPerson: 'Moa Almerud', phone: '08-508 000 00', email: 'moa.almerud@stockholm.se' };
  for (const area of report.focusAreas)
    for (const question of area.questions) question.answer = `Förvaltningen har arbetat med fråga ${question.id}: 12 evenemang.`;
  await store.save(report);
  return report;
}

export function startTestReceiver(dataFolder: string, port = 0, requireKeys = false): Promise<RunningReceiver> {
  return startReceiver({ dataFolder, port, requireKeys, documentWorkerPath: DOCUMENT_WORKER, log: () => undefined });
}

export interface StoredVersion {
  folder: string;
  receipt: { receipt: string; reportId: string; idempotencyKeyHash: string };
}

/** Every version the receiver has made visible, read from its data folder. */
export async function storedVersions(receiverData: string): Promise<StoredVersion[]> {
  const root = join(receiverData, 'submissions');
  const entries = await readdir(root, { recursive: true }).catch(() => [] as string[]);
  const versions: StoredVersion[] = [];
  for (const entry of entries.filter((name) => name.endsWith('receipt.json'))) {
    const folder = join(root, entry, '..');
    versions.push({ folder, receipt: JSON.parse(await readFile(join(root, entry), 'utf8')) as StoredVersion['receipt'] });
  }
  return versions;
}

export async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
