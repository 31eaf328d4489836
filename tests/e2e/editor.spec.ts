import { expect, onlyReportId, readReportFile, test } from './fixtures.ts';
import { CULTURE_SET_NAME } from '../support/question-sets.ts';

const COMMITTEE = 'Kulturnämnden: kulturförvaltningen';
const QUESTION_1_1 = 'Beskriv arbetet under 2022 för att ge stadens kreativa företag bättre villkor tillsammans med Stockholm Business Region AB.';

test('create a report, fill every kind of field, reload, and find it all in the UI and on disk', async ({ app, preview }) => {
  const { page, list, editor } = app;
  await expect(list.heading).toBeVisible();
  await list.createReport({ committee: COMMITTEE, period: 'T2', year: 2022, questionSet: CULTURE_SET_NAME });

  await expect(editor.field('Nämnd')).toHaveValue(COMMITTEE);
  await expect(editor.question('1.1')).toHaveValue(QUESTION_1_1);
  await expect(page.getByRole('heading', { name: 'Uppföljning av direktiv och aktiviteter med näringslivskoppling i budget 2022' })).toBeVisible();
  await expect(editor.missing).toContainText('Svar på fråga 3.1');

  await editor.field('Kontaktperson för eventuella frågor').fill('Moa Almerud');
  await editor.field('Telefon').fill('08-508 31 000');
  await editor.field('E-post').fill('moa.almerud@stockholm.se');
  const answer = 'Arbetet har pågått planenligt.\n\nAv dessa har x haft premiär 2022.';
  await editor.answer('1.1').fill(answer);
  await editor.answer('3.1').fill('Slakthusområdets kulturforum sammanträder fyra gånger per år.');

  // A focus area that was not in the question set, with a question of the user's own.
  await editor.focusArea(2).check();
  await editor.addQuestion(2);
  await expect(editor.question('2.1')).toBeFocused();
  await editor.question('2.1').fill('Egen fråga om service?');
  await editor.answer('2.1').fill('Eget svar.');

  // Two more questions under 1, reordered and one removed.
  await editor.addQuestion(1);
  await editor.question('1.2').fill('Andra frågan');
  await editor.addQuestion(1);
  await editor.question('1.3').fill('Tredje frågan');
  await page.getByRole('button', { name: 'Flytta fråga 1.3 upp' }).click();
  await expect(editor.question('1.2')).toHaveValue('Tredje frågan');
  await page.getByRole('button', { name: 'Ta bort fråga 1.3' }).click();
  await expect(editor.question('1.3')).toHaveCount(0);

  await editor.field('Övriga upplysningar').fill('Inget att tillägga.');
  await editor.waitUntilSaved();
  await expect(editor.missing).toContainText('Svar på fråga 1.2');
  await expect(editor.missing).toContainText('innehåller "x"');

  const id = await onlyReportId(preview);
  const onDisk = await readReportFile(preview, id);
  expect(onDisk.header).toEqual({ committee: COMMITTEE, contactPerson: 'Moa Almerud', phone: '08-508 31 000', email: 'moa.almerud@stockholm.se' });
  expect(onDisk.focusAreas.map((area) => [area.number, area.questions.map((question) => [question.text, question.answer])])).toEqual([
    [
      1,
      [
        [QUESTION_1_1, answer],
        ['Tredje frågan', ''],
      ],
    ],
    [2, [['Egen fråga om service?', 'Eget svar.']]],
    [3, [['Redogör för arbetet med levande mötesplatser under 2022', 'Slakthusområdets kulturforum sammanträder fyra gånger per år.']]],
  ]);
  expect(onDisk.otherInformation).toBe('Inget att tillägga.');

  // A reload comes back to the open report, as the window does after a restart.
  await page.reload();
  await expect(editor.field('Kontaktperson för eventuella frågor')).toHaveValue('Moa Almerud');
  await expect(editor.field('Telefon')).toHaveValue('08-508 31 000');
  await expect(editor.field('E-post')).toHaveValue('moa.almerud@stockholm.se');
  await expect(editor.answer('1.1')).toHaveValue(answer);
  await expect(editor.question('1.2')).toHaveValue('Tredje frågan');
  await expect(editor.answer('2.1')).toHaveValue('Eget svar.');
  await expect(editor.focusArea(2)).toBeChecked();
  await expect(editor.focusArea(4)).not.toBeChecked();
  await expect(editor.field('Övriga upplysningar')).toHaveValue('Inget att tillägga.');

  await editor.backToList();
  await expect(list.row(`${COMMITTEE} T2 2022`)).toContainText('12 av 13');
  await list.open(`${COMMITTEE} T2 2022`);
  await expect(editor.answer('3.1')).toHaveValue('Slakthusområdets kulturforum sammanträder fyra gånger per år.');
});

