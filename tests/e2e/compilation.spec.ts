// "Sammanställning" through the real UI, against the real services and real folders: the 45
// organisations' reports in every shape they arrive in, read for T2 2026; a file under an
// unknown name assigned by hand; the compiled document read back by LibreOffice; the
// reminder read back by mailparser; the keyboard alone; and narrow windows.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { simpleParser, type AddressObject } from 'mailparser';
import { CITY_ORGANISATIONS } from '../../src-main/report/organisation.ts';
import { organisationName } from '../../src-main/report/organisation.ts';
import { convertWithLibreOffice, textLines } from '../support/docx-check.ts';
import { answerTag, receivedReport, type ReceivedFoldersOptions } from '../support/received-folders.ts';
import { BROKEN_FILE, UNKNOWN_COMMITTEE, UNKNOWN_FILE, writeCompilationFolders, type CompilationFolders } from './compilation-folders.ts';
import { expect, test } from './fixtures.ts';
import { tabTo } from './keyboard.ts';
import { CompilationPage } from './pages/compilation-page.ts';

type Shape = ReturnType<NonNullable<ReceivedFoldersOptions['shapeOf']>>;

let root: string;
let folders: CompilationFolders;

test.beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rapport-sammanstallning-'));
  folders = await writeCompilationFolders(root);
});

test.afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function sentIn(shape: Shape): string {
  const found = [...folders.shapes].find(([, candidate]) => candidate === shape);
  if (found === undefined) throw new Error(`no organisation sent its report as ${shape}`);
  return found[0];
}

async function readT2(page: Page): Promise<CompilationPage> {
  const compilation = new CompilationPage(page);
  await compilation.open();
  await compilation.choosePeriod('T2', 2026);
  await compilation.chooseFolders([folders.receiverData, folders.mailFolder]);
  await compilation.read();
  return compilation;
}

/** The organisation heading nearest above a line of the compiled document's text. */
function organisationAbove(lines: readonly string[], index: number): string | undefined {
  const listed = new Set(CITY_ORGANISATIONS.map(organisationName));
  return lines
    .slice(0, index)
    .map((line) => line.trim())
    .findLast((line) => listed.has(line));
}

