import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expectNoSeriousAxeViolations } from './axe.ts';
import { expect, readReportFile, test } from './fixtures.ts';
import { CULTURE_SET_NAME, SPORTS_SET_NAME } from '../support/question-sets.ts';

const COMMITTEE = 'Kulturnämnden: kulturförvaltningen';

test('start T2 from T1: answers come along marked "ej granskad" until edited or kept; T1 is unchanged', async ({ app, preview }) => {
  const { page, list, editor } = app;
  await list.createReport({ committee: COMMITTEE, period: 'T1', year: 2022, questionSet: CULTURE_SET_NAME });
  await editor.field('Kontaktperson för eventuella frågor').fill('Moa Almerud');
  await editor.answer('1.1').fill('Svar i T1 om kreativa näringar.');
  await editor.answer('3.1').fill('Svar i T1 om platssamverkan.');
  await editor.waitUntilSaved();
  await editor.backToList();
  const [t1File] = await readdir(join(preview.dataFolder, 'reports'));
  const t1Id = (t1File ?? '').replace('.json', '');
  const t1Before = await readReportFile(preview, t1Id);

  await page.getByRole('button', { name: `Starta T2 2022 från denna: ${COMMITTEE} T1 2022` }).click();
  await expect(page.getByText(`${COMMITTEE} T2 2022 – Tertialrapport 2`)).toBeVisible();
  await expect(editor.field('Kontaktperson för eventuella frågor')).toHaveValue('Moa Almerud');
  await expect(editor.answer('1.1')).toHaveValue('Svar i T1 om kreativa näringar.');
  await expect(page.getByText('Från T1 2022 – ej granskad')).toHaveCount(2);
  await expect(editor.missing).toContainText('Svar på fråga 1.1 är från T1 2022 och ännu inte granskat.');

  // Editing reviews one; the other is kept as it is with the button.
  await editor.answer('1.1').fill('Uppdaterat svar för T2.');
  await page.getByRole('button', { name: 'Behåll oförändrat: svaret på fråga 3.1' }).click();
  await expect(page.getByText('Från T1 2022 – ej granskad')).toHaveCount(0);
  await expect(page.getByText('Från T1 2022 – granskad')).toHaveCount(2);
  // Last period's text stays at hand.
  await page.getByText('Svar i T1 2022').first().click();
  await expect(page.getByText('Svar i T1 om kreativa näringar.')).toBeVisible();
  await editor.waitUntilSaved();
  await expect(editor.missing).not.toContainText('granska');

  const files = (await readdir(join(preview.dataFolder, 'reports'))).filter((name) => name.endsWith('.json'));
  const t2Id = files.map((name) => name.replace('.json', '')).find((id) => id !== t1Id) ?? '';
  const t2 = await readReportFile(preview, t2Id);
  expect(t2).toMatchObject({ period: 'T2', year: 2022 });
  expect(t2.focusAreas[0]?.questions[0]).toMatchObject({
    answer: 'Uppdaterat svar för T2.',
    carriedOver: { from: 'T1 2022', previousAnswer: 'Svar i T1 om kreativa näringar.', reviewed: true },
  });
  expect(t2.focusAreas[1]?.questions[0]).toMatchObject({ answer: 'Svar i T1 om platssamverkan.', carriedOver: { reviewed: true } });
  expect(await readReportFile(preview, t1Id)).toEqual(t1Before);
});

test('"Ny rapport från föregående": pick a local report and get the next period’s', async ({ app }) => {
  const { page, list, editor } = app;
  await list.createReport({ committee: 'Idrottsnämnden: idrottsförvaltningen', period: 'T2', year: 2023, questionSet: SPORTS_SET_NAME });
  await editor.answer('1.1').fill('Svar i T2 2023.');
  await editor.waitUntilSaved();
  await editor.backToList();
  await list.createReport({ committee: COMMITTEE, period: 'VB', year: 2022 });
  await editor.backToList();

  await page.getByRole('button', { name: 'Ny rapport' }).click();
  const previous = page.getByLabel('Föregående rapport');
  // The newest report is chosen to start with; each option says which report it is.
  await expect(previous.locator('option:checked')).toHaveText(/^Kulturnämnden: kulturförvaltningen VB 2022 – sparad .*, \d+ av \d+ ifyllda$/);
  await previous.selectOption({ label: (await previous.locator('option', { hasText: 'Idrottsnämnden: idrottsförvaltningen T2 2023' }).textContent()) ?? '' });
  await page.getByRole('button', { name: 'Skapa VB 2023 från den' }).click();
  await expect(page.getByText('Idrottsnämnden: idrottsförvaltningen VB 2023 – Verksamhetsberättelse')).toBeVisible();
  await expect(editor.answer('1.1')).toHaveValue('Svar i T2 2023.');
  await expect(page.getByText('Från T2 2023 – ej granskad')).toBeVisible();
});

