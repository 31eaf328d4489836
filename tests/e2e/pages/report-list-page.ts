import type { PeriodId } from '../../../src-main/form/vocabulary.ts';
import { expect, type Locator, type Page } from '@playwright/test';

/** "Mina rapporter" and the new-report form, as a user sees them. */
export class ReportListPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Mina rapporter' });
  }

  async createReport(options: { committee: string; period: PeriodId; year: number; questionSet?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Ny rapport' }).click();
    await this.page.getByLabel('Nämnd').fill(options.committee);
    await this.page.getByLabel('Period').selectOption(options.period);
    await this.page.getByLabel('Budgetår').fill(String(options.year));
    if (options.questionSet) await this.page.getByLabel('Frågor').selectOption({ label: options.questionSet });
    await this.page.getByRole('button', { name: 'Skapa rapport' }).click();
    await expect(this.page.getByRole('button', { name: /Mina rapporter/ })).toBeVisible();
  }

  row(name: RegExp | string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('button', { name: typeof name === 'string' ? `Öppna ${name}` : name }) });
  }

  async open(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Öppna ${name}` }).click();
  }

  async duplicate(name: string): Promise<void> {
    await this.page
      .getByRole('button', { name: `Duplicera ${name}` })
      .first()
      .click();
  }

  async delete(name: string): Promise<void> {
    await this.page
      .getByRole('button', { name: `Ta bort ${name}` })
      .first()
      .click();
  }

  async restore(name: string): Promise<void> {
    await this.page.getByText(/^Papperskorgen/).click();
    await this.page.getByRole('button', { name: `Återställ ${name}` }).click();
  }
}