test('read T2 2026 from two folders, assign a file by hand, compile and remind', async ({ app, preview }) => {
  const { page } = app;
  const compilation = new CompilationPage(page);
  await compilation.open();
  // Nothing is chosen for the coordinator, and the screen says why the period matters.
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Budgetår')).toHaveValue('');
  await expect(
    page.getByText('Word-mallen säger inte vilken period den gäller, så de rapporter som inte säger det räknas för den period du väljer.'),
  ).toBeVisible();
  await expect(compilation.compile).toBeDisabled();
  await expect(compilation.remind).toBeDisabled();
  await expect(compilation.compile).toHaveAccessibleDescription(/^Läs in rapporterna för perioden först/);

  await compilation.choosePeriod('T2', 2026);
  await compilation.chooseFolders([folders.receiverData, folders.mailFolder]);
  await compilation.read();
  await expect(compilation.result).toHaveText('T2 2026: 42 av 45 har skickat');
  for (const organisation of folders.notSent) await expect(compilation.row(organisation)).toContainText('Har inte skickat');
  await expect(compilation.row(sentIn('receiver'))).toContainText('inlämning');
  await expect(compilation.row(sentIn('receiver'))).toContainText(/2026-T2-\d{6}/);
  await expect(compilation.row(sentIn('email'))).toContainText('e-post');
  await expect(compilation.row(sentIn('export'))).toContainText('fil');
  await expect(compilation.row(sentIn('export'))).toContainText('15 av 15');

  // What did not count, and why.
  await expect(compilation.file(UNKNOWN_FILE)).toContainText(`"${UNKNOWN_COMMITTEE}" finns inte i listan över nämnder och bolag.`);
  await expect(compilation.file(BROKEN_FILE)).toBeVisible();
  await expect(page.getByText('Annan period (1)')).toBeVisible();
  await expect(page.getByText('1 annan fil lästes inte')).toBeVisible();
  await expect(compilation.compile).toBeEnabled();

  // The unknown name is the organisation that seemed not to have sent: assigned by hand, it counts.
  await compilation.assign(UNKNOWN_FILE, folders.unknownIsFrom);
  await expect(compilation.result).toHaveText('T2 2026: 43 av 45 har skickat');
  await expect(compilation.row(folders.unknownIsFrom)).toContainText('Mottagen (tilldelad för hand)');
  await expect(compilation.row(folders.unknownIsFrom)).toContainText('1, 2');
  await expect(compilation.file(UNKNOWN_FILE)).toHaveCount(0);
  await expect(page.getByText(`e-post/${UNKNOWN_FILE} räknas för ${folders.unknownIsFrom}`)).toBeVisible();

  // Another period or other folders: the result no longer answers what is chosen.
  await page.getByLabel('Budgetår').fill('2025');
  await expect(page.getByText('Perioden eller källorna har ändrats sedan inläsningen.')).toBeVisible();
  await expect(compilation.compile).toBeDisabled();
  await expect(compilation.compile).toHaveAccessibleDescription(/^Läs in igen först/);
  await page.getByLabel('Budgetår').fill('2026');
  await expect(compilation.compile).toBeEnabled();

  await compilation.compile.click();
  const documentPath = join(preview.dataFolder, 'exports', 'Sammanställning näringsliv T2 2026.docx');
  const written = page.getByRole('status').filter({ hasText: 'Sammanställningen för T2 2026 sparades:' });
  await expect(written).toBeFocused();
  await expect(written).toContainText(`${documentPath} (43 av 45 har skickat)`);
  const lines = textLines((await convertWithLibreOffice([documentPath], 'txt:Text')).get(documentPath) ?? Buffer.alloc(0));
  for (const area of folders.unknownReport.focusAreas) {
    for (const [index] of area.questions.entries()) {
      const at = lines.findIndex((line) => line.startsWith(answerTag(UNKNOWN_COMMITTEE, area.number, index)));
      expect(at, `${UNKNOWN_COMMITTEE}'s answer ${area.number}.${index + 1}`).toBeGreaterThan(-1);
      expect(organisationAbove(lines, at)).toBe(folders.unknownIsFrom);
    }
  }
  const otherInformation = lines.indexOf(`Övrigt från ${UNKNOWN_COMMITTEE}.`);
  expect(otherInformation).toBeGreaterThan(-1);
  expect(organisationAbove(lines, otherInformation)).toBe(folders.unknownIsFrom);

  // The reminder: the one address known (from last period's report) in Bcc; the others are named to the coordinator alone.
  const stillMissing = folders.notSent.filter((name) => name !== folders.unknownIsFrom && name !== folders.earlier.organisation);
  expect(stillMissing).toHaveLength(1);
  await compilation.remind.click();
  const emlPath = join(preview.dataFolder, 'exports', 'Påminnelse näringsliv T2 2026.eml');
  const reminder = page.getByRole('status').filter({ hasText: 'Påminnelsen sparades' });
  await expect(reminder).toBeFocused();
  await expect(reminder).toContainText(`Påminnelsen sparades med 1 mottagare i Bcc: ${emlPath}.`);
  await expect(reminder).toContainText(`Ingen e-postadress är känd för ${stillMissing.join('')}: nå den på annat sätt.`);
  const mail = await simpleParser(await readFile(emlPath));
  expect(mail.headers.get('x-unsent')).toBe('1');
  expect((mail.bcc as AddressObject | undefined)?.value.map((address) => address.address)).toEqual([folders.earlier.email]);
  // Each recipient reads the period, not who else has not sent.
  expect(mail.text).toContain('för T2 2026');
  for (const organisation of [folders.earlier.organisation, ...stillMissing, folders.unknownIsFrom]) expect(mail.text).not.toContain(organisation);
});

