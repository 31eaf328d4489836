// Ny rapport and Sammanställning offer the period being written on the day (never choose it),
// and Ny rapport finds the committee's question set however its name is written.
import { expect, test } from './fixtures.ts';
import { CULTURE_SET_ID } from '../support/question-sets.ts';

test('in January the offer is last year’s VB, in Ny rapport and in Sammanställning, and nothing is chosen until it is taken', async ({ app }) => {
  const { page } = app;
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00+01:00'));
  await page.getByRole('button', { name: 'Ny rapport' }).click();
  const period = page.getByLabel('Period', { exact: true });
  await expect(page.getByText('Vanligast just nu: VB 2026.')).toBeVisible();
  await expect(period).toHaveValue('');
  await expect(page.getByLabel('Budgetår')).toHaveValue('');
  await page.getByRole('button', { name: 'Använd VB 2026' }).click();
  await expect(period).toHaveValue('VB');
  await expect(page.getByLabel('Budgetår')).toHaveValue('2026');

  await page.getByRole('button', { name: 'Avbryt' }).click();
  await page.getByRole('button', { name: 'Sammanställning', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Använd VB 2026' })).toBeVisible();
  await expect(period).toHaveValue('');
});

test('in May the offer is this year’s T1', async ({ app }) => {
  const { page } = app;
  await page.clock.setFixedTime(new Date('2027-05-12T10:00:00+02:00'));
  await page.getByRole('button', { name: 'Ny rapport' }).click();
  await expect(page.getByRole('button', { name: 'Använd T1 2027' })).toBeVisible();
});

test('the committee’s question set is found by organisation, not by the exact text of its name', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Ny rapport' }).click();
  await page.getByLabel('Nämnd').fill('kulturnämnden');
  await page.getByLabel('Budgetår').fill('2022');
  await page.getByLabel('Budgetår').press('Tab');
  await expect(page.getByLabel('Frågor')).toHaveValue(CULTURE_SET_ID);
});
