import { expect, type Page } from '@playwright/test';

/** The toolbar popup, opened as a page. */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, extensionId: string): Promise<PopupPage> {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new PopupPage(page);
  }

  balance() {
    return this.page.getByTestId('balance');
  }

  async expectBalance(coins: number) {
    await expect(this.balance()).toHaveText(`${coins.toLocaleString('en-US')} coins`);
  }

  async rechargeQuickPack() {
    await this.page.getByRole('button', { name: 'Recharge 70 coins (test mode)' }).click();
  }
}