test('the organisation list: a name from a file is added and counts, an added one is removed, a name already listed is refused beside the field; the folders are offered again', async ({
  app,
}) => {
  const { page } = app;
  const compilation = await readT2(page);
  await compilation
    .file(UNKNOWN_FILE)
    .getByRole('button', { name: `Lägg till ${UNKNOWN_COMMITTEE} i listan` })
    .click();
  await expect(compilation.result).toBeFocused();
  await expect(compilation.result).toHaveText('T2 2026: 43 av 46 har skickat');
  await expect(compilation.row(UNKNOWN_COMMITTEE)).toContainText('Mottagen');

  const name = page.getByLabel('Lägg till nämnd eller bolag');
  await name.fill('kulturnämnden');
  await page.getByRole('button', { name: 'Lägg till i listan' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Kulturnämnden finns redan i listan\./);
  await expect(name).toBeFocused();

  await page.getByRole('button', { name: `Ta bort ${UNKNOWN_COMMITTEE} ur listan` }).click();
  await expect(compilation.result).toHaveText('T2 2026: 42 av 45 har skickat');
  await expect(name).toBeFocused();
  await expect(compilation.file(UNKNOWN_FILE)).toBeVisible();

  // Another day (here a reload, which comes back to Sammanställning): the folders read last
  // time are offered again; the period is not.
  await page.reload();
  await expect(compilation.heading).toBeVisible();
  await expect(page.getByLabel('Mapp 1', { exact: true })).toHaveValue(folders.receiverData);
  await expect(page.getByLabel('Mapp 2', { exact: true })).toHaveValue(folders.mailFolder);
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('');
});

test('the whole screen with the keyboard alone: period, folders, reading, assigning, compiling and back', async ({ app }) => {
  const { page } = app;
  // The hint offers the period being written on this date; the test's date is in T2's season.
  await page.clock.setFixedTime(new Date('2026-09-10T10:00:00+02:00'));
  const compilation = new CompilationPage(page);
  const open = page.getByRole('button', { name: 'Sammanställning', exact: true });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  const period = page.getByLabel('Period', { exact: true });
  await expect(period).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Använd T2 2026' }));
  await page.keyboard.press('Enter');
  await expect(period).toHaveValue('T2');
  await expect(page.getByLabel('Budgetår')).toHaveValue('2026');

  await tabTo(page, page.getByLabel('Mapp 1', { exact: true }));
  await page.keyboard.type(folders.receiverData);
  await tabTo(page, page.getByRole('button', { name: 'Lägg till en mapp' }));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Mapp 2', { exact: true })).toBeFocused();
  await page.keyboard.type(folders.mailFolder);
  await tabTo(page, page.getByRole('button', { name: 'Läs in' }));
  await page.keyboard.press('Enter');
  await expect(compilation.result).toBeFocused();
  await expect(compilation.result).toHaveText('T2 2026: 42 av 45 har skickat');

  // Those that have not sent come first in the choice, so the first letter finds them.
  const choice = compilation.file(UNKNOWN_FILE).getByRole('combobox');
  await tabTo(page, choice);
  await page.keyboard.type(folders.unknownIsFrom.charAt(0));
  await expect(choice).toHaveValue(folders.unknownIsFrom);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(compilation.result).toBeFocused();
  await expect(compilation.result).toHaveText('T2 2026: 43 av 45 har skickat');

  await tabTo(page, compilation.compile, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Sammanställningen för T2 2026 sparades:' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: '← Mina rapporter' }));
  await page.keyboard.press('Enter');
  await expect(open).toBeFocused();
});

test('readable at 640 px and reflowing at 320 px: nothing scrolls sideways', async ({ app }) => {
  const { page } = app;
  const compilation = await readT2(page);
  await page.getByText('Annan period (1)').click();
  for (const width of [640, 320]) {
    await page.setViewportSize({ width, height: 800 });
    const past = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => `${element.tagName}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`)
        .slice(0, 10),
    );
    expect(past, `elements past the right edge at ${width}`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1), `sideways at ${width}`).toBe(false);
    const notSent = compilation.row(folders.notSent[0] ?? '').getByText('Har inte skickat');
    await notSent.scrollIntoViewIfNeeded();
    await expect(notSent).toBeInViewport();
  }
});

