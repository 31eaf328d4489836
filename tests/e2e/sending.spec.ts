// Review and send, as a user does it in the real UI, to the project's own receiver on
// 127.0.0.1; and the settings, the outbox and the e-mail draft.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { simpleParser } from 'mailparser';
import type { RunningReceiver } from '../../src-main/receiver/server.ts';
import { addSender } from '../../src-main/receiver/senders.ts';
import { freePort } from '../support/ports.ts';
import { startTestReceiver, storedVersions } from '../support/sending.ts';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { expect, onlyReportId, readReportFile, test } from './fixtures.ts';
import type { EditorPage } from './pages/editor-page.ts';
import type { ReportListPage } from './pages/report-list-page.ts';
import { CULTURE_SET_NAME } from '../support/question-sets.ts';

const COMMITTEE = 'Kulturnämnden: kulturförvaltningen';

async function withReceiver(run: (receiver: RunningReceiver, data: string) => Promise<void>, port = 0): Promise<void> {
  const data = await mkdtemp(join(tmpdir(), 'rapport-e2e-receiver-'));
  const receiver = await startTestReceiver(data, port);
  try {
    await run(receiver, data);
  } finally {
    await receiver.close();
    await rm(data, { recursive: true, force: true });
  }
}

async function setReceiver(page: Page, url: string): Promise<void> {
  await page.getByRole('button', { name: 'Inställningar' }).click();
  await page.getByLabel('Mottagningsadress').fill(url);
  await page.getByRole('button', { name: 'Spara inställningar' }).click();
  await expect(page.getByRole('heading', { name: 'Mina rapporter' })).toBeVisible();
}

async function fillReport(app: { page: Page; list: ReportListPage; editor: EditorPage }): Promise<void> {
  await app.list.createReport({ committee: COMMITTEE, period: 'T2', year: 2026, questionSet: CULTURE_SET_NAME });
  await app.editor.field('Kontaktperson för eventuella frågor').fill('Moa Almerud');
  await app.editor.field('Telefon').fill('08-508 000 00');
  await app.editor.field('E-post').fill('moa.almerud@stockholm.se');
  await app.editor.answer('1.1').fill('Vi har stärkt de kreativa näringarna med 12 evenemang.');
  await app.editor.answer('3.1').fill('Platssamverkan i tre stadsdelar.');
  await app.editor.waitUntilSaved();
}

