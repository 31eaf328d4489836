// Moving through a page with the keyboard alone, as a user without a mouse does.
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab (or Shift+Tab) until the target has the focus; fails if it is not reached. */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  for (let press = 0; press < (options.max ?? 60); press += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}
