import { expect, test } from './firefox-fixtures';
import { openOptions, openPopup } from './firefox-flows';

test('in Firefox a parental monthly recharge cap set on the options page blocks a recharge and asks a parent', async ({ firefox }) => {
  const { tab: optionsTab, options } = await openOptions(firefox);
  await options.setPin('2468');
  await options.setCap('Recharges per month', 500);
  await options.saveLimits();
  await options.lock();

  const { tab: popupTab, popup } = await openPopup(firefox);
  // Headless Firefox closes a notification at once (`getAll` is empty afterwards, `onShown` never fires), so the
  // popup records the notifications it hears of, shown or closed.
  type NotificationEvent = { addListener(listener: (id: string) => void): void };
  type NotificationsApi = { browser: { notifications: { onShown: NotificationEvent; onClosed: NotificationEvent } } };
  type Heard = { heardNotifications?: Set<string> };
  await popupTab.page.evaluate(() => {
    const heard = ((globalThis as Heard).heardNotifications = new Set());
    const { notifications } = (globalThis as unknown as NotificationsApi).browser;
    for (const event of [notifications.onShown, notifications.onClosed]) event.addListener((id) => heard.add(id));
  });
  await popup.recharge(700);
  await popup.ui.expectText(popup.refusal(), 'A parent’s limit blocks this. A parent was asked to approve it in Settings → Parents.');
  await popup.expectBalance(0);
  // The parent hears about it through a browser notification raised by the background.
  await expect.poll(() => popupTab.page.evaluate(() => (globalThis as Heard).heardNotifications!.size), { timeout: 10_000 }).toBe(1);

  await firefox.reload(optionsTab);
  await options.unlock('2468');
  await options.ui.expectContainsText(options.approvals(), 'Recharge 700 coins: 700 coins');
});
