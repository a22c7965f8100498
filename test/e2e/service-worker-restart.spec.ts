import { expect, test } from './extension-fixtures';
import { HistoryPage } from './pages/history-page';
import { PopupPage } from './pages/popup-page';
import { stopServiceWorker } from './service-worker-control';

test('stopping the service worker during a pending payment loses nothing and credits once', async ({ context, extensionId }) => {
  test.setTimeout(60_000);
  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(70);
  await popup.expectBalance(70);
  await popup.recharge(700, 'Pending, settles after about 10 seconds');
  await expect(popup.pending()).toBeVisible();
  await popup.page.close();

  // Stop the worker the way the browser does when it is idle, through the DevTools protocol.
  const worker = await stopServiceWorker(context, extensionId);

  // A new worker starts for the next message; the pending payment and the balance come from storage.
  const reopened = await PopupPage.open(await context.newPage(), extensionId);
  await reopened.expectBalance(70);
  expect(worker.statusesSinceStop).toContain('running');
  await expect(reopened.page.getByTestId('pending-recharges')).toContainText('700 coins');
  await reopened.expectBalance(770, 20_000);
  await expect(reopened.page.getByTestId('pending-recharges')).toHaveCount(0);

  const history = await HistoryPage.open(await context.newPage(), extensionId);
  await expect(history.rows()).toHaveCount(2);
  await expect(history.rows().filter({ hasText: '+700 coins recharged' })).toHaveCount(1);
});
