// Launches the real Electron app where an Electron binary exists (a developer laptop, or a
// machine with ELECTRON_OVERRIDE_DIST_PATH set). Elsewhere it is skipped, and says why.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');

function electronBinary(): string | undefined {
  const packageFolder = join(ROOT, 'node_modules/electron');
  const pathFile = join(packageFolder, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, relative) : join(packageFolder, 'dist', relative);
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const SKIP_REASON = 'No Electron binary on this machine (it cannot be downloaded here); set ELECTRON_OVERRIDE_DIST_PATH to run this test.';

test.describe('the Electron app', () => {
  test('starts, shows "Mina rapporter", saves a report through IPC, and flushes on close', async () => {
    if (binary === undefined) {
      console.log(`Electron smoke test skipped: ${SKIP_REASON}`);
      test.skip(true, SKIP_REASON);
      return;
    }
    const userData = await mkdtemp(join(tmpdir(), 'rapport-electron-'));
    const app = await electron.launch({
      executablePath: binary,
      args: [ROOT, `--data=${userData}`],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Mina rapporter' })).toBeVisible();
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');

    await window.getByRole('button', { name: 'Ny rapport' }).click();
    await window.getByLabel('Nämnd').fill('Kulturnämnden: kulturförvaltningen');
    await window.getByRole('button', { name: 'Skapa rapport' }).click();
    await window.getByLabel('Kontaktperson för eventuella frågor', { exact: true }).fill('Sparas vid stängning');
    await app.close();

    const reports = join(userData, 'reports');
    const [file] = (await readdir(reports)).filter((name) => name.endsWith('.json'));
    const saved = JSON.parse(await readFile(join(reports, file ?? ''), 'utf8')) as { header: { contactPerson: string } };
    expect(saved.header.contactPerson).toBe('Sparas vid stängning');
    await rm(userData, { recursive: true, force: true });
  });
});