test('a 2022 question set in a 2026 report: the app offers to update the year, and each changed question is marked until kept', async ({ app, preview }) => {
  const { page, list, editor } = app;
  await list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026, questionSet: CULTURE_SET_NAME });
  await expect(page.getByText('Frågorna är skrivna för budget 2022, men rapporten gäller budget 2026.')).toBeVisible();
  await page.getByRole('button', { name: 'Byt till 2026 i frågorna' }).click();
  await expect(editor.question('1.1')).toHaveValue(/Beskriv arbetet under 2026 för att ge/);
  await expect(page.getByText('Årtalet ändrat av appen – ej granskat')).toHaveCount(2);
  await expect(page.getByText('Frågorna är skrivna för budget 2022')).toHaveCount(0);
  await editor.waitUntilSaved();
  await expect(editor.missing).toContainText('Fråga 1.1: årtalet i frågan är ändrat och ännu inte granskat.');
  await page.getByRole('button', { name: 'Behåll ändringen: fråga 1.1' }).click();
  await editor.question('3.1').press('End');
  await editor.question('3.1').pressSequentially('.');
  await expect(page.getByText('Årtalet ändrat av appen – ej granskat')).toHaveCount(0);
  await editor.waitUntilSaved();
  const saved = await readReportFile(
    preview,
    (await readdir(join(preview.dataFolder, 'reports'))).find((name) => name.endsWith('.json'))?.replace('.json', '') ?? '',
  );
  expect(saved.questionYear).toBeUndefined();
  expect(saved.focusAreas[0]?.questions[0]?.textChange).toMatchObject({ reviewed: true, previousText: expect.stringContaining('under 2022') });
});

test('while an answer is typed in, its question keeps still yet hides nothing: the note that changes and new lines stay inside it', async ({ app }) => {
  const { page, list, editor } = app;
  await list.createReport({ committee: COMMITTEE, period: 'T1', year: 2022, questionSet: CULTURE_SET_NAME });
  await editor.answer('1.1').fill('Svar i T1.');
  await editor.waitUntilSaved();
  await editor.backToList();
  await page.getByRole('button', { name: `Starta T2 2022 från denna: ${COMMITTEE} T1 2022` }).click();
  const answer = editor.answer('1.1');
  const box = page.locator('.question', { has: answer });
  await answer.click();
  await page.keyboard.press('End');
  /** Every part of the question lies within its box: nothing is cut off by the box's fixed height. */
  const allInside = (): Promise<boolean> =>
    box.evaluate((element) => {
      const outer = element.getBoundingClientRect();
      // Shown parts only: a closed <details> keeps its content laid out, though not drawn.
      return [...element.querySelectorAll('*')]
        .filter((child) => child.checkVisibility())
        .every((child) => child.getBoundingClientRect().bottom <= outer.bottom + 1);
    });
  await page.keyboard.type(' Uppdaterat.');
  await expect(page.getByText('Från T1 2022 – granskad')).toBeVisible();
  await expect(box).toHaveClass(/(^|\s)steady(\s|$)/);
  await expect.poll(allInside).toBe(true);
  const before = (await box.boundingBox())?.height ?? 0;
  for (let line = 0; line < 8; line += 1) await page.keyboard.press('Enter');
  await page.keyboard.type('Sista raden.');
  await expect.poll(async () => (await box.boundingBox())?.height ?? 0).toBeGreaterThan(before);
  await expect.poll(allInside).toBe(true);
  await page.keyboard.press('Tab');
  await expect(box).not.toHaveClass(/(^|\s)steady(\s|$)/);
});

test('"Jämför med T1 2026": the change word by word as <ins> and <del>, with a summary; an answer kept unchanged is worth a look in Granska', async ({
  app,
}) => {
  const { page, list, editor } = app;
  await list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026, questionSet: CULTURE_SET_NAME });
  await editor.answer('1.1').fill('Vi hade 12 evenemang i Kungsträdgården.');
  await editor.answer('3.1').fill('Platssamverkan i tre stadsdelar.');
  await editor.waitUntilSaved();
  await editor.backToList();
  await page.getByRole('button', { name: `Starta T2 2026 från denna: ${COMMITTEE} T1 2026` }).click();
  await expect(page.getByText(`${COMMITTEE} T2 2026 – Tertialrapport 2`)).toBeVisible();

  await editor.answer('1.1').fill('Vi hade 14 stora evenemang i Kungsträdgården.');
  const note = page.locator('.carried-over').first();
  await note.getByText('Jämför med T1 2026').click();
  await expect(note.getByText('Mot T1 2026: 2 ord nya, 1 borttaget.')).toBeVisible();
  await expect(note.getByRole('insertion')).toHaveText(['nytt: 14 stora ']);
  await expect(note.getByRole('deletion')).toHaveText(['borttaget: 12 ']);
  await expect(editor.answer('1.1')).toHaveValue('Vi hade 14 stora evenemang i Kungsträdgården.');

  // Typed on, the comparison follows once typing pauses.
  await editor.answer('1.1').press('End');
  await editor.answer('1.1').pressSequentially(' Fler än väntat.');
  await expect(note.getByText('Mot T1 2026: 5 ord nya, 1 borttaget.')).toBeVisible();

  // Kept as it was: not a block, but a point worth a look before sending.
  await page.getByRole('button', { name: 'Behåll oförändrat: svaret på fråga 3.1' }).click();
  await expect(editor.missing.getByRole('list', { name: 'Att kontrollera' })).toContainText('Svaret på fråga 3.1 är detsamma som i T1 2026.');
  const unchangedNote = page.locator('.carried-over').nth(1);
  await unchangedNote.getByText('Jämför med T1 2026').click();
  await expect(unchangedNote.getByText('Mot T1 2026: oförändrat.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'an answer compared with last period’s');
});
