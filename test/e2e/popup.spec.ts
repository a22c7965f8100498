import { expect, test } from './extension-fixtures';
import { PopupPage } from './pages/popup-page';

test('the popup recharges 70 test coins and shows the new balance', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await expect(popup.page.getByText('TEST MODE', { exact: true })).toBeVisible();
  await popup.expectBalance(0);

  await popup.rechargeQuickPack();
  await popup.expectBalance(70);
  await expect(popup.page.getByText('+70 coins recharged')).toBeVisible();
});

test('the balance lives in the background and survives reopening the popup', async ({ context, extensionId }) => {
  const first = await PopupPage.open(await context.newPage(), extensionId);
  await first.rechargeQuickPack();
  await first.expectBalance(70);
  await first.rechargeQuickPack();
  await first.expectBalance(140);
  await first.page.close();

  const reopened = await PopupPage.open(await context.newPage(), extensionId);
  await reopened.expectBalance(140);
});
