import { expect, type Locator, type Page } from '@playwright/test';

/** The report form, reached by its labels as a screen reader would. */
export class EditorPage {
  readonly saveStatus: Locator;
  readonly missing: Locator;

  constructor(readonly page: Page) {
    this.saveStatus = page.getByRole('status').filter({ hasText: /Sparat|Sparar|Ändrat|Inte sparat|Skrivskyddad/ });
    this.missing = page.getByRole('complementary', { name: 'Kvar att fylla i' });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  question(number: string): Locator {
    return this.page.getByLabel(`Fråga ${number}`, { exact: true });
  }

  answer(number: string): Locator {
    return this.page.getByLabel(`Svar på fråga ${number}`, { exact: true });
  }

  focusArea(number: number): Locator {
    return this.page.getByRole('group', { name: 'Fokusområden' }).getByRole('checkbox', { name: new RegExp(`^${number}\\.`) });
  }

  async addQuestion(areaNumber: number): Promise<void> {
    await this.page.getByRole('button', { name: `Lägg till fråga under ${areaNumber}` }).click();
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Sparat \d\d:\d\d:\d\d$/, { timeout: 5_000 });
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: /Mina rapporter/ }).click();
  }
}
