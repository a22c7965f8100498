import { expect, type Page } from '@playwright/test';

/** The sandbox outcomes as the popup names them (English UI). */
export type TestInstrumentName =
  | 'Succeeds at once'
  | 'Declined'
  | 'Insufficient funds'
  | 'Blocked by the bank'
  | 'Pending, settles after about 10 seconds'
  | 'Fails on the network';

/** The toolbar popup, opened as a page. */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, extensionId: string): Promise<PopupPage> {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const popup = new PopupPage(page);
    await expect(popup.balance()).toContainText('coin');
    return popup;
  }

  balance() {
    return this.page.getByTestId('balance');
  }

  async expectBalance(coins: number, timeout?: number) {
    await expect(this.balance()).toHaveText(`${coins.toLocaleString('en-US')} ${coins === 1 ? 'coin' : 'coins'}`, { timeout });
  }

  async openRecharge() {
    await this.page.getByRole('button', { name: 'Recharge coins' }).click();
    await expect(this.page.getByRole('group', { name: 'Choose a pack' })).toBeVisible();
  }

  async choosePack(coins: number) {
    await this.page.getByRole('radio', { name: new RegExp(`^${coins.toLocaleString('en-US')} coins —`) }).check();
  }

  async chooseTestInstrument(name: TestInstrumentName) {
    const select = this.page.getByLabel('Test instrument');
    const value = await select.locator('option', { hasText: name }).getAttribute('value');
    await select.selectOption(value!);
  }

  payButton() {
    return this.page.getByRole('button', { name: /^Pay / });
  }

  /** Recharge a pack with a test instrument: opens the form if needed, picks, and pays. */
  async recharge(coins: number, instrument: TestInstrumentName = 'Succeeds at once') {
    if (!(await this.payButton().isVisible())) await this.openRecharge();
    await this.choosePack(coins);
    await this.chooseTestInstrument(instrument);
    await this.payButton().click();
  }

  receipt() {
    return this.page.getByTestId('recharge-receipt');
  }

  pending() {
    return this.page.getByTestId('recharge-pending');
  }

  paymentFailed() {
    return this.page.getByTestId('payment-failed');
  }

  refusal() {
    return this.page.getByTestId('recharge-refused');
  }

  recentActivity() {
    return this.page.getByTestId('recent-activity');
  }
}
