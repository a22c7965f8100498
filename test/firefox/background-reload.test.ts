import { giftRequest } from '../e2e/pages/bridge-page';
import { HistoryView } from '../e2e/pages/history-page';
import { expect, test } from './firefox-fixtures';
import { answerConsentWindow, fundWallet, nextConsentWindow, openDemo, openPopup, reloadBackgroundPage, requestFromPage } from './firefox-flows';

// Firefox's counterpart of the Chromium tests that stop the MV3 service worker: the MV2 background page reloads.

test('reloading the background page during a pending payment loses nothing and credits once', async ({ firefox }) => {
  const { tab, popup } = await openPopup(firefox);
  await popup.recharge(70);
  await popup.expectBalance(70);
  await popup.recharge(700, 'Pending, settles after about 10 seconds');
  await popup.ui.expectVisible(popup.pending());
  await tab.page.close();

  await reloadBackgroundPage(firefox);

  const { popup: reopened } = await openPopup(firefox);
  await reopened.expectBalance(70);
  await reopened.ui.expectContainsText(reopened.pendingRecharges(), '700 coins');
  await reopened.expectBalance(770, 20_000);
  await reopened.ui.expectCount(reopened.pendingRecharges(), 0);

  const history = new HistoryView((await firefox.openExtensionPage('wallet-history.html')).ui);
  await history.ui.expectCount(history.rows(), 2);
  await history.ui.expectCount(history.ui.find({ text: '+700 coins recharged' }, history.rows()), 1);
});

test('a gift waiting for confirmation when the background page reloads is asked again and applied once', async ({ firefox }) => {
  const { tab: popupTab, popup } = await fundWallet(firefox, 1400);
  const { tab: site } = await openDemo(firefox);
  await answerConsentWindow(firefox, () => requestFromPage(site, { method: 'wallet_connect' }, { tap: true }), 'Connect');
  await answerConsentWindow(firefox, () => requestFromPage(site, giftRequest('first-gift-1'), { tap: true }), 'Send gift');

  // A Galaxy (1,000 coins) waits for the viewer's confirmation: the request is in flight in the background.
  const before = new Set<unknown>(await firefox.pages());
  const gift = requestFromPage(site, giftRequest('galaxy-gift-1', 'galaxy'), { tap: true });
  const orphan = await nextConsentWindow(firefox, before);
  // The content script sends the same gift again (same key) to the fresh background page, which asks again.
  await answerConsentWindow(firefox, () => reloadBackgroundPage(firefox), 'Send gift');
  expect(await gift).toMatchObject({ ok: true, result: { coins: 1000, balanceAfter: 399 } });
  // The old page's window, which nobody could answer any more, was closed by the fresh background page.
  await expect.poll(() => firefox.isClosed(orphan), { timeout: 10_000 }).toBe(true);
  // The page retrying the same gift (same key) changes nothing.
  expect(await requestFromPage(site, giftRequest('galaxy-gift-1', 'galaxy'), { tap: true })).toMatchObject({ ok: true, result: { balanceAfter: 399 } });

  await firefox.reload(popupTab);
  await popup.expectBalance(399);
});
