// Each test gets its own preview server over a fresh data folder, and a page opened on it.
import { test as base, expect, type Page } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../../src-main/report/model.ts';
import { startPreview, type RunningPreview } from '../support/preview.ts';
import { EditorPage } from './pages/editor-page.ts';
import { ReportListPage } from './pages/report-list-page.ts';

interface Fixtures {
  preview: RunningPreview;
  app: { page: Page; list: ReportListPage; editor: EditorPage };
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from this pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  preview: async ({}, use) => {
    const preview = await startPreview();
    await use(preview);
    await preview.stop();
  },
  app: async ({ page, preview }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(preview.url);
    await use({ page, list: new ReportListPage(page), editor: new EditorPage(page) });
    expect(errors, 'no uncaught errors in the page').toEqual([]);
  },
});

export { expect };

export async function readReportFile(preview: RunningPreview, id: string): Promise<Report> {
  return JSON.parse(await readFile(join(preview.dataFolder, 'reports', `${id}.json`), 'utf8')) as Report;
}

/** The id of the one report in the data folder. */
export async function onlyReportId(preview: RunningPreview): Promise<string> {
  const names = (await readdir(join(preview.dataFolder, 'reports'))).filter((name) => name.endsWith('.json'));
  expect(names).toHaveLength(1);
  return (names[0] ?? '').replace('.json', '');
}
