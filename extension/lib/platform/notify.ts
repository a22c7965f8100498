import { i18n } from '#i18n';
import { browser } from 'wxt/browser';

/** Shows a browser notification from LiveGift (a parent hears that a limit stopped a recharge or a gift). */
export async function notify(message: string): Promise<void> {
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: i18n.t('notify.title'),
    message,
  });
}
