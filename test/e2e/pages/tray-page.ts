import { expect, type Locator, type Page } from '@playwright/test';
import { playwrightUi } from '../driver/playwright-ui';
import type { Ui } from '../driver/ui';
import { coinsText } from './popup-page';

/** The demo live page's address; `query` sets tray attributes (catalog, locale, goal …) and `feed=off` quiets the simulated viewers. */
/** The demo page's address: the in-page test wallet unless `query` names a `server`. */
export const demoPath = (query = 'feed=off', path = '/demo/') => `${path}?${/(^|&)server=/.test(query) ? query : `${query}&server=off`}`;

/** A live page with a <gift-tray>, over any driver (queries pierce its open shadow root). */
export class TrayView<E> {
  constructor(readonly ui: Ui<E>) {}

  root() {
    return this.ui.find({ css: 'gift-tray' });
  }

  async expectLoaded() {
    await this.ui.expectVisible(this.ui.find({ role: 'region', name: /Send a gift|Enviar un regalo/ }, this.root()));
  }

  trayBalance() {
    return this.ui.find({ testId: 'tray-balance' }, this.root());
  }

  async expectTrayBalance(coins: number) {
    await this.ui.expectText(this.trayBalance(), coinsText(coins));
  }

  /** A gift button, found the way a screen-reader user would: by its name and price. */
  giftButton(name: string, price: string) {
    return this.ui.find({ role: 'button', name: new RegExp(`^${escape(name)}, ${escape(price)}`) }, this.root());
  }

  /** The offer to pay from a wallet extension, e.g. "Pay with LiveGift Wallet". */
  walletOffer(walletName: string) {
    return this.ui.find({ role: 'button', name: `Pay with ${walletName}` }, this.root());
  }

  walletSource() {
    return this.ui.find({ testId: 'wallet-source' }, this.root());
  }
}

/** The tray in Chromium; Playwright's locators pierce its open shadow root. */
export class TrayPage extends TrayView<Locator> {
  readonly tray: Locator;

  constructor(
    readonly page: Page,
    tray?: Locator,
  ) {
    super(playwrightUi(page));
    this.tray = tray ?? page.locator('gift-tray');
  }

  override root() {
    return this.tray;
  }

  /**
   * The demo live page; `query` sets tray attributes (catalog, locale, goal …) and `feed=off` quiets the simulated
   * viewers. The tray uses its in-page test wallet unless `query` names a `server`, even when a gift server serves the page.
   */
  static async open(page: Page, query = 'feed=off', path = '/demo/'): Promise<TrayPage> {
    await page.goto(demoPath(query, path));
    const tray = new TrayPage(page);
    await tray.expectLoaded();
    return tray;
  }

  balance() {
    return this.trayBalance();
  }

  async expectBalance(coins: number) {
    await this.expectTrayBalance(coins);
  }

  async addTestCoins(times = 1) {
    for (let i = 0; i < times; i++) {
      const before = await this.balance().textContent();
      await this.tray.getByRole('button', { name: /Add 70 test coins/ }).click();
      await expect(this.balance()).not.toHaveText(before ?? '');
    }
  }

  gift(name: string, price: string) {
    return this.giftButton(name, price);
  }

  status() {
    return this.tray.getByTestId('tray-status');
  }

  combo() {
    return this.tray.getByTestId('combo');
  }

  async pickQuantity(quantity: number) {
    await this.tray.getByLabel(/Quantity|Cantidad/).selectOption(String(quantity));
  }

  confirmDialog() {
    return this.tray.getByRole('dialog');
  }

  limitBanner() {
    return this.tray.getByRole('alert').filter({ hasText: /limit|budget/i });
  }

  goalFigures() {
    return this.tray.getByTestId('goal-figures');
  }

  topGifters() {
    return this.tray.getByRole('region', { name: /Top gifters|Mejores donantes/ });
  }

  /** Collects the tray's events as the host page sees them, on document. */
  async recordEvents(): Promise<void> {
    await this.page.evaluate(() => {
      const seen: { type: string; detail: unknown }[] = [];
      (window as unknown as { trayEvents: typeof seen }).trayEvents = seen;
      for (const type of ['gift-sent', 'gift-failed', 'wallet-change']) {
        document.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail }));
      }
    });
  }

  events(type: string): Promise<Record<string, unknown>[]> {
    return this.page.evaluate(
      (wanted) =>
        (window as unknown as { trayEvents: { type: string; detail: Record<string, unknown> }[] }).trayEvents
          .filter((event) => event.type === wanted)
          .map((event) => event.detail),
      type,
    );
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
