import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { malformedBridgeRequests } from '../support/malformed-bridge-requests';
import { expect, test } from './extension-fixtures';
import { answerWindow, BridgePage, nextConsentWindow, connectTray, fundExtensionWallet, giftRequest, WALLET_NAME } from './pages/bridge-page';
import { OptionsPage } from './pages/options-page';
import { TrayPage } from './pages/tray-page';
import { stopServiceWorker } from './service-worker-control';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}

test('the tray finds the extension wallet, connects in its window, and a gift through it changes the popup’s balance', async ({
  context,
  extensionId,
}) => {
  const popup = await fundExtensionWallet(context, extensionId, 700);
  const tray = await connectTray(context, await context.newPage());
  await tray.expectBalance(700);

  // The first gift from a site is confirmed in the extension's window, priced from the wallet's catalog.
  const confirm = await answerWindow(context, () => tray.gift('Perfume', '20 coins').click(), 'Send gift', async (window) => {
    await expect(window.getByTestId('consent-gift')).toHaveText('Perfume ×1 to mia-cooks — 20 coins');
    // Who asks comes first and largest (the browser's origin, the browser's icon), then TEST MODE and the
    // wallet's own art for the gift; the page's words (creator, stream) are set apart in dashed frames.
    const origin = window.getByTestId('consent-origin');
    await expect(origin).toHaveText(new URL(tray.page.url()).origin);
    await expect(window.locator('header.consent-site img.site-icon')).toHaveAttribute('src', /\/_favicon\/\?pageUrl=/);
    await expect(window.locator('header.consent-site')).toContainText('TEST MODE');
    // The extension's own copy of the perfume art (Vite inlines small SVG files).
    await expect(window.locator('img.gift-art')).toHaveAttribute('src', /^data:image\/svg\+xml,|perfume[^/]*\.svg$/);
    expect(await window.locator('img.gift-art').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    await expect(window.getByTestId('consent-creator')).toHaveCSS('border-top-style', 'dashed');
    const [originBox, titleBox] = [await origin.boundingBox(), await window.getByRole('heading', { level: 1 }).boundingBox()];
    expect(originBox!.y).toBeLessThan(titleBox!.y);
    expect(await origin.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThan(
      await window.getByTestId('consent-question').evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
    );
    expect(await seriousViolations(window)).toEqual([]);
  });
  await expect.poll(() => confirm.isClosed()).toBe(true); // the window closes itself once answered
  await tray.expectBalance(680);
  // Later small gifts go through without a window.
  await tray.gift('Rose', '1 coin').click();
  await tray.expectBalance(679);

  await popup.page.reload();
  await popup.expectBalance(679);
  // A recharge in the popup reaches the open tray without a reload.
  await popup.recharge(70);
  await popup.expectBalance(749);
  await tray.expectBalance(749);
  const sites = popup.page.getByTestId('connected-sites');
  const origin = new URL(tray.page.url()).origin;
  await expect(sites).toContainText(origin);

  // Disconnecting in the popup sends the tray back to the page's own test wallet.
  await sites.getByRole('button', { name: `Disconnect ${origin}` }).click();
  await expect(sites).toContainText('No site is connected');
  await expect(tray.tray.getByRole('button', { name: `Pay with ${WALLET_NAME}` })).toBeVisible();
  await expect(tray.tray.getByTestId('wallet-source')).toHaveCount(0);
});

test('a site that is not connected gets 4100, and a page forging messages to the content script cannot spend', async ({
  context,
  extensionId,
}) => {
  const popup = await fundExtensionWallet(context, extensionId, 700);
  const page = await context.newPage();
  await TrayPage.open(page);
  const site = new BridgePage(page);

  expect(await site.request({ method: 'wallet_balance' })).toMatchObject({ ok: false, code: 4100 });
  expect(await site.request(giftRequest('not-connected-1'), { tap: true })).toMatchObject({ ok: false, code: 4100 });
  // Without a tap the page cannot even open the consent window.
  expect(await site.request({ method: 'wallet_connect' })).toMatchObject({ ok: false, code: 4100 });

  await answerWindow(context, () => site.request({ method: 'wallet_connect' }, { tap: true }), 'Connect');
  await answerWindow(context, () => site.request(giftRequest('first-gift-1'), { tap: true }), 'Send gift');
  await popup.page.reload();
  await popup.expectBalance(699);

  const forged = await page.evaluate(async () => {
    const replies: unknown[] = [];
    addEventListener('message', (event: MessageEvent<{ direction?: string; reply?: unknown }>) => {
      if (event.data?.direction === 'to-page' && event.data.reply) replies.push(event.data.reply);
    });
    // A synthetic click is never a trusted gesture.
    document.body.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
    const gift = { method: 'gift_send', params: { creator: 'mia-cooks', stream: 'sunday-pancakes', giftId: 'galaxy', count: 1, maxCoins: 1000, idempotencyKey: 'forged-key-1' } };
    // Straight to the content script, claiming a gesture and another site's origin: the extras are refused.
    postMessage({ channel: 'livegift-bridge', direction: 'to-wallet', id: 'forged-1', request: gift, gesture: true, origin: 'https://trusted.example' }, '*');
    // A well-formed envelope without a real tap: refused for want of a gesture.
    postMessage({ channel: 'livegift-bridge', direction: 'to-wallet', id: 'forged-2', request: { ...gift, params: { ...gift.params, idempotencyKey: 'forged-key-2' } } }, '*');
    // A forged reply to the provider changes nothing in the wallet.
    postMessage({ channel: 'livegift-bridge', direction: 'to-page', id: 'forged-3', reply: { ok: true, result: { balance: 1_000_000 } } }, '*');
    await new Promise<void>((resolve) => {
      const check = () => (replies.length >= 3 ? resolve() : setTimeout(check, 20));
      check();
    });
    return replies;
  });
  expect(forged).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ ok: false, error: expect.objectContaining({ code: -32602 }) }),
      expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 4100 }) }),
    ]),
  );
  await popup.page.reload();
  await popup.expectBalance(699);
});

