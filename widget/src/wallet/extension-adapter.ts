import '../zod-jitless';
import {
  approvalAnswerSchema,
  balanceResultSchema,
  giftSendResultSchema,
  OPEN_RECHARGE_METHOD,
  openRechargeResultSchema,
  parseAnnouncement,
  type AnnounceDetail,
} from '@core/bridge/bridge-protocol';
import type { WalletPort, WalletRefusal } from '@core/ports';

/** A validated wallet announcement, as the tray uses it. */
export interface Offer {
  /** What the wallet calls itself: a claim, not proof (a page can announce any name). */
  name: string;
  rdns: string;
  /** The wallet, when this site is connected to it (asks `wallet_balance`: 4100 means not connected). */
  connected(): Promise<WalletPort | null>;
  connect(): Promise<boolean>;
}

const CODE_NAMES: Record<number, string> = {
  4001: 'cancelled',
  4100: 'not-connected',
  4200: 'unsupported',
  4300: 'insufficient-coins',
  4301: 'price-changed',
  4310: 'over-parental-limit',
  4409: 'idempotency-conflict',
  [-32602]: 'invalid-request',
};

/** Turns the bridge's numeric errors into the tray's refusals; anything else means the wallet is unavailable. */
function toRefusal(error: unknown): WalletRefusal {
  const { code, message, data } = (error ?? {}) as { code?: unknown; message?: unknown; data?: { reason?: unknown; approvalId?: unknown } };
  const named = typeof code === 'number' ? CODE_NAMES[code] : undefined;
  const refusal: WalletRefusal = {
    code: typeof data?.reason === 'string' && named && code !== 4001 && code !== 4100 ? data.reason : (named ?? 'wallet-unavailable'),
    message: typeof message === 'string' ? message : 'The wallet extension did not answer.',
  };
  if (typeof data?.approvalId === 'string') refusal.approvalId = data.approvalId;
  return refusal;
}

function walletOf({ provider }: AnnounceDetail, testMode: boolean): WalletPort {
  const ask = async (method: string, params?: unknown) => {
    try {
      return await provider.request({ method, params });
    } catch (error) {
      throw toRefusal(error);
    }
  };
  return {
    mode: testMode ? 'test' : 'live',
    balance: async () => balanceResultSchema.parse(await ask('wallet_balance')).balance,
    async sendGift(request) {
      const result = giftSendResultSchema.parse(await ask('gift_send', request));
      return { kind: 'gift', ...result };
    },
    // Coins are bought in the extension's popup, where the viewer's limits and payment methods live:
    // the tray's recharge button opens it (after the viewer's tap) rather than buying here.
    recharge: () => Promise.reject<never>({ code: 'recharge-in-extension', message: 'Recharge from the LiveGift extension (its toolbar button).' }),
    async openRecharge() {
      openRechargeResultSchema.parse(await ask(OPEN_RECHARGE_METHOD));
    },
    recentEntries: () => Promise.resolve([]),
    onBalanceChange(listener) {
      const onChange = (data: unknown) => {
        const parsed = balanceResultSchema.pick({ balance: true }).safeParse(data);
        if (parsed.success) listener(parsed.data.balance);
      };
      provider.on('balanceChanged', onChange);
      return () => provider.removeListener?.('balanceChanged', onChange);
    },
    onApprovalAnswer(listener) {
      const onAnswer = (data: unknown) => {
        const parsed = approvalAnswerSchema.safeParse(data);
        if (parsed.success) listener(parsed.data);
      };
      provider.on('approvalAnswered', onAnswer);
      return () => provider.removeListener?.('approvalAnswered', onAnswer);
    },
  };
}

/** The announcement's uuid (one per wallet and page load), or null when it is malformed. */
export function announcementId(detail: unknown): string | null {
  return parseAnnouncement(detail)?.info.uuid ?? null;
}

/** Validates an announcement (malformed ones are ignored) and wraps its provider; `changed` hears disconnects. */
export function readAnnouncement(detail: unknown, changed: () => void): Offer | null {
  const announced = parseAnnouncement(detail);
  if (!announced) return null;
  announced.provider.on('disconnect', changed);
  const connected = async () => {
    try {
      const { testMode } = balanceResultSchema.parse(await announced.provider.request({ method: 'wallet_balance' }));
      return walletOf(announced, testMode);
    } catch {
      return null; // not connected (4100), or the extension is gone: the tray uses the page's wallet
    }
  };
  return {
    name: announced.info.name,
    rdns: announced.info.rdns,
    connected,
    async connect() {
      try {
        await announced.provider.request({ method: 'wallet_connect' });
        return true;
      } catch {
        return false;
      }
    },
  };
}
