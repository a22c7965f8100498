import { expect, test } from './extension-fixtures';
import { connectTray, WALLET_NAME } from './pages/bridge-page';
import { PopupPage } from './pages/popup-page';

test('while the extension pays, the tray’s recharge opens the extension’s recharge, and the coins bought there reach the tray', async ({
  context,
}) => {
  test.setTimeout(90_000);
  const tray = await connectTray(context, await context.newPage());
  await tray.expectBalance(0);
  // The button says what it does: no test coins are added in the page while the extension pays.
  const recharge = tray.tray.getByRole('button', { name: `Recharge in ${WALLET_NAME}` });
  await expect(tray.tray.getByRole('button', { name: /Add .* test coins/ })).toHaveCount(0);

  const before = new Set(context.pages());
  await recharge.click();
  let window: import('@playwright/test').Page | undefined;
  await expect
    .poll(() => (window = context.pages().find((page) => !before.has(page) && page.url().includes('/popup.html?recharge'))) !== undefined)
    .toBe(true);
  await expect(tray.status()).toHaveText(`${WALLET_NAME} opened its recharge in a window: buy coins there.`);

  // The extension's window opens on its recharge form, with the price in full and TEST MODE.
  const popup = new PopupPage(window!);
  await expect(popup.page.getByRole('group', { name: 'Choose a pack' })).toBeVisible();
  await popup.recharge(700);
  await expect(popup.receipt()).toContainText('700 coins were added to your balance.');
  await tray.expectBalance(700);

});
