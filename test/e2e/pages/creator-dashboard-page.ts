import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { GIFT_SERVER } from '../gift-server';

/** The creator dashboard served by the gift server, signed in as one creator in their own browser context. */
export class CreatorDashboardPage {
  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
  ) {}

  static async signIn(browser: Browser, name: string, query = ''): Promise<CreatorDashboardPage> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${GIFT_SERVER}/creator/${query}`);
    const dashboard = new CreatorDashboardPage(page, context);
    await page.getByLabel('Creator name').fill(name);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in')).toHaveText(`Signed in as ${name}`);
    return dashboard;
  }

  diamonds() {
    return this.page.getByTestId('diamonds');
  }

  pendingDiamonds() {
    return this.page.getByTestId('pending-diamonds');
  }

  async refresh(): Promise<void> {
    await this.page.getByRole('button', { name: 'Refresh' }).click();
  }

  async requestPayout(diamonds: number): Promise<void> {
    await this.page.getByLabel('Diamonds to cash out').fill(String(diamonds));
    await this.page.getByRole('button', { name: 'Request payout' }).click();
  }

  payoutMessage() {
    return this.page.getByTestId('payout-message');
  }

  payoutRow(state: 'pending' | 'paid' | 'rejected') {
    return this.page.getByTestId('payouts').locator(`tr[data-state="${state}"]`);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
