import { expect, type BrowserContext, type Page } from '@playwright/test';
import { DEFAULT_GIFT_CATALOG } from '@core/gift-catalog';
import { playwrightUi } from '../driver/playwright-ui';
import type { Ui } from '../driver/ui';
import { PopupPage } from './popup-page';
import { TrayPage } from './tray-page';

export const WALLET_NAME = 'LiveGift Wallet';

/** What a page's `provider.request` settled with: the result, or the error's numeric code and data. */
export type RequestOutcome = { ok: true; result: unknown } | { ok: false; code: number; message: string; data?: { reason?: string; approvalId?: string } };

/**
 * Runs in the page: discovers the wallet with `livegift:requestProvider` and settles one `provider.request`.
 * Shared by the Chromium and Firefox drivers (both evaluate it as is).
 */
export async function requestThroughProvider(request: unknown): Promise<RequestOutcome> {
  const detail = await new Promise<{ provider: { request(args: unknown): Promise<unknown> } }>((resolve) => {
    addEventListener('livegift:announceProvider', (event) => resolve((event as CustomEvent).detail), { once: true });
    dispatchEvent(new Event('livegift:requestProvider'));
  });
  try {
    return { ok: true as const, result: await detail.provider.request(request) };
  } catch (error) {
    const { code, message, data } = error as { code: number; message: string; data?: { reason?: string; approvalId?: string } };
    return { ok: false as const, code, message, data };
  }
}

/** The extension's consent and confirmation window, over any driver. */
export class ConsentView<E> {
  constructor(readonly ui: Ui<E>) {}

  /** What a gift confirmation shows: gift, count, creator and price. */
  gift() {
    return this.ui.find({ testId: 'consent-gift' });
  }

  /** Clicks the named answer once it is enabled (the window ignores clicks for a moment after it shows). */
  answer(button: string | RegExp) {
    return this.ui.click(this.ui.find({ role: 'button', name: button, exact: true }));
  }
}

/** Tries `answer`; the window closes itself when answered, sometimes before the click action reports back. */
export async function answerUnlessClosed(answer: () => Promise<unknown>, isClosed: () => boolean | Promise<boolean>): Promise<void> {
  await answer().catch(async (error: unknown) => {
    if (!(await isClosed())) throw error;
  });
}

/**
 * A web page using the wallet bridge directly, as another site would: it discovers the provider with
 * `livegift:requestProvider` and calls `provider.request`.
 */
export class BridgePage {
  constructor(readonly page: Page) {}

  /** Calls the provider from the page. With `tap`, the viewer clicks the page first (a trusted gesture). */
  async request(request: unknown, { tap = false } = {}): Promise<RequestOutcome> {
    if (tap) await this.tap();
    return this.page.evaluate(requestThroughProvider, request);
  }

  /** Many requests at once from the page, as a script would send them (no gesture). */
  async requestAll(requests: unknown[]): Promise<RequestOutcome[]> {
    return this.page.evaluate(async (requests) => {
      const detail = await new Promise<{ provider: { request(args: unknown): Promise<unknown> } }>((resolve) => {
        addEventListener('livegift:announceProvider', (event) => resolve((event as CustomEvent).detail), { once: true });
        dispatchEvent(new Event('livegift:requestProvider'));
      });
      return Promise.all(
        requests.map((request) =>
          detail.provider.request(request).then(
            (result) => ({ ok: true as const, result }),
            (error: { code: number; message: string }) => ({ ok: false as const, code: error.code, message: error.message }),
          ),
        ),
      );
    }, requests);
  }

  /**
   * One request per tap, the way a site's gift button works: the page sends the next request from its own
   * click handler, and the test clicks once per request without waiting for answers. Resolves with all outcomes.
   */
  async requestOnEachTap(requests: unknown[]): Promise<RequestOutcome[]> {
    await this.page.evaluate(async (requests) => {
      const detail = await new Promise<{ provider: { request(args: unknown): Promise<unknown> } }>((resolve) => {
        addEventListener('livegift:announceProvider', (event) => resolve((event as CustomEvent).detail), { once: true });
        dispatchEvent(new Event('livegift:requestProvider'));
      });
      const outcomes: Promise<unknown>[] = [];
      (window as unknown as { bridgeOutcomes: Promise<unknown>[] }).bridgeOutcomes = outcomes;
      addEventListener('pointerdown', () => {
        const request = requests[outcomes.length];
        if (request === undefined) return;
        outcomes.push(
          detail.provider.request(request).then(
            (result) => ({ ok: true, result }),
            (error: { code: number; message: string }) => ({ ok: false, code: error.code, message: error.message }),
          ),
        );
      });
    }, requests);
    for (let i = 0; i < requests.length; i++) await this.tap();
    return this.page.evaluate(() => Promise.all((window as unknown as { bridgeOutcomes: Promise<RequestOutcome>[] }).bridgeOutcomes));
  }

  /** A trusted click on an empty corner of the page. */
  async tap() {
    await this.page.mouse.click(2, 2);
  }
}

/** A gift_send as an honest tray sends it: `maxCoins` is the price it showed (the wallet's catalog price × count). */
export function giftRequest(key: string, giftId = 'rose', count = 1) {
  const maxCoins = (DEFAULT_GIFT_CATALOG.find((gift) => gift.id === giftId)?.coins ?? 1) * count;
  return { method: 'gift_send', params: { creator: 'mia-cooks', stream: 'sunday-pancakes', giftId, count, maxCoins, idempotencyKey: key } };
}

/** Recharges the extension wallet in its popup; returns the popup. */
export async function fundExtensionWallet(context: BrowserContext, extensionId: string, coins = 700): Promise<PopupPage> {
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(coins);
  await popup.expectBalance(coins);
  return popup;
}

/** The next extension consent window that was not open before (other pages may open meanwhile). */
export async function nextConsentWindow(context: BrowserContext, before: ReadonlySet<Page>): Promise<Page> {
  let window: Page | undefined;
  await expect
    .poll(() => (window = context.pages().find((page) => !before.has(page) && page.url().includes('/connect.html'))) !== undefined, { timeout: 15_000 })
    .toBe(true);
  return window!;
}

/** Answers the extension's consent or confirmation window that `trigger` opens, with the named button. */
export async function answerWindow(
  context: BrowserContext,
  trigger: () => Promise<unknown>,
  button: string | RegExp,
  /** Looks at the window before it is answered. */
  inspect?: (window: Page) => Promise<void>,
): Promise<Page> {
  const before = new Set(context.pages());
  const triggered = trigger();
  const window = await nextConsentWindow(context, before);
  await inspect?.(window);
  await answerUnlessClosed(() => new ConsentView(playwrightUi(window)).answer(button), () => window.isClosed());
  await triggered;
  return window;
}

/** Opens the demo with its tray, connects the site in the extension's window, and waits for the tray to pay from it. */
export async function connectTray(context: BrowserContext, page: Page): Promise<TrayPage> {
  const tray = await TrayPage.open(page);
  await answerWindow(context, () => tray.walletOffer(WALLET_NAME).click(), 'Connect');
  await expect(tray.walletSource()).toHaveText(`Paying from ${WALLET_NAME}`);
  return tray;
}
