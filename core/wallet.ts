import { z } from 'zod';
import { findCoinPack } from './coin-packs';
import { DEFAULT_GIFT_CATALOG, findGift } from './gift-catalog';
import type { Gift } from './gift-schema';
import { systemClock, type Clock } from './ports/clock';
import type { GiftRequest, RechargeRequest, WalletPort } from './ports/wallet-port';
import type { WalletStore } from './ports/wallet-store';
import { idempotencyKeySchema, type GiftEntry, type RechargeEntry, type WalletEntry } from './wallet-entry';
import { WalletError } from './wallet-error';

const rechargeRequestSchema = z.object({ packId: z.string().min(1), idempotencyKey: idempotencyKeySchema });
const giftRequestSchema = z.object({
  giftId: z.string().min(1),
  count: z.number().int().positive().max(9999),
  creator: z.string().min(1).max(128),
  stream: z.string().min(1).max(128),
  idempotencyKey: idempotencyKeySchema,
});

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new WalletError('invalid-request', z.prettifyError(result.error));
  return result.data;
}

/** The viewer's coin wallet: recharge packs, spend on gifts, never below zero, never twice. */
export class Wallet implements WalletPort {
  constructor(
    private readonly store: WalletStore,
    private readonly catalog: readonly Gift[] = DEFAULT_GIFT_CATALOG,
    private readonly clock: Clock = systemClock,
  ) {}

  balance(): Promise<number> {
    return this.store.readBalance();
  }

  recentEntries(limit: number): Promise<WalletEntry[]> {
    return this.store.recentEntries(limit);
  }

  async recharge(input: RechargeRequest): Promise<RechargeEntry> {
    const request = parse(rechargeRequestSchema, input);
    const pack = findCoinPack(request.packId);
    if (!pack) throw new WalletError('unknown-pack', `There is no coin pack "${request.packId}".`);
    return this.store.transaction(async (tx) => {
      const previous = await tx.findEntry(request.idempotencyKey);
      if (previous) return sameOrConflict<RechargeEntry>(previous, { kind: 'recharge', packId: pack.id });
      const entry: RechargeEntry = {
        kind: 'recharge',
        idempotencyKey: request.idempotencyKey,
        packId: pack.id,
        coins: pack.coins,
        balanceAfter: (await tx.readBalance()) + pack.coins,
        createdAt: this.clock.now(),
      };
      await tx.appendEntry(entry);
      return entry;
    });
  }

  async sendGift(input: GiftRequest): Promise<GiftEntry> {
    const request = parse(giftRequestSchema, input);
    const gift = findGift(this.catalog, request.giftId);
    if (!gift) throw new WalletError('unknown-gift', `There is no gift "${request.giftId}".`);
    const cost = gift.coins * request.count;
    return this.store.transaction(async (tx) => {
      const previous = await tx.findEntry(request.idempotencyKey);
      if (previous) {
        const { idempotencyKey: _key, ...params } = request;
        return sameOrConflict<GiftEntry>(previous, { kind: 'gift', ...params });
      }
      const balance = await tx.readBalance();
      if (cost > balance) {
        throw new WalletError('insufficient-coins', `${gift.name} ×${request.count} costs ${cost} coins; you have ${balance}.`);
      }
      const entry: GiftEntry = {
        kind: 'gift',
        ...request,
        coins: cost,
        balanceAfter: balance - cost,
        createdAt: this.clock.now(),
      };
      await tx.appendEntry(entry);
      return entry;
    });
  }
}

/** A retried key returns its first result only when it asks for the same thing. */
function sameOrConflict<E extends WalletEntry>(previous: WalletEntry, params: Partial<E> & { kind: E['kind'] }): E {
  const matches = Object.entries(params).every(([field, value]) => (previous as Record<string, unknown>)[field] === value);
  if (!matches) {
    throw new WalletError(
      'idempotency-conflict',
      `The request key "${previous.idempotencyKey}" was already used for a different operation.`,
    );
  }
  return previous as E;
}
