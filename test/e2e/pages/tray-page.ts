import { expect, type Locator, type Page } from '@playwright/test';

/** A live page with a <gift-tray>; Playwright's locators pierce its open shadow root. */
export class TrayPage {
  readonly tray: Locator;

  constructor(readonly page: Page) {
    this.tray = page.locator('gift-tray');
  }

  static async open(page: Page, path = '/demo/'): Promise<TrayPage> {
    await page.goto(path);
    return new TrayPage(page);
  }

  balance() {
    return this.tray.getByTestId('tray-balance');
  }

  async expectBalance(coins: number) {
    await expect(this.balance()).toHaveText(`${coins.toLocaleString('en-US')} coins`);
  }

  async addTestCoins() {
    await this.tray.getByRole('button', { name: /Add 70 test coins/ }).click();
  }

  gift(name: string, coins: number) {
    return this.tray.getByRole('button', { name: `${name}, ${coins} coins` });
  }
}