test('Sammanställning has an address of its own: a reload comes back to it, and to Mina rapporter once left', async ({ app }) => {
  const { page, list } = app;
  const compilation = new CompilationPage(page);
  await compilation.open();
  await expect(page).toHaveURL(/#.*vy=sammanstallning/);
  await page.reload();
  await expect(compilation.heading).toBeVisible();
  await page.getByRole('button', { name: '← Mina rapporter' }).click();
  await expect(list.heading).toBeVisible();
  await page.reload();
  await expect(list.heading).toBeVisible();
  await expect(compilation.heading).toHaveCount(0);
});

/** Each stylesheet the page has loaded, with the selectors of its rules (inside @media too). */
async function stylesheets(page: Page): Promise<{ href: string; selectors: string[] }[]> {
  return page.evaluate(() => {
    const selectorsOf = (rules: CSSRuleList): string[] =>
      [...rules].flatMap((rule) => (rule instanceof CSSStyleRule ? [rule.selectorText] : rule instanceof CSSGroupingRule ? selectorsOf(rule.cssRules) : []));
    return [...document.styleSheets].map((sheet) => ({ href: sheet.href ?? '', selectors: selectorsOf(sheet.cssRules) }));
  });
}

test('Sammanställning brings its styles when it opens: the CSS loaded at start has none of its rules', async ({ app }) => {
  const { page } = app;
  // Classes only Sammanställning's screen has.
  const ITS_OWN = /compilation-table|received-file|stale-note|compile-actions|organisation-list/;
  const atStart = await stylesheets(page);
  expect(atStart.length).toBeGreaterThan(0);
  expect(atStart.flatMap((sheet) => sheet.selectors).filter((selector) => ITS_OWN.test(selector))).toEqual([]);

  await new CompilationPage(page).open();
  const added = (await stylesheets(page)).filter((sheet) => !atStart.some((before) => before.href === sheet.href));
  expect(added.map((sheet) => sheet.href)).toEqual([expect.stringMatching(/\/assets\/Compilation-[\w-]+\.css$/)]);
  expect(added.flatMap((sheet) => sheet.selectors).filter((selector) => ITS_OWN.test(selector)).length).toBeGreaterThan(0);
  // And they apply: the screen's fieldsets have their frame.
  await expect(page.getByRole('group', { name: 'Period att sammanställa' })).toHaveCSS('max-width', '640px');
});

test('two versions saved at the same time with different content: the screen says which one counts, by name, and the table "1 annan fil räknas inte"', async ({
  app,
}) => {
  const { page } = app;
  const root = await mkdtemp(join(tmpdir(), 'rapport-e2e-same-time-'));
  try {
    const first = receivedReport(0, { period: 'T2', year: 2026 }, { savedAt: '2026-09-14T08:02:00.000Z' });
    const second = { ...first, otherInformation: 'En annan text i samma version.' };
    await writeFile(join(root, 'a.json'), JSON.stringify(first, null, 2));
    await writeFile(join(root, 'b.json'), JSON.stringify(second, null, 2));
    const compilation = new CompilationPage(page);
    await compilation.open();
    await compilation.choosePeriod('T2', 2026);
    await compilation.chooseFolders([root]);
    await compilation.read();

    const organisation = organisationName(first.header.committee);
    await expect(compilation.row(organisation)).toContainText('1 annan fil räknas inte');
    const uncounted = page.getByRole('region', { name: /Filer som inte räknas/ });
    await expect(uncounted).toContainText(
      /Sparad vid samma tid som \S+[ab]\.json, men innehållet skiljer sig\. Den filen räknas, inte den här\. Kontrollera vilken som är rätt\./,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
