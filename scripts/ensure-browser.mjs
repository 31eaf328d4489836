// The end-to-end tests need a Chromium. Debian's (/usr/bin/chromium) is used where it is
// installed; elsewhere Playwright's own browser, downloaded once if it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()].filter(Boolean);
if (candidates.some((path) => existsSync(path))) process.exit(0);

console.error('Ingen Chromium hittades; hämtar Playwrights Chromium …');
const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (result.status !== 0) {
  console.error('Kunde inte hämta Chromium. Installera den (Debian/Ubuntu: sudo apt-get install chromium) eller sätt CHROMIUM_PATH.');
  process.exit(1);
}
