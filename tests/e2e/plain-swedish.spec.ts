// Plain Swedish in the editor: a quiet line under an answer with its LIX and what makes it
// heavy, "Kontrollera" in the panel and the review (never a block), the report's LIX as a
// whole, and a way to hide it all; the text itself is never changed.
import { expectNoSeriousAxeViolations } from './axe.ts';
import { expect, onlyReportId, readReportFile, test } from './fixtures.ts';
import { CULTURE_SET_NAME } from '../support/question-sets.ts';

const HEAVY = 'Avseende genomförandet av insatserna har vi i syfte att stärka näringslivet samarbetat med företagen.';

test('a heavy answer gets a quiet line and a "Kontrollera" that leads to it; hidden, both go; nothing blocks and the text stays as written', async ({
  app,
  preview,
}) => {
  const { page, editor } = app;
  await app.list.createReport({ committee: 'Kulturnämnden: kulturförvaltningen', period: 'T2', year: 2026, questionSet: CULTURE_SET_NAME });
  await editor.field('Kontaktperson för eventuella frågor').fill('Moa Almerud');
  await editor.field('Telefon').fill('08-508 000 00');
  await editor.field('E-post').fill('moa.almerud@stockholm.se');
  await editor.answer('1.1').fill(HEAVY);
  await editor.answer('3.1').fill('Vi har öppnat ett kafé.');
  await editor.waitUntilSaved();

  const answer = editor.answer('1.1');
  await expect(answer).toHaveAccessibleDescription(
    /^LIX \d+, (mycket lätt|lätt|medelsvår|svår|mycket svår) · "Avseende" kan bli "om" · "genomförandet av" kan skrivas med ett verb · "i syfte att" kan bli "för att"$/,
  );
  await expect(editor.answer('3.1')).toHaveAccessibleDescription(/^LIX \d+, mycket lätt$/);
  const check = editor.missing.getByRole('list', { name: 'Att kontrollera' });
  await expect(check.getByRole('button', { name: /^Svar på fråga 1\.1, klarspråk \(LIX \d+, [a-zå ]+\): "Avseende" kan bli "om"/ })).toBeVisible();
  await expect(editor.missing).toContainText(/Läsbarhet för hela rapporten: LIX \d+, /);
  await expectNoSeriousAxeViolations(page, 'the editor with plain-Swedish tips');

  // The line leads to the first hint, selected.
  await check.getByRole('button', { name: /^Svar på fråga 1\.1, klarspråk/ }).click();
  await expect(answer).toBeFocused();
  expect(await answer.evaluate((field: HTMLTextAreaElement) => field.value.slice(field.selectionStart, field.selectionEnd))).toBe('Avseende');

  // In the review it is to look at, not to fix: "Skicka in" as for a complete report.
  await page.getByRole('button', { name: 'Skicka in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Granska innan du skickar' });
  await expect(dialog).toContainText('Allt är ifyllt.');
  await expect(dialog.getByRole('list', { name: 'Att kontrollera' })).toContainText('klarspråk');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();

  // Hidden: no line, no "Kontrollera", and it stays hidden after a reload.
  await editor.missing.getByRole('button', { name: 'Dölj tips om klarspråk' }).click();
  await expect(page.locator('.readability-line')).toHaveCount(0);
  await expect(editor.missing).not.toContainText('klarspråk (LIX');
  await page.reload();
  await expect(editor.answer('1.1')).toHaveValue(HEAVY);
  await expect(page.locator('.readability-line')).toHaveCount(0);
  await editor.missing.getByRole('button', { name: 'Visa tips om klarspråk' }).click();
  await expect(editor.answer('1.1')).toHaveAccessibleDescription(/"Avseende" kan bli "om"/);

  expect((await readReportFile(preview, await onlyReportId(preview))).focusAreas[0]?.questions[0]?.answer).toBe(HEAVY);
});