test('a complete report: "Skicka in" sends it once, and the receipt shows in the editor and the list', async ({ app, preview }) => {
  await withReceiver(async (receiver, data) => {
    await setReceiver(app.page, receiver.url);
    await fillReport(app);
    await app.page.getByRole('button', { name: 'Skicka in' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Granska innan du skickar' });
    await expect(dialog).toContainText('Allt är ifyllt.');
    await dialog.getByRole('button', { name: 'Skicka in' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.page.getByRole('status').filter({ hasText: /Version 1 mottagen .*, kvitto 2026-T2-\d{6}/ })).toBeVisible({ timeout: 10_000 });
    const versions = await storedVersions(data);
    expect(versions).toHaveLength(1);
    const id = await onlyReportId(preview);
    expect((await readReportFile(preview, id)).submissions).toEqual([expect.objectContaining({ version: 1, receipt: versions[0]?.receipt.receipt })]);

    await app.editor.backToList();
    await expect(app.list.row(`${COMMITTEE} T2 2026`)).toContainText(`Version 1, kvitto ${versions[0]?.receipt.receipt ?? ''}`);
    await expect(app.page.getByRole('region', { name: 'Utkorg' })).toContainText(/Version 1 mottagen/);
  });
});

test('findings: the panel takes the user to the "x" with it selected; sending asks "Skicka ändå"; without an e-mail it cannot be sent', async ({ app }) => {
  await withReceiver(async (receiver, data) => {
    await setReceiver(app.page, receiver.url);
    await fillReport(app);
    await app.editor.answer('3.1').fill('Av dessa har x haft premiär.');
    await app.editor.field('Telefon').fill('');
    await app.editor.waitUntilSaved();

    await app.editor.missing.getByRole('button', { name: 'Svar på fråga 3.1 innehåller "x" där ett tal ska stå.' }).click();
    const answer = app.editor.answer('3.1');
    await expect(answer).toBeFocused();
    expect(await answer.evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd))).toBe('x');
    await expect(app.editor.missing).toContainText('Telefon är tomt.');

    await app.page.getByRole('button', { name: 'Skicka in' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Granska innan du skickar' });
    await expect(dialog.getByRole('list', { name: 'Att åtgärda' })).toContainText('Svar på fråga 3.1 innehåller "x" där ett tal ska stå.');
    await expect(dialog.getByRole('list', { name: 'Att kontrollera' })).toContainText('Telefon är tomt.');
    await expect(dialog.getByRole('button', { name: 'Skicka in' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    await app.editor.field('E-post').fill('');
    await app.editor.waitUntilSaved();
    await app.page.getByRole('button', { name: 'Skicka in' }).click();
    await expect(dialog).toContainText('Rapporten kan inte skickas förrän nämnd, kontaktperson och e-post är ifyllda');
    await expect(dialog.getByRole('button', { name: /Skicka/ })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    await app.editor.field('E-post').fill('moa.almerud@stockholm.se');
    await app.editor.waitUntilSaved();
    await app.page.getByRole('button', { name: 'Skicka in' }).click();
    await dialog.getByRole('button', { name: 'Skicka ändå' }).click();
    await expect(app.page.getByRole('status').filter({ hasText: /kvitto 2026-T2-\d{6}/ })).toBeVisible({ timeout: 10_000 });
    expect(await storedVersions(data)).toHaveLength(1);
  });
});

test('settings are checked beside each field in Swedish; a wrong value is not saved', async ({ app, preview }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Inställningar' }).click();
  const address = page.getByLabel('Mottagningsadress');
  await address.fill('http://rapporter.stockholm.se/inlamning');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription(/Adressen måste börja med https:\/\//);
  const email = page.getByLabel('Samordnarens e-post');
  await email.fill('moa@');
  await expect(email).toHaveAccessibleDescription(/"moa@" är ingen e-postadress\./);
  await page.getByRole('button', { name: 'Spara inställningar' }).click();
  await expect(page.getByRole('heading', { name: 'Inställningar' })).toBeVisible();
  expect(await readdir(preview.dataFolder).catch(() => [])).not.toContain('settings.json');

  await address.fill('https://rapporter.stockholm.se/inlamning');
  await email.fill('naringsliv@stockholm.se');
  await expect(address).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('button', { name: 'Spara inställningar' }).click();
  await expect(page.getByRole('heading', { name: 'Mina rapporter' })).toBeVisible();
  expect(JSON.parse(await readFile(join(preview.dataFolder, 'settings.json'), 'utf8'))).toMatchObject({
    receiverUrl: 'https://rapporter.stockholm.se/inlamning',
    coordinatorEmail: 'naringsliv@stockholm.se',
  });
});

test('"Testa anslutningen" says, before anything is sent, whether the receiver answers and whose the key is', async ({ app }) => {
  const data = await mkdtemp(join(tmpdir(), 'rapport-e2e-receiver-'));
  const { key } = await addSender(data, 'Kulturnämnden', new Date());
  const receiver = await startTestReceiver(data, 0, true);
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByLabel('Mottagningsadress').fill(receiver.url);
    await page.getByLabel('Avsändarnyckel', { exact: true }).fill('fel-nyckel-12345');
    await page.getByRole('button', { name: 'Testa anslutningen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'svarade, men godtog inte avsändarnyckeln' })).toBeVisible();
    await page.getByLabel('Avsändarnyckel', { exact: true }).fill(key);
    await page.getByRole('button', { name: 'Testa anslutningen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Anslutningen fungerar' })).toContainText('avsändarnyckeln hör till Kulturnämnden');
    expect(await storedVersions(data)).toEqual([]);
  } finally {
    await receiver.close();
    await rm(data, { recursive: true, force: true });
  }
});

test('with the receiver down, the outbox shows the version waiting and why; "Återkalla" takes it back', async ({ app }) => {
  const port = await freePort();

  await setReceiver(app.page, `http://127.0.0.1:${port}/inlamning`);
  await fillReport(app);
  await app.page.getByRole('button', { name: 'Skicka in' }).click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Skicka in' }).click();
  await expect(
    app.page.getByRole('status').filter({ hasText: /Version 1 väntar: Mottagaren 127\.0\.0\.1:\d+ svarar inte: den är avstängd eller adressen är fel/ }),
  ).toBeVisible({
    timeout: 10_000,
  });
  await app.editor.backToList();
  const outbox = app.page.getByRole('region', { name: 'Utkorg' });
  await expect(outbox).toContainText('svarar inte: den är avstängd eller adressen är fel');
  await expect(app.list.row(`${COMMITTEE} T2 2026`)).toContainText('Version 1 i utkorgen');
  // The next try is told as it is, in seconds, while it retries each second.
  await expect(outbox).toContainText(/Nästa försök om (en sekund|\d+ sekunder)\./);
  await outbox.getByRole('button', { name: `Återkalla ${COMMITTEE} T2 2026 version 1` }).click();
  await expect(outbox).toContainText('Inget har skickats in härifrån ännu.');
  await expect(outbox.getByRole('heading', { name: 'Utkorg' })).toBeFocused();
  await expect(app.list.row(`${COMMITTEE} T2 2026`)).toContainText('Nej');
});

test('the list follows the outbox: a waiting version sent once the receiver is up shows its receipt on the report’s row, without reading the list again', async ({
  app,
}) => {
  const port = await freePort();

  await setReceiver(app.page, `http://127.0.0.1:${port}/inlamning`);
  await fillReport(app);
  await app.page.getByRole('button', { name: 'Skicka in' }).click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Skicka in' }).click();
  await app.editor.backToList();
  const row = app.list.row(`${COMMITTEE} T2 2026`);
  await expect(row).toContainText('Version 1 i utkorgen');

  await withReceiver(async (_receiver, data) => {
    await expect(app.page.getByRole('region', { name: 'Utkorg' })).toContainText('Version 1 mottagen', { timeout: 15_000 });
    const [stored] = await storedVersions(data);
    await expect(row).toContainText(`Version 1, kvitto ${stored?.receipt.receipt ?? 'saknas'}`);
    await expect(row).not.toContainText('i utkorgen');
  }, port);
});

test('settings that are slow to load: the form waits for them, so nothing typed is replaced by the stored values', async ({ app }) => {
  const { page } = app;
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/settings%3Aget', async (route) => {
    const answer = await route.fetch();
    await held;
    await route.fulfill({ response: answer });
  });
  await page.getByRole('button', { name: 'Inställningar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Läser inställningarna' })).toBeVisible();
  await expect(page.getByLabel('Mottagningsadress')).toHaveCount(0);
  release();
  const address = page.getByLabel('Mottagningsadress');
  await address.fill('https://rapporter.stockholm.se/inlamning');
  await expect(address).toHaveValue('https://rapporter.stockholm.se/inlamning');
  await page.unrouteAll();
});

test('"Skicka med e-post" writes the draft with the document attached, and offers the mail program', async ({ app, preview }) => {
  await fillReport(app);
  await app.page.getByRole('button', { name: 'Skicka med e-post' }).click();
  const notice = app.page.getByRole('status').filter({ hasText: 'E-postutkastet sparades som' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Öppna e-postprogrammet' })).toBeVisible();
  const files = await readdir(join(preview.dataFolder, 'e-post'));
  expect(files.sort()).toEqual([
    'Uppföljningsrapport näringsliv – Kulturnämnden – T2 2026.docx',
    'Uppföljningsrapport näringsliv – Kulturnämnden – T2 2026.eml',
  ]);
  // The subject says the period in the words of the document's header: "T2 2026".
  const draft = await simpleParser(await readFile(join(preview.dataFolder, 'e-post', 'Uppföljningsrapport näringsliv – Kulturnämnden – T2 2026.eml')));
  expect(draft.subject).toBe('Uppföljningsrapport näringsliv – Kulturnämnden – T2 2026');
});

test('sending the same content again asks first, naming the receipt the city gave it; only "Skicka igen ändå" makes a new version', async ({ app }) => {
  await withReceiver(async (receiver, data) => {
    const { page } = app;
    await setReceiver(page, receiver.url);
    await fillReport(app);
    const submit = page.getByRole('button', { name: 'Skicka in', exact: true }).first();
    const dialog = page.getByRole('dialog', { name: 'Granska innan du skickar' });
    await submit.click();
    await dialog.getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Version 1 mottagen/ })).toBeVisible({ timeout: 10_000 });
    const [first] = await storedVersions(data);

    // Nothing changed: the dialog says the city holds it, with its receipt, and "Avbryt" has the focus.
    await submit.click();
    await dialog.getByRole('button', { name: 'Skicka in' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      `Staden har redan version 1 med exakt detta innehåll (kvitto ${first?.receipt.receipt ?? 'saknas'}, mottagen `,
    );
    await expect(dialog.getByRole('alert')).toContainText('Skickar du igen blir det version 2, med ett nytt kvitto.');
    await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await expectNoSeriousAxeViolations(page, 'the review asking before the same content is sent again');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    expect(await storedVersions(data)).toHaveLength(1);

    // Asked and answered: version 2, a new receipt.
    await submit.click();
    await dialog.getByRole('button', { name: 'Skicka in' }).click();
    await dialog.getByRole('button', { name: 'Skicka igen ändå' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Version 2 mottagen/ })).toBeVisible({ timeout: 10_000 });
    const versions = await storedVersions(data);
    expect(versions).toHaveLength(2);
    expect(new Set(versions.map((version) => version.receipt.receipt)).size).toBe(2);

    // Changed: sent without a question.
    await app.editor.field('Övriga upplysningar').fill('Ett tillägg.');
    await app.editor.waitUntilSaved();
    await submit.click();
    await dialog.getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Version 3 mottagen/ })).toBeVisible({ timeout: 10_000 });
  });
});
