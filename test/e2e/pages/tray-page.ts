import { expect, type Locator, type Page } from '@playwright/test';

/** A live page with a <gift-tray>; Playwright's locators pierce its open shadow root. */
export class TrayPage {
  readonly tray: Locator;

  constructor(
    readonly page: Page,
    tray?: Locator,
  ) {
    this.tray = tray ?? page.locator('gift-tray');
  }

  /**
   * The demo live page; `query` sets tray attributes (catalog, locale, goal …) and `feed=off` quiets the simulated
   * viewers. The tray uses its in-page test wallet unless `query` names a `server`, even when a gift server serves the page.
   */
  static async open(page: Page, query = 'feed=off', path = '/demo/'): Promise<TrayPage> {
    await page.goto(`${path}?${/(^|&)server=/.test(query) ? query : `${query}&server=off`}`);
    const tray = new TrayPage(page);
    await expect(tray.tray.getByRole('region', { name: /Send a gift|Enviar un regalo/ })).toBeVisible();
    return tray;
  }

  balance() {
    return this.tray.getByTestId('tray-balance');
  }

  async expectBalance(coins: number) {
    await expect(this.balance()).toHaveText(`${coins.toLocaleString('en-US')} ${coins === 1 ? 'coin' : 'coins'}`);
  }

  async addTestCoins(times = 1) {
    for (let i = 0; i < times; i++) {
      const before = await this.balance().textContent();
      await this.tray.getByRole('button', { name: /Add 70 test coins/ }).click();
      await expect(this.balance()).not.toHaveText(before ?? '');
    }
  }

  /** A gift button, found the way a screen-reader user would: by its name and price. */
  gift(name: string, price: string) {
    return this.tray.getByRole('button', { name: new RegExp(`^${escape(name)}, ${escape(price)}`) });
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
