import type { PeriodId } from '../../../src-main/form/vocabulary.ts';
import { expect, type Locator, type Page } from '@playwright/test';

/** "Sammanställning", as the coordinator sees it. */
export class CompilationPage {
  readonly heading: Locator;
  /** The result's heading: "T2 2026: 42 av 45 har skickat". */
  readonly result: Locator;
  readonly compile: Locator;
  readonly remind: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Sammanställning', level: 1 });
    this.result = page.getByRole('heading', { level: 2, name: /har skickat$/ });
    this.compile = page.getByRole('button', { name: 'Skapa sammanställning' });
    this.remind = page.getByRole('button', { name: 'Påminnelse' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sammanställning', exact: true }).click();
    await expect(this.heading).toBeVisible();
  }

  async choosePeriod(period: PeriodId, year: number): Promise<void> {
    await this.page.getByLabel('Period', { exact: true }).selectOption(period);
    await this.page.getByLabel('Budgetår').fill(String(year));
  }

  /** Types each folder's path into a field of its own. */
  async chooseFolders(folders: readonly string[]): Promise<void> {
    for (const [index, folder] of folders.entries()) {
      const field = this.page.getByLabel(`Mapp ${index + 1}`, { exact: true });
      if ((await field.count()) === 0) await this.page.getByRole('button', { name: 'Lägg till en mapp' }).click();
      await field.fill(folder);
    }
  }

  /** "Läs in", then the focus is on the result's heading. */
  async read(): Promise<void> {
    await this.page.getByRole('button', { name: 'Läs in' }).click();
    await expect(this.result).toBeFocused();
  }

  /** The status table's row of one organisation. */
  row(organisation: string): Locator {
    return this.page
      .getByRole('table', { name: /^Nämnder och bolag/ })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: organisation, exact: true }) });
  }

  /** The register's row of one organisation. */
  contactRow(organisation: string): Locator {
    return this.page
      .getByRole('table', { name: 'Kontaktpersoner' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: organisation, exact: true }) });
  }

  /** A file listed among those that do not count. */
  file(name: string): Locator {
    return this.page.locator('li.uncounted-file').filter({ hasText: name });
  }

  async assign(fileName: string, organisation: string): Promise<void> {
    const file = this.file(fileName);
    await file.getByRole('combobox', { name: /^Tilldela organisation/ }).selectOption(organisation);
    await file.getByRole('button', { name: /^Tilldela/ }).click();
    await expect(this.result).toBeFocused();
  }
}
