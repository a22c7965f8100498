import type { BrowserContext } from '@playwright/test';
import { expect, test } from './extension-fixtures';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

type NotificationsApi = { chrome: { notifications: { getAll(): Promise<Record<string, unknown>> } } };

function notificationCount(context: BrowserContext): Promise<number> {
  const worker = context.serviceWorkers()[0]!;
  return worker.evaluate(async () => Object.keys(await (globalThis as unknown as NotificationsApi).chrome.notifications.getAll()).length);
}

test('a parental monthly recharge cap blocks a recharge, asks a parent, and the approved recharge completes once', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.setPin('2468');
  await options.setCap('Recharges per month', 500);
  await options.saveLimits();
  await options.lock();

  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(700);
  await expect(popup.refusal()).toHaveText(
    'A parent’s limit blocks this. A parent was asked to approve it in Settings → Parents.',
  );
  await popup.expectBalance(0);
  // The parent hears about it through a browser notification raised by the background.
  await expect.poll(() => notificationCount(context)).toBe(1);

  await options.page.reload();
  await options.unlock('2468');
  await expect(options.approvals()).toContainText('Recharge 700 coins: 700 coins');
  await options.approvals().getByRole('button', { name: 'Approve: Recharge 700 coins' }).click();
  await expect(options.controls().getByRole('status')).toHaveText('Approved. The viewer can now try again.');
  await expect(options.controls()).toContainText('No requests are waiting.');

  // The open popup learns of the answer without a reload: the form's "a parent was asked" gives way to it.
  const approved = popup.page.getByTestId('approved-recharges');
  await expect(approved).toContainText('Recharge of 700 coins');
  await expect(popup.refusal()).toHaveCount(0);
  await approved.getByRole('button', { name: 'Complete purchase' }).click();
  await expect(popup.receipt()).toContainText('700 coins were added to your balance.');
  await popup.expectBalance(700);
  await expect(approved).toHaveCount(0);
  await popup.page.reload();
  await popup.expectBalance(700);
});

test('a parent can decline, and locked recharges are refused', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.setPin('1357');
  await options.controls().getByLabel('Lock recharges').check();
  await options.saveLimits();

  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(70);
  await expect(popup.refusal()).toHaveAttribute('data-code', 'recharges-locked');
  await expect(popup.refusal()).toHaveText('A parent has locked recharges.');

  await options.page.reload();
  await options.unlock('1357');
  await options.approvals().getByRole('button', { name: 'Decline: Recharge 70 coins' }).click();
  await expect(options.controls().getByRole('status')).toHaveText('Declined.');
  // The open popup shows the decline without a reload, and keeps showing it until the viewer has read it.
  const declined = popup.page.getByTestId('declined-recharges');
  await expect(declined).toContainText('Declined by a parent');
  await expect(declined).toContainText('Recharge of 70 coins');
  await expect(popup.refusal()).toHaveCount(0);
  await popup.page.reload();
  await popup.expectBalance(0);
  await expect(popup.page.getByTestId('approved-recharges')).toHaveCount(0);
  await declined.getByRole('button', { name: 'OK: Recharge of 70 coins' }).click();
  await expect(declined).toHaveCount(0);
  await popup.page.reload();
  await popup.expectBalance(0);
  await expect(declined).toHaveCount(0);
});

test('five wrong PINs lock the parents’ section for 15 minutes, even after reloading', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.setPin('2468');
  await options.lock();

  for (const left of [4, 3, 2]) {
    await options.unlock('1111');
    await expect(options.parentsError()).toHaveText(`That PIN is not right. ${left} tries left before the section locks.`);
  }
  await options.unlock('1111');
  await expect(options.parentsError()).toHaveText('That PIN is not right. 1 try left before the section locks.');
  await options.unlock('1111');
  await expect(options.lockMessage()).toHaveText('Too many wrong PINs. The parents’ section opens again in 15 minutes.');
  await expect(options.parents().getByRole('button', { name: 'Unlock' })).toHaveCount(0);

  await options.page.reload();
  await expect(options.lockMessage()).toHaveText('Too many wrong PINs. The parents’ section opens again in 15 minutes.');
  await expect(options.controls()).toHaveCount(0);
});

test('a parent changes the PIN, and removing it removes the parental limits', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  await options.setPin('2468');
  await options.controls().getByLabel('Lock recharges').check();
  await options.saveLimits();

  const change = options.page.getByRole('region', { name: 'Change the PIN' });
  await change.getByLabel('Current PIN').fill('2468');
  await change.getByLabel('New PIN (4 to 8 digits)').fill('97531');
  await change.getByLabel('Repeat the PIN').fill('97531');
  await change.getByRole('button', { name: 'Change PIN' }).click();
  await expect(change.getByRole('status')).toHaveText('The PIN was changed.');
  await options.lock();

  await options.unlock('2468');
  await expect(options.parentsError()).toContainText('That PIN is not right.');
  await options.unlock('97531');
  const remove = options.page.getByRole('region', { name: 'Remove the PIN' });
  await remove.getByLabel('Current PIN').fill('97531');
  await remove.getByRole('button', { name: 'Remove PIN and limits' }).click();
  await expect(options.parents().getByRole('button', { name: 'Set PIN' })).toBeVisible();

  const popup = await PopupPage.open(await context.newPage(), extensionId);
  await popup.recharge(70);
  await popup.expectBalance(70);
});
