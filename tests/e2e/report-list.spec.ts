// Mina rapporter: the whole row opens its report for the mouse, at full width and at 320 px;
// its other buttons still do their own thing; the keyboard reaches one open button per row.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** A real mouse click in the middle of the element, whatever lies over it (as a user clicks). */
async function clickOn(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (box === null) throw new Error('the element is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const COMMITTEE = 'Kulturnämnden: kulturförvaltningen';
const REPORT = `${COMMITTEE} T1 2026`;

for (const width of [1280, 320]) {
  test(`at ${width} px a click anywhere on a report's row opens it; the row's own buttons do their own thing`, async ({ app }) => {
    const { page, list, editor } = app;
    await page.setViewportSize({ width, height: 800 });
    await list.createReport({ committee: COMMITTEE, period: 'T1', year: 2026 });
    await editor.backToList();

    const row = list.row(REPORT);
    await clickOn(page, row.getByRole('cell').filter({ hasText: /^T1 2026$/ }));
    await expect(page.getByRole('button', { name: '← Mina rapporter' })).toBeVisible();
    await editor.backToList();

    // The completeness meter, the last cell's empty space: the same.
    await clickOn(page, row.getByRole('meter'));
    await expect(page.getByRole('button', { name: '← Mina rapporter' })).toBeVisible();
    await editor.backToList();

    // "Duplicera" asks for the copy's name; it does not open the report.
    await row.getByRole('button', { name: `Duplicera ${REPORT}` }).click();
    await expect(page.getByRole('dialog', { name: 'Duplicera rapporten' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(list.heading).toBeVisible();

    // The keyboard: one stop per row for opening it, then its own buttons.
    await expect(row.getByRole('button')).toHaveText(['Kulturnämnden: kulturförvaltningen', 'Starta T2 2026 från denna', 'Duplicera', 'Ta bort']);
  });
}
