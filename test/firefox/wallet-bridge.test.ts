import { WALLET_NAME } from '../e2e/pages/bridge-page';
import { test } from './firefox-fixtures';
import { answerConsentWindow, fundWallet, openDemo } from './firefox-flows';

test('in Firefox the tray finds the extension wallet, connects in its window, and a gift changes the popup’s balance', async ({ firefox }) => {
  const { tab: popupTab, popup } = await fundWallet(firefox, 700);
  const { tray } = await openDemo(firefox);

  await answerConsentWindow(firefox, () => tray.ui.click(tray.walletOffer(WALLET_NAME)), 'Connect');
  await tray.ui.expectText(tray.walletSource(), `Paying from ${WALLET_NAME}`);
  await tray.expectTrayBalance(700);

  // The first gift from a site is confirmed in the extension's window, priced from the wallet's catalog.
  await answerConsentWindow(firefox, () => tray.ui.click(tray.giftButton('Perfume', '20 coins')), 'Send gift', async (window) => {
    await window.ui.expectText(window.gift(), 'Perfume ×1 to mia-cooks — 20 coins');
  });
  await tray.expectTrayBalance(680);

  await firefox.reload(popupTab);
  await popup.expectBalance(680);
});