test('a change is on disk within a second after typing stops', async ({ app, preview }) => {
  const { list, editor } = app;
  await list.createReport({ committee: COMMITTEE, period: 'T1', year: 2023, questionSet: CULTURE_SET_NAME });
  const id = await onlyReportId(preview);
  await editor.answer('1.1').pressSequentially('Skrivet nu', { delay: 20 });
  const stoppedTyping = Date.now();
  await expect
    .poll(async () => (await readReportFile(preview, id)).focusAreas[0]?.questions[0]?.answer, { intervals: [25], timeout: 3_000 })
    .toBe('Skrivet nu');
  expect(Date.now() - stoppedTyping).toBeLessThan(1_000);
  await editor.waitUntilSaved();
});

test('the list shows each report; duplicate, delete to the trash, and restore', async ({ app }) => {
  const { page, list, editor } = app;
  await list.createReport({ committee: COMMITTEE, period: 'T1', year: 2022, questionSet: CULTURE_SET_NAME });
  await editor.field('Kontaktperson för eventuella frågor').fill('Moa Almerud');
  await editor.waitUntilSaved();
  await editor.backToList();

  const name = `${COMMITTEE} T1 2022`;
  await expect(list.row(name)).toContainText('T1 2022');
  await expect(list.row(name)).toContainText('5 av 9');
  await list.duplicate(name);
  const dialog = page.getByRole('dialog', { name: 'Duplicera rapporten' });
  await dialog.getByLabel('Namn på kopian').fill('Utkast B');
  await dialog.getByRole('button', { name: 'Skapa kopian' }).click();
  const copy = `${name} (Utkast B)`;
  await expect(page.getByRole('button', { name: `Öppna ${copy}` })).toBeFocused();
  await expect(page.getByRole('button', { name: `Öppna ${name}`, exact: true })).toHaveCount(1);

  await list.delete(copy);
  await expect(page.getByRole('status').filter({ hasText: 'Rapporten flyttades till papperskorgen.' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Öppna ${copy}` })).toHaveCount(0);
  await expect(page.getByText('Papperskorgen (1)')).toBeVisible();

  await list.restore(copy);
  await expect(page.getByRole('button', { name: `Öppna ${copy}` })).toHaveCount(1);
  await expect(page.getByText('Papperskorgen (0)')).toBeVisible();
});

test('text pasted from Word keeps its paragraphs; Word line breaks and control characters are cleaned on the way in', async ({ app, preview }) => {
  const { page, list, editor } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await list.createReport({ committee: COMMITTEE, period: 'T2', year: 2022, questionSet: CULTURE_SET_NAME });
  // As Word puts it on the clipboard: CRLF paragraphs, a manual line break (vertical tab),
  // non-breaking spaces, a soft hyphen, smart quotes and an en dash.
  const fromWord = 'Första stycket om ”näringslivet” – 2022.\r\n\r\nAndra stycket,\u000bmed radbrytning och 20\u00a0produktioner, kultur\u00adnäring.\u0007';
  await page.evaluate((text) => navigator.clipboard.writeText(text), fromWord);
  await editor.answer('1.1').focus();
  await page.keyboard.press('ControlOrMeta+V');
  const expected = 'Första stycket om ”näringslivet” – 2022.\n\nAndra stycket,\nmed radbrytning och 20\u00a0produktioner, kultur\u00adnäring.';
  // Cleaned as it arrives: the line break shows as one at once, not as a box until a reload.
  await expect(editor.answer('1.1')).toHaveValue(expected);
  await editor.waitUntilSaved();

  const onDisk = await readReportFile(preview, await onlyReportId(preview));
  expect(onDisk.focusAreas[0]?.questions[0]?.answer).toBe(expected);
  await page.reload();
  await expect(editor.answer('1.1')).toHaveValue(expected);
});
