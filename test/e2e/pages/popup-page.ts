import { expect, type Locator, type Page } from '@playwright/test';
import { playwrightUi } from '../driver/playwright-ui';
import type { Ui } from '../driver/ui';

/** The sandbox outcomes as the popup names them (English UI). */
export type TestInstrumentName =
  | 'Succeeds at once'
  | 'Declined'
  | 'Insufficient funds'
  | 'Blocked by the bank'
  | 'Pending, settles after about 10 seconds'
  | 'Fails on the network';

/** "1 coin", "1,400 coins": how the extension's English UI says a balance. */
export const coinsText = (coins: number) => `${coins.toLocaleString('en-US')} ${coins === 1 ? 'coin' : 'coins'}`;

/** The toolbar popup, over any driver (Chromium and Firefox tests share it). */
export class PopupView<E> {
  constructor(readonly ui: Ui<E>) {}

  balance() {
    return this.ui.find({ testId: 'balance' });
  }

  /** Resolves once the popup has loaded its balance. */
  async expectLoaded() {
    await this.ui.expectContainsText(this.balance(), 'coin');
  }

  async expectBalance(coins: number, timeout?: number) {
    await this.ui.expectText(this.balance(), coinsText(coins), { timeout });
  }

  async openRecharge() {
    await this.ui.click(this.ui.find({ role: 'button', name: 'Recharge coins' }));
    await this.ui.expectVisible(this.ui.find({ role: 'group', name: 'Choose a pack' }));
  }

  async choosePack(coins: number) {
    await this.ui.check(this.ui.find({ role: 'radio', name: new RegExp(`^${coins.toLocaleString('en-US')} coins —`) }));
  }

  async chooseTestInstrument(name: TestInstrumentName) {
    await this.ui.selectOptionByText(this.ui.find({ label: 'Test instrument' }), name);
  }

  payButton() {
    return this.ui.find({ role: 'button', name: /^Pay / });
  }

  /** Recharge a pack with a test instrument: opens the form if needed, picks, and pays. */
  async recharge(coins: number, instrument: TestInstrumentName = 'Succeeds at once') {
    if (!(await this.ui.isVisible(this.payButton()))) await this.openRecharge();
    await this.choosePack(coins);
    await this.chooseTestInstrument(instrument);
    await this.ui.click(this.payButton());
  }

  /** The first TEST MODE label (the header's, and the recharge panel's when open). */
  testMode() {
    return this.ui.find({ nth: 0 }, this.ui.find({ text: 'TEST MODE', exact: true }));
  }

  receipt() {
    return this.ui.find({ testId: 'recharge-receipt' });
  }

  pending() {
    return this.ui.find({ testId: 'recharge-pending' });
  }

  pendingRecharges() {
    return this.ui.find({ testId: 'pending-recharges' });
  }

  paymentFailed() {
    return this.ui.find({ testId: 'payment-failed' });
  }

  refusal() {
    return this.ui.find({ testId: 'recharge-refused' });
  }

  recentActivity() {
    return this.ui.find({ testId: 'recent-activity' });
  }

  approvedRecharges() {
    return this.ui.find({ testId: 'approved-recharges' });
  }

  connectedSites() {
    return this.ui.find({ testId: 'connected-sites' });
  }
}

/** The toolbar popup in Chromium, opened as a page. */
export class PopupPage extends PopupView<Locator> {
  constructor(readonly page: Page) {
    super(playwrightUi(page));
  }

  static async open(page: Page, extensionId: string): Promise<PopupPage> {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const popup = new PopupPage(page);
    await expect(popup.balance()).toContainText('coin');
    return popup;
  }
}
