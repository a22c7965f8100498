import { walletLinesOf } from '@core/history/wallet-lines';
import {
  historyResponseSchema,
  rechargeResponseSchema,
  sendGiftResponseSchema,
  walletResponseSchema,
} from '@core/messages/gift-server-api';
import { GIFT_SERVER_PATHS } from '@core/messages/gift-server-routes';
import { QUICK_RECHARGE_INSTRUMENT, QUICK_RECHARGE_REGION } from '@core/payments/quick-recharge';
import type { WalletPort } from '@core/ports';
import { ServerUnreadableError, type ServerClient } from '../server-mode/server-client';

/**
 * The viewer's account on the site's gift server as a WalletPort: the server prices, limits and records every
 * gift; the tray only asks. Balance, mode and the signed-in viewer come from `GET /v1/wallet`, so `mode` is known
 * after `balance()`.
 */
/** What a live server's checkout is paid with: the viewer chooses the actual method on the checkout page. */
const CHECKOUT_INSTRUMENT = Object.freeze({ method: 'card', token: 'checkout' });

export interface ServerWalletEvents {
  /** The server's mode, learnt with each balance. */
  onMode?: (mode: 'test' | 'live') => void;
  /** The signed-in viewer, learnt with each balance. */
  onViewer?: (viewer: { id: string; name: string }) => void;
  /**
   * In live mode the shortcut opens the server's hosted checkout (this page is left; the checkout comes back
   * to the site's return page, which shows the recharge settle). Replaceable for tests.
   */
  openCheckout?: (url: string) => void;
}

export function createServerWallet(
  client: ServerClient,
  { onMode, onViewer, openCheckout = (url) => location.assign(url) }: ServerWalletEvents = {},
): WalletPort {
  let mode: 'test' | 'live' = 'test';
  return {
    get mode() {
      return mode;
    },
    async balance() {
      const wallet = await client.call(GIFT_SERVER_PATHS.wallet, walletResponseSchema);
      mode = wallet.mode;
      onMode?.(mode);
      onViewer?.(wallet.viewer);
      return wallet.balance;
    },
    async sendGift(request) {
      const { creator, stream, giftId, count, idempotencyKey } = request;
      const receipt = await client.call(GIFT_SERVER_PATHS.gifts, sendGiftResponseSchema, { creator, stream, giftId, count, idempotencyKey });
      // A receipt for another request is not this tap's: unreadable, so the tap is retried under its own key.
      const mine = (['creator', 'stream', 'giftId', 'count', 'idempotencyKey'] as const).every((field) => receipt[field] === request[field]);
      if (!mine) throw new ServerUnreadableError('The gift server answered with the receipt of another gift.');
      return receipt;
    },
    async recharge({ packId, idempotencyKey }) {
      // The shortcut pays with the sandbox's test card in test mode; a live server answers with its checkout.
      const result = await client.call(GIFT_SERVER_PATHS.recharges, rechargeResponseSchema, {
        idempotencyKey,
        region: QUICK_RECHARGE_REGION,
        packId,
        instrument: mode === 'live' ? CHECKOUT_INSTRUMENT : QUICK_RECHARGE_INSTRUMENT,
      });
      if (result.checkoutUrl) {
        openCheckout(result.checkoutUrl);
        throw { code: 'checkout-opened', message: 'Opening the checkout. Coins can arrive late; never buy twice.' };
      }
      if (!result.receipt) {
        throw { code: 'recharge-pending', message: 'The payment is still being confirmed; the coins will arrive once it settles.' };
      }
      return {
        kind: 'recharge',
        idempotencyKey,
        packId: result.recharge.quote.packId ?? packId,
        coins: result.recharge.quote.coins,
        balanceAfter: result.balance,
        createdAt: result.receipt.issuedAt,
      };
    },
    async recentEntries(limit) {
      if (limit === 0) return [];
      const query = new URLSearchParams({ limit: String(Math.min(Math.max(1, Math.floor(limit)), 500)) });
      const page = await client.call(`${GIFT_SERVER_PATHS.history}?${query}`, historyResponseSchema);
      return walletLinesOf(page.entries);
    },
  };
}
