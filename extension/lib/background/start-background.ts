import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { systemClock, WalletService } from '../../../core';
import { isOperationName } from '../../../core/messages/extension-protocol';
import { DexieWalletStore } from '../../../core/storage/dexie-wallet-store';
import { BrowserStorageArea } from './browser-storage-area';
import { DurableSandboxProvider } from './durable-sandbox-provider';
import { MemoryKeyValueStore } from './key-value-store';
import { isExtensionPage, routeMessage } from './message-router';
import { ParentalPinService } from './parental-pin-service';
import { PersistedClock } from './persisted-clock';
import { createHandlers } from './wallet-handlers';
import type { BackgroundWalletService } from './background-wallet-service';
import { WalletPreferences } from './wallet-preferences';

/** The sandbox's "settles after a delay" test instrument clears after this long in the extension. */
export const SANDBOX_SETTLEMENT_DELAY_MS = 10_000;

/**
 * Builds everything the background owns. It keeps nothing that matters in memory: the wallet is in
 * IndexedDB, the PIN, lockout, preferences and the sandbox's log in storage.local, so the browser may
 * stop this worker between any two messages.
 */
export function startBackground(): WalletService {
  const local = new BrowserStorageArea(browser.storage.local);
  // A clock set back must not end a PIN lockout or reopen a day's or month's limit.
  const clock = new PersistedClock(local, systemClock);
  // The unlock session may vanish with the browser; older Firefox releases have no session area.
  const session = browser.storage.session ? new BrowserStorageArea(browser.storage.session) : new MemoryKeyValueStore();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const service = new WalletService({
    storage: new DexieWalletStore(),
    payments: new DurableSandboxProvider(local, clock, SANDBOX_SETTLEMENT_DELAY_MS),
    clock,
    timeZone,
  });
  const engine: BackgroundWalletService = service;
  const uiRegion = browser.i18n.getUILanguage().split('-')[1]?.toUpperCase() ?? 'US';

  const handlers = createHandlers({
    engine,
    pin: new ParentalPinService(local, session, clock),
    preferences: new WalletPreferences(local, uiRegion),
    store: local,
    clock,
    notifyLimit: async ({ coins, locked }) => {
      const amount = new Intl.NumberFormat(browser.i18n.getUILanguage()).format(coins);
      await browser.notifications.create({
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: i18n.t('notify.title'),
        message: locked ? i18n.t('notify.rechargeLocked', coins, { coins: amount }) : i18n.t('notify.rechargeOverLimit', coins, { coins: amount }),
      });
    },
  });

  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Sender facts come from the browser, never from the message: only the extension's own pages get in.
    if (!isExtensionPage(sender, browser.runtime.id, extensionOrigin)) return undefined;
    // Messages of other protocols (another listener may own them) are left alone.
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    const ours = isOperationName(type) || (typeof message === 'object' && message !== null && 'payload' in message);
    if (!ours) return undefined;
    return clock.ready.then(() => routeMessage(handlers, message)).finally(() => void clock.save().catch(() => undefined));
  });
  return service;
}