test('a parental limit answers 4310 with the approval request it raised', async ({ context, extensionId }) => {
  await fundExtensionWallet(context, extensionId, 700);
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.setPin('2468');
  await options.setCap('Largest single gift', 50);
  await options.saveLimits();

  const page = await context.newPage();
  await TrayPage.open(page);
  const site = new BridgePage(page);
  await answerWindow(context, () => site.request({ method: 'wallet_connect' }, { tap: true }), 'Connect');
  await answerWindow(context, () => site.request(giftRequest('first-gift-1'), { tap: true }), 'Send gift');
  const refused = await site.request(giftRequest('over-limit-1', 'hat'), { tap: true });
  expect(refused).toMatchObject({ ok: false, code: 4310, data: { reason: 'over-parental-limit' } });
  expect(refused.ok ? undefined : refused.data?.approvalId).toMatch(/./);
  // The parent hears about it through a browser notification, as with a blocked recharge.
  const worker = context.serviceWorkers()[0]!;
  type NotificationsApi = { chrome: { notifications: { getAll(): Promise<Record<string, unknown>> } } };
  await expect
    .poll(() => worker.evaluate(async () => Object.keys(await (globalThis as unknown as NotificationsApi).chrome.notifications.getAll()).length))
    .toBe(1);

  await options.page.reload();
  await options.unlock('2468');
  await expect(options.approvals()).toContainText('Hat and Mustache ×1 to mia-cooks');
});

test('three tabs sending 100 gifts each end at the exact balance', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const popup = await fundExtensionWallet(context, extensionId, 700);
  const first = new BridgePage(await context.newPage());
  await TrayPage.open(first.page);
  await answerWindow(context, () => first.request({ method: 'wallet_connect' }, { tap: true }), 'Connect');
  await answerWindow(context, () => first.request(giftRequest('first-gift-1'), { tap: true }), 'Send gift');

  const tabs = [first, new BridgePage(await context.newPage()), new BridgePage(await context.newPage())];
  await Promise.all(tabs.slice(1).map((tab) => TrayPage.open(tab.page)));
  // Each tab taps its gift button 100 times without waiting for answers; the three tabs run side by side.
  const outcomes = (
    await Promise.all(tabs.map((tab, index) => tab.requestOnEachTap(Array.from({ length: 100 }, (_, n) => giftRequest(`tab${index}-gift-${n}`)))))
  ).flat();
  expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([]);
  await popup.page.reload();
  await popup.expectBalance(700 - 1 - 300);
});

test('a gift in flight when the service worker stops is asked again and applied once', async ({ context, extensionId }) => {
  const popup = await fundExtensionWallet(context, extensionId, 1400);
  const site = new BridgePage(await context.newPage());
  await TrayPage.open(site.page);
  await answerWindow(context, () => site.request({ method: 'wallet_connect' }, { tap: true }), 'Connect');
  await answerWindow(context, () => site.request(giftRequest('first-gift-1'), { tap: true }), 'Send gift');

  // A Galaxy (1,000 coins) waits for the viewer's confirmation: the request is in flight in the worker.
  const before = new Set(context.pages());
  const gift = site.request(giftRequest('galaxy-gift-1', 'galaxy'), { tap: true });
  const orphan = await nextConsentWindow(context, before);
  // The worker stops; the content script sends the same gift again (same key) to the fresh worker, which asks again.
  await answerWindow(context, () => stopServiceWorker(context, extensionId), 'Send gift');
  expect(await gift).toMatchObject({ ok: true, result: { coins: 1000, balanceAfter: 399 } });
  // The stopped worker's window, which nobody could answer any more, was closed by the fresh worker.
  await expect.poll(() => orphan.isClosed()).toBe(true);
  // The page retrying the same gift (same key) changes nothing.
  expect(await site.request(giftRequest('galaxy-gift-1', 'galaxy'), { tap: true })).toMatchObject({ ok: true, result: { balanceAfter: 399 } });
  await popup.page.reload();
  await popup.expectBalance(399);
});

test('1,000 random malformed requests each get -32602 and the background keeps working', async ({ context, extensionId }) => {
  const popup = await fundExtensionWallet(context, extensionId, 700);
  const site = new BridgePage(await context.newPage());
  await TrayPage.open(site.page);
  await answerWindow(context, () => site.request({ method: 'wallet_connect' }, { tap: true }), 'Connect');

  const requests = fc.sample(malformedBridgeRequests(), { numRuns: 1000, seed: 7 });
  const outcomes = await site.requestAll(requests);
  const notInvalid = outcomes.map((outcome, index) => ({ outcome, request: requests[index] })).filter(({ outcome }) => outcome.ok || outcome.code !== -32602);
  expect(notInvalid).toEqual([]);
  expect(await site.request({ method: 'wallet_balance' })).toMatchObject({ ok: true, result: { balance: 700 } });
  await popup.page.reload();
  await popup.expectBalance(700);
});
