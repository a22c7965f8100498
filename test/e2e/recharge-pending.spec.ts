import { expect, test } from './extension-fixtures';
import { HistoryPage } from './pages/history-page';
import { PopupPage } from './pages/popup-page';

test('a delayed payment stays pending, refuses a second purchase of the same pack, then credits once', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(60_000);
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(700, 'Pending, settles after about 10 seconds');
  await expect(popup.pending()).toContainText('Your payment for 700 coins is pending.');
  await popup.expectBalance(0);

  const second = await PopupPage.open(await context.newPage(), extensionId);
  await expect(second.page.getByTestId('pending-recharges')).toContainText('700 coins');
  await second.recharge(700);
  await expect(second.refusal()).toHaveText(
    'A payment for this pack is still pending. Wait for it to clear before buying it again.',
  );

  await expect(popup.receipt()).toContainText('700 coins were added to your balance.', { timeout: 20_000 });
  await popup.expectBalance(700);
  await second.expectBalance(700);
  await expect(second.page.getByTestId('pending-recharges')).toHaveCount(0);

  const history = await HistoryPage.open(await context.newPage(), extensionId);
  await expect(history.rows()).toHaveCount(1);
  await expect(history.rows().first()).toContainText('+700 coins recharged');
});
