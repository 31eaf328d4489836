// The user guide's pictures (docs/anvandarguide.md), taken by the guide's own walk through the
// app. Each run takes them into the test's output folder; `npm run screenshots` keeps them in
// docs/bilder/, where the guide and the README show them.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

const run = promisify(execFile);
const GUIDE_PICTURES = resolve(import.meta.dirname, '../../docs/bilder');

/** Where a picture goes: docs/bilder/ when asked to keep them, else the test's output folder. */
function picturePath(name: string, testInfo: TestInfo): string {
  return process.env.SAVE_GUIDE_PICTURES === '1' ? join(GUIDE_PICTURES, `${name}.png`) : testInfo.outputPath(`${name}.png`);
}

/** The window as it is, or one part of it; the text cursor is hidden, so a picture does not depend on its blink. */
export async function picture(target: Page | Locator, name: string, testInfo: TestInfo, options: { fullPage?: boolean } = {}): Promise<void> {
  await target.screenshot({ path: picturePath(name, testInfo), caret: 'hide', animations: 'disabled', ...options });
}

/** Scrolls so that the element stands at the top of the window, as a reader would look at it. */
export async function scrollToTop(target: Locator): Promise<void> {
  await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
}

/**
 * A page of an exported document as LibreOffice prints it (to PDF, then drawn by pdftoppm);
 * the page must show the given text, so the picture is the page the guide means.
 */
export async function documentPicture(documentPath: string, name: string, testInfo: TestInfo, { page, shows }: { page: number; shows: string }): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'rapport-guide-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, documentPath], {
      timeout: 120_000,
    });
    const pdf = join(work, basename(documentPath).replace(/\.docx$/, '.pdf'));
    const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']);
    expect(stdout, `page ${page} of ${basename(documentPath)}`).toContain(shows);
    await run('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', pdf, picturePath(name, testInfo).replace(/\.png$/, '')]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
