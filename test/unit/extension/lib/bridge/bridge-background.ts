import { DEFAULT_GIFT_CATALOG, MemoryWalletStore, NO_LIMITS, SandboxPaymentProvider, WalletService, type LimitPolicy } from '@core';
import type { BridgeReply } from '@core/bridge/bridge-protocol';
import { MemoryKeyValueStore } from '../../../../../extension/lib/platform/key-value-store';
import { createBridgeHandler } from '../../../../../extension/lib/bridge/bridge-handler';
import type { ConsentQuestion } from '../../../../../extension/lib/bridge/consent';
import { ConnectedSites } from '../../../../../extension/lib/bridge/connected-sites';
import { scopeKeyToSite } from '../../../../../extension/lib/bridge/scope-key';
import { TEST_CARD } from '../../../../support/wallet-backups';

export const SITE = 'https://live.example';

/**
 * The background's bridge over a real WalletService in memory, with a scripted viewer answering the
 * consent windows. `restart()` builds new objects over the same storage, as a restarted worker does.
 */
export async function bridgeBackground({ coins = 7000, policy = NO_LIMITS }: { coins?: number; policy?: LimitPolicy } = {}) {
  const clock = { now: () => Date.UTC(2026, 10, 23, 12) };
  const storage = new MemoryWalletStore();
  const local = new MemoryKeyValueStore();
  const asked: ConsentQuestion[] = [];
  const pushes: { origin: string; event: string }[] = [];
  const watched: unknown[] = [];
  const counts = { opened: 0 };
  let answer: (question: ConsentQuestion) => Promise<boolean> = () => Promise.resolve(true);
  const service = () => new WalletService({ storage, payments: new SandboxPaymentProvider(), clock, timeZone: 'UTC' });
  const wallet = service();
  for (let left = coins; left > 0; left -= 7000) {
    await wallet.recharge({ idempotencyKey: `seed-${left}`, region: 'US', packId: 'pack-7000', instrument: TEST_CARD });
  }
  await wallet.setPolicy(policy);
  const start = () =>
    createBridgeHandler({
      wallet: service(),
      sites: new ConnectedSites(local),
      consent: {
        ask: (question) => {
          asked.push(question);
          return answer(question);
        },
      },
      catalog: DEFAULT_GIFT_CATALOG,
      clock,
      push: (origin, push) => pushes.push({ origin, event: push.event }),
      scopeKey: scopeKeyToSite,
      watchApproval: (entry) => {
        watched.push(entry);
        return Promise.resolve();
      },
      openRecharge: () => Promise.resolve((counts.opened++, 'opened' as const)),
    });
  let handle = start();
  return {
    asked,
    pushes,
    watched,
    wallet,
    /** How many recharge windows the bridge opened. */
    get opened() {
      return counts.opened;
    },
    answerWith(next: (question: ConsentQuestion) => Promise<boolean>) {
      answer = next;
    },
    restart() {
      handle = start();
    },
    call(request: unknown, { origin = SITE, gesture = true, tabId }: { origin?: string; gesture?: boolean; tabId?: number } = {}): Promise<BridgeReply> {
      return handle({ origin, request, gesture, ...(tabId === undefined ? {} : { tabId }) });
    },
  };
}

/** A gift_send request; `maxCoins` is what an honest tray shows (the catalog's price × count) unless given. */
export function gift(overrides: Record<string, unknown> = {}) {
  const params = { creator: 'creator-1', stream: 'stream-1', giftId: 'rose', count: 1, idempotencyKey: 'key-00000001', ...overrides };
  const shown = DEFAULT_GIFT_CATALOG.find((entry) => entry.id === params.giftId);
  const count = typeof params.count === 'number' ? params.count : 1;
  return { method: 'gift_send', params: { maxCoins: shown ? shown.coins * count : 1, ...params } };
}

export function errorCode(reply: BridgeReply): number | null {
  return reply.ok ? null : reply.error.code;
}
