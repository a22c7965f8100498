import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { isScamMessage, SANDBOX_SETTLEMENT_DELAY_MS, systemClock, WalletService } from '@core';
import { DexieWalletStore } from '@core/storage/dexie-wallet-store';
import { startWalletBridge } from '../bridge/start-wallet-bridge';
import { extensionStorageAreas } from '../platform/browser-storage-area';
import { notify } from '../platform/notify';
import { startNavigationGuard } from '../scam/navigation-guard';
import { updateRulesFromUrl } from '../scam/rules-updater';
import { handleScamRequest } from '../scam/scam-request-handler';
import { dispatchMessage } from './dispatch-message';
import { DurableSandboxProvider } from './durable-sandbox-provider';
import { ParentalPinService } from './parental-pin-service';
import { PersistedClock } from './persisted-clock';
import { createHandlers } from './wallet-handlers';
import { WalletPreferences } from './wallet-preferences';

/**
 * The background's composition root: builds every part once (storage areas, clock, preferences, the
 * wallet) and answers every message through one dispatch. It keeps nothing that matters in memory: the
 * wallet is in IndexedDB, the PIN, lockout, preferences and the sandbox's log in storage.local, so the
 * browser may stop this worker between any two messages.
 */
export function startBackground(): void {
  const { local, session } = extensionStorageAreas();
  // A clock set back must not end a PIN lockout or reopen a day's or month's limit.
  const clock = new PersistedClock(local, systemClock);
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const uiRegion = browser.i18n.getUILanguage().split('-')[1]?.toUpperCase() ?? 'US';
  const preferences = new WalletPreferences(local, uiRegion);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const service = new WalletService({
    storage: new DexieWalletStore(),
    payments: new DurableSandboxProvider(local, clock, SANDBOX_SETTLEMENT_DELAY_MS),
    clock,
    timeZone,
  });

  const walletHandlers = createHandlers({
    engine: service,
    pin: new ParentalPinService(local, session, clock),
    preferences,
    store: local,
    clock,
    notifyLimit: ({ coins, locked }) => {
      const amount = new Intl.NumberFormat(browser.i18n.getUILanguage()).format(coins);
      return notify(locked ? i18n.t('notify.rechargeLocked', coins, { coins: amount }) : i18n.t('notify.rechargeOverLimit', coins, { coins: amount }));
    },
  });
  // The wallet bridge for web pages, on the same WalletService (extension/README.md, Wallet bridge).
  const bridge = startWalletBridge({ wallet: service, local, preferences, notify, extension });

  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    dispatchMessage(
      {
        extension,
        // Every operation of core/messages/ has its handler here; the compiler checks none is missing.
        handlers: { ...walletHandlers, ...bridge.adminHandlers },
        around: (run) => clock.ready.then(run).finally(() => void clock.save().catch(() => undefined)),
        fromContentScript: bridge.fromContentScript,
        scam: { owns: isScamMessage, handle: (scamMessage, from) => handleScamRequest(scamMessage, from) },
      },
      message,
      sender,
    ),
  );

  startNavigationGuard();
  void updateRulesFromUrl();
}
