import { SandboxPaymentProvider } from '../payments/sandbox-payment-provider';
import { systemClock } from '../ports/clock';
import type { GiftRequest, RechargeRequest, WalletPort } from '../ports/wallet-port';
import type { WalletStorage } from '../ports/wallet-storage';
import type { GiftEntry, RechargeEntry, WalletEntry } from '../wallet-entry';
import { WalletError } from '../wallet-error';
import { sendGift } from './gift-flow';
import { readHistory } from './history-reads';
import { recharge } from './recharge-flow';
import { createWalletContext, type WalletContext, type WalletServiceOptions } from './wallet-context';

/** The sandbox card that always succeeds: the quick "test coins" buttons pay with it, in TEST MODE. */
export const QUICK_RECHARGE_INSTRUMENT = Object.freeze({ method: 'card', token: '4242 4242 4242 4242' });
export const QUICK_RECHARGE_REGION = 'US';

/**
 * The WalletPort the popup and the tray already speak, over the WalletService's flows: a pack recharge pays
 * with the sandbox's succeeding test card, and entries come back in the simple wallet-line shape. It calls the
 * flows themselves rather than the whole service, so the tray's wallet chunk carries no backup or audit code.
 */
export class SandboxWallet implements WalletPort {
  private readonly wallet: WalletContext;

  constructor(storage: WalletStorage, options: Partial<Omit<WalletServiceOptions, 'storage'>> = {}) {
    const clock = options.clock ?? systemClock;
    this.wallet = createWalletContext({ payments: new SandboxPaymentProvider({ clock }), ...options, clock, storage });
  }

  balance(): Promise<number> {
    return this.wallet.storage.read((tx) => tx.balance(this.wallet.account));
  }

  async recharge(request: RechargeRequest): Promise<RechargeEntry> {
    const result = await recharge(this.wallet, {
      idempotencyKey: request.idempotencyKey,
      region: QUICK_RECHARGE_REGION,
      packId: request.packId,
      instrument: QUICK_RECHARGE_INSTRUMENT,
    });
    if (!result.receipt) {
      throw new WalletError('recharge-pending', 'The payment is still being confirmed; the coins will arrive once it settles.');
    }
    const entry = (await readHistory(this.wallet, { kind: 'recharge', limit: 1, toMs: result.receipt.issuedAt + 1 })).entries.find(
      (candidate) => candidate.transferId === result.receipt!.transferId,
    );
    return {
      kind: 'recharge',
      idempotencyKey: request.idempotencyKey,
      packId: result.recharge.quote.packId ?? request.packId,
      coins: result.recharge.quote.coins,
      balanceAfter: entry?.balanceAfter ?? result.balance,
      createdAt: result.receipt.issuedAt,
    };
  }

  async sendGift(request: GiftRequest): Promise<GiftEntry> {
    const result = await sendGift(this.wallet, request);
    return {
      kind: 'gift',
      idempotencyKey: request.idempotencyKey,
      giftId: result.giftId,
      count: result.count,
      creator: result.creator,
      stream: result.stream,
      coins: result.coins,
      balanceAfter: result.balanceAfter,
      createdAt: result.createdAt,
    };
  }

  /** Newest first: recharges and gifts (reversals show in the full history, not in this short list). */
  async recentEntries(limit: number): Promise<WalletEntry[]> {
    if (limit === 0) return [];
    const page = await readHistory(this.wallet, { limit: Math.min(limit, 500) });
    return page.entries.flatMap((entry): WalletEntry[] => {
      if (entry.kind === 'recharge') {
        const key = entry.idempotencyKey.replace(/^settle:rc-/, '');
        return [
          { kind: 'recharge', idempotencyKey: key, packId: entry.memo.packId ?? 'custom', coins: entry.amount, balanceAfter: entry.balanceAfter, createdAt: entry.createdAt },
        ];
      }
      if (entry.kind === 'gift') {
        return [
          {
            kind: 'gift',
            idempotencyKey: entry.idempotencyKey,
            giftId: entry.memo.giftId ?? 'unknown',
            count: entry.memo.count ?? 1,
            creator: entry.memo.creator ?? 'unknown',
            stream: entry.memo.stream ?? 'unknown',
            coins: -entry.amount,
            balanceAfter: entry.balanceAfter,
            createdAt: entry.createdAt,
          },
        ];
      }
      return [];
    });
  }
}
