import { browser } from 'wxt/browser';
import { contentToBackgroundSchema, pageToContentSchema, BRIDGE_PUSH_TYPE, type BackgroundPush } from '@core/bridge/bridge-envelopes';
import type { BridgeEvent } from '@core/bridge/bridge-protocol';
import { DEFAULT_GIFT_CATALOG } from '@core/gift-catalog';
import type { bridgeAdminOperations } from '@core/messages';
import { systemClock } from '@core/ports';
import { ReplyError } from '../background/reply-error';
import type { HandlersOf } from '../background/message-router';
import type { WalletPreferences } from '../background/wallet-preferences';
import type { KeyValueStore } from '../platform/key-value-store';
import type { ExtensionIdentity, MessageSender } from '../platform/sender-kind';
import { createBridgeHandler, type BridgeWalletService } from './bridge-handler';
import { ConnectedSites } from './connected-sites';
import { RechargeWindow } from './recharge-window';
import { scopeKeyToSite } from './scope-key';
import { senderOrigin } from './sender-origin';
import { WatchedApprovals } from './watched-approvals';
import { WindowConsent } from './window-consent';

const MALFORMED = { ok: false, error: { code: -32602, message: 'A bridge message is { channel, direction, id, request } and nothing else.' } };

export interface WalletBridgeParts {
  /** The background's own WalletService: one wallet, one database. */
  wallet: BridgeWalletService;
  local: KeyValueStore;
  /** The parents' "notify me" switch, shared with the popup's recharges. */
  preferences: WalletPreferences;
  notify: (message: string) => Promise<void>;
  extension: ExtensionIdentity;
}

export interface WalletBridge {
  /** The bridge's operations for the extension's own pages (consent answers, connected sites). */
  adminHandlers: HandlersOf<keyof typeof bridgeAdminOperations>;
  /** A message of the bridge's content script in a web page; undefined when it is not the bridge's. */
  fromContentScript(message: unknown, sender: MessageSender): Promise<unknown> | undefined;
}

/**
 * The wallet bridge in the background, on the background's own WalletService (one wallet, one
 * database). Web pages reach it only through the bridge content script.
 */
export function startWalletBridge({ wallet, local, preferences, notify, extension }: WalletBridgeParts): WalletBridge {
  const sites = new ConnectedSites(local);
  const consent = new WindowConsent();
  /** The tabs that used the bridge, by site: where pushes go. Lost on a worker restart, refilled by the next request. */
  const tabs = new Map<string, Set<number>>();

  const watched = new WatchedApprovals(local);
  // The popup page with its recharge form open, in a window of its own (`popup.html?recharge`).
  const rechargeWindow = new RechargeWindow(
    {
      create: () =>
        browser.windows
          .create({ url: browser.runtime.getURL('/popup.html?recharge'), type: 'popup', width: 380, height: 640, focused: true })
          .then((created) => created?.id),
      focus: (windowId) => browser.windows.update(windowId, { focused: true }).then(() => undefined),
    },
    systemClock,
  );
  browser.windows.onRemoved.addListener((windowId) => rechargeWindow.closed(windowId));

  function pushTo(tabId: number, origin: string, event: BridgeEvent): Promise<unknown> {
    const message: BackgroundPush = { type: BRIDGE_PUSH_TYPE, origin, push: event };
    return browser.tabs.sendMessage(tabId, message);
  }

  function push(origin: string, event: BridgeEvent): void {
    for (const tabId of tabs.get(origin) ?? []) pushTo(tabId, origin, event).catch(() => tabs.get(origin)?.delete(tabId));
  }

  /** Tells the asking tabs of every answered approval request (Ask to Buy); their tray offers the gift again. */
  async function pushAnswers(): Promise<void> {
    const waiting = await watched.list();
    if (waiting.length === 0) return;
    const requests = new Map((await wallet.listApprovals()).map((request) => [request.id, request]));
    const done = new Set<string>();
    for (const { approvalId, origin, idempotencyKey, tabIds } of waiting) {
      const request = requests.get(approvalId);
      if (request?.state === 'pending') continue;
      done.add(approvalId);
      if (!request) continue; // gone (a backup replaced the wallet): nothing to tell
      const event: BridgeEvent = { event: 'approvalAnswered', data: { approvalId, idempotencyKey, state: request.state } };
      for (const tabId of tabIds) await pushTo(tabId, origin, event).catch(() => undefined);
    }
    await watched.forget(done);
  }

  // Any committed wallet write (a recharge in the popup, a gift from another site) tells connected tabs the balance.
  let pending: ReturnType<typeof setTimeout> | undefined;
  async function pushBalance(): Promise<void> {
    if (tabs.size === 0) return;
    const balance = await wallet.balance();
    for (const origin of tabs.keys()) if (await sites.get(origin)) push(origin, { event: 'balanceChanged', data: { balance } });
  }
  wallet.onCommitted(() => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      void pushBalance().catch(() => undefined);
      void pushAnswers().catch(() => undefined);
    }, 100);
  });

  const handle = createBridgeHandler({
    wallet,
    sites,
    consent,
    catalog: DEFAULT_GIFT_CATALOG,
    clock: systemClock,
    push,
    scopeKey: scopeKeyToSite,
    watchApproval: ({ tabId, ...entry }) => watched.watch({ ...entry, tabIds: tabId === undefined ? [] : [tabId] }),
    openRecharge: () => rechargeWindow.open(),
  });

  const adminHandlers: WalletBridge['adminHandlers'] = {
    'bridge/consent-answer': ({ requestId, approved }) => {
      if (!consent.answer(requestId, approved)) {
        return Promise.reject(new ReplyError('unknown-consent', 'No question waits for this answer (it was answered or closed).'));
      }
      return Promise.resolve({});
    },
    'bridge/sites-list': async () => {
      const [list, confirmAtCoins] = await Promise.all([sites.list(), sites.confirmAtCoins()]);
      return { confirmAtCoins, sites: list.map(({ origin, connectedAt }) => ({ origin, connectedAt })) };
    },
    'bridge/set-confirm-threshold': async ({ coins }) => {
      await sites.setConfirmAtCoins(coins);
      return {};
    },
    'bridge/sites-disconnect': async ({ origin }) => {
      if (await sites.disconnect(origin)) push(origin, { event: 'disconnect', data: { reason: 'The viewer disconnected this site.' } });
      return {};
    },
  };

  function fromContentScript(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !type.startsWith('bridge/')) return undefined;
    // The origin is the browser's word, never the message's.
    const origin = senderOrigin(sender, extension.id);
    if (!origin) return undefined;
    const relayed = contentToBackgroundSchema.safeParse(message);
    if (!relayed.success) return Promise.resolve({ ok: false, error: { code: -32602, message: 'Malformed bridge message.' } });
    // The content script forwards the page's envelope unchecked (it carries no schemas): extra fields are malformed.
    const envelope = pageToContentSchema.safeParse(relayed.data.envelope);
    if (!envelope.success) return Promise.resolve(MALFORMED);
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      const known = tabs.get(origin) ?? new Set<number>();
      known.add(tabId);
      tabs.set(origin, known);
    }
    return handle({ origin, request: envelope.data.request, gesture: relayed.data.gesture, tabId }).then(async (reply) => {
      // A parent hears about a gift a parental limit stopped, as with a blocked recharge.
      if (!reply.ok && reply.error.data?.reason === 'over-parental-limit' && (await preferences.notifyOnLimit())) {
        await notify(reply.error.message).catch(() => undefined);
      }
      return reply;
    });
  }

  return { adminHandlers, fromContentScript };
}
