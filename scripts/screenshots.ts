// `npm run screenshots`: pictures of the app and of a real Word export (through LibreOffice
// and pdftoppm) for the README, with the culture committee's 2022 example filled in.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startPreview } from '../tests/support/preview.ts';

const OUTPUT = resolve(import.meta.dirname, '../resources/screenshots');
const run = promisify(execFile);

const preview = await startPreview();
const { store } = preview.services;
const report = await store.create({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2022, questionSetId: 'kulturnamnden-2022' });
report.header = { committee: 'Kulturnämnden: kulturförvaltningen', contactPerson: 'Moa Almerud', phone: '', email: 'moa.almerud@stockholm.se' };
const [first] = report.focusAreas[0]?.questions ?? [];
if (first) {
  first.answer =
    'Förvaltningens arbete med att stärka de kulturella och kreativa näringarnas förutsättningar har pågått planenligt. En projektgrupp med representanter från berörda förvaltningar och bolag har tillsats och leds av förvaltningens kulturlots.\n\nUnder 2022 har Film Stockholm AB fördelat stöd till totalt 20 produktioner. Av dessa har x haft premiär 2022.';
}
await store.save(report);
await store.create({ committee: 'Idrottsnämnden: idrottsförvaltningen', period: 'T1', year: 2022, questionSetId: 'idrottsnamnden-2022' });

const browser = await chromium.launch({ ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
await page.goto(preview.url);
await page.getByRole('heading', { name: 'Mina rapporter' }).waitFor();
await page.screenshot({ path: resolve(OUTPUT, 'mina-rapporter.png') });
await page.getByRole('button', { name: /^Öppna Kulturnämnden/ }).click();
await page.getByLabel('Svar på fråga 1.1', { exact: true }).scrollIntoViewIfNeeded();
await page.getByLabel('Svar på fråga 1.1', { exact: true }).focus();
await page.waitForTimeout(300);
await page.screenshot({ path: resolve(OUTPUT, 'rapport.png') });
await browser.close();

// A real export, as LibreOffice renders it: first page of the PDF, as PNG.
const exported = await preview.services.exports.exportDocx(report.id);
if (exported) {
  const work = await mkdtemp(join(tmpdir(), 'rapport-screenshot-'));
  await run('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, exported.path]);
  const pdf = join(work, basename(exported.path).replace(/\.docx$/, '.pdf'));
  await run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, resolve(OUTPUT, 'word-export')]);
  await rm(work, { recursive: true, force: true });
}
await preview.stop();
console.log(`Skärmbilder sparade i ${OUTPUT}`);
