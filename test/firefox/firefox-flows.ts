import { ConsentView, answerUnlessClosed, requestThroughProvider, type RequestOutcome } from '../e2e/pages/bridge-page';
import { OptionsView } from '../e2e/pages/options-page';
import { PopupView } from '../e2e/pages/popup-page';
import { demoPath, TrayView } from '../e2e/pages/tray-page';
import { isScamTestSite, scamTestSiteResponse } from '../e2e/scam-sites';
import type { FirefoxPage, FirefoxSession } from './firefox';
import { DEFAULT_TIMEOUT, type Target } from './puppeteer-ui';
import { DEMO_ORIGIN } from './serve-demo';

/** The Chromium tests' page objects, opened in Firefox: each comes with its tab. */
export async function openPopup(firefox: FirefoxSession, query = '') {
  const tab = await firefox.openExtensionPage(`popup.html${query}`);
  const popup = new PopupView(tab.ui);
  await popup.expectLoaded();
  return { tab, popup };
}

export async function openOptions(firefox: FirefoxSession) {
  const tab = await firefox.openExtensionPage('options.html');
  const options = new OptionsView(tab.ui);
  await options.expectLoaded();
  return { tab, options };
}

export async function openDemo(firefox: FirefoxSession) {
  const tab = await firefox.newPage();
  await tab.page.goto(`${DEMO_ORIGIN}${demoPath()}`);
  const tray = new TrayView(tab.ui);
  await tray.expectLoaded();
  return { tab, tray };
}

/** Recharges the extension wallet in its popup and leaves the popup open. */
export async function fundWallet(firefox: FirefoxSession, coins: number) {
  const opened = await openPopup(firefox);
  await opened.popup.recharge(coins);
  await opened.popup.expectBalance(coins);
  return opened;
}

/** Answers the made-up scam-test sites in this tab (nothing reaches the network). */
export async function serveScamTestSites({ page }: FirefoxPage): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (!isScamTestSite(request.url())) return void request.continue();
    const { status, headers, contentType, body } = scamTestSiteResponse(request.url());
    void request.respond({ status, headers, contentType, body });
  });
}

/** Opens `url`; the navigation guard may replace it, which aborts the original navigation. */
export async function visit({ page }: FirefoxPage, url: string): Promise<void> {
  await page.goto(url).catch((error: Error) => {
    if (!/NS_BINDING_ABORTED|NS_ERROR_ABORT|Navigation was aborted|Frame detached/i.test(error.message)) throw error;
  });
}

/** The next extension consent window (connect.html) that was not open before. */
export async function nextConsentWindow(firefox: FirefoxSession, before: ReadonlySet<unknown>): Promise<FirefoxPage> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const page of await firefox.pages()) {
      // Puppeteer reports moz-extension:// windows as about:blank: ask the document where it is.
      if (!before.has(page) && (await page.evaluate(() => location.pathname).catch(() => '')) === '/connect.html') return firefox.wrap(page);
    }
    if (Date.now() > deadline) throw new Error('No consent window opened');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Answers the consent or confirmation window that `trigger` opens, with the named button; returns the trigger's outcome. */
export async function answerConsentWindow<T>(
  firefox: FirefoxSession,
  trigger: () => Promise<T>,
  button: string,
  inspect?: (window: ConsentView<Target>) => Promise<void>,
): Promise<{ outcome: T; window: FirefoxPage }> {
  const before = new Set<unknown>(await firefox.pages());
  const triggered = trigger();
  const window = await nextConsentWindow(firefox, before);
  const consent = new ConsentView(window.ui);
  await inspect?.(consent);
  await answerUnlessClosed(() => consent.answer(button), () => firefox.isClosed(window));
  return { outcome: await triggered, window };
}

/** Calls the wallet provider from a web page, as a site would; with `tap`, the viewer clicks the page first. */
export async function requestFromPage({ page }: FirefoxPage, request: unknown, { tap = false } = {}): Promise<RequestOutcome> {
  if (tap) await page.mouse.click(2, 2);
  return page.evaluate(requestThroughProvider, request);
}

/** The background page's window, as the add-on's own pages reach it (Firefox: `runtime.getBackgroundPage`). */
type BackgroundWindow = Window & { livegiftBeforeReload?: boolean };
type PageWithRuntime = { browser: { runtime: { getBackgroundPage(): Promise<BackgroundWindow | null> } } };

/**
 * Reloads the add-on's MV2 background page, as Firefox does when it restarts the background: everything it
 * held in memory is gone. Resolves once the fresh page has run its top-level code.
 */
export async function reloadBackgroundPage(firefox: FirefoxSession): Promise<void> {
  const { page } = await firefox.openExtensionPage('popup.html');
  await new PopupView(firefox.wrap(page).ui).expectLoaded();
  await page.evaluate(async () => {
    const background = await (globalThis as unknown as PageWithRuntime).browser.runtime.getBackgroundPage();
    if (!background) throw new Error('no background page');
    background.livegiftBeforeReload = true;
    background.location.reload();
  });
  const deadline = Date.now() + DEFAULT_TIMEOUT;
  for (;;) {
    const fresh = await page
      .evaluate(async () => {
        const background = await (globalThis as unknown as PageWithRuntime).browser.runtime.getBackgroundPage();
        return background !== null && background.livegiftBeforeReload === undefined && background.document.readyState === 'complete';
      })
      .catch(() => false);
    if (fresh) break;
    if (Date.now() > deadline) throw new Error('The background page did not reload');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await page.close();
}
