import { expect, type Locator, type Page } from '@playwright/test';
import { playwrightUi } from '../driver/playwright-ui';
import type { Ui } from '../driver/ui';

/** The full history page's entries, over any driver. */
export class HistoryView<E> {
  constructor(readonly ui: Ui<E>) {}

  rows() {
    return this.ui.find({ css: 'tbody tr' }, this.ui.find({ testId: 'history-entries' }));
  }
}

/** The full history page in Chromium. */
export class HistoryPage extends HistoryView<Locator> {
  constructor(readonly page: Page) {
    super(playwrightUi(page));
  }

  static async open(page: Page, extensionId: string): Promise<HistoryPage> {
    await page.goto(`chrome-extension://${extensionId}/wallet-history.html`);
    await expect(page.getByRole('heading', { name: 'LiveGift history', level: 1 })).toBeVisible();
    return new HistoryPage(page);
  }

  monthlySummaries() {
    return this.page.getByTestId('monthly-summaries');
  }

  async filterByType(label: 'All types' | 'Recharges' | 'Gifts' | 'Corrections') {
    await this.page.getByLabel('Type').selectOption({ label });
    await this.page.getByRole('button', { name: 'Apply filters' }).click();
  }

  /** Dates as YYYY-MM-DD, both days included. */
  async filterByDates(from: string, to: string) {
    await this.page.getByLabel('From').fill(from);
    await this.page.getByLabel('To', { exact: true }).fill(to);
    await this.page.getByRole('button', { name: 'Apply filters' }).click();
  }

  async filterByCreator(creator: string) {
    await this.page.getByLabel('Creator').fill(creator);
    await this.page.getByRole('button', { name: 'Apply filters' }).click();
  }

  async exportCsv(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
}
