import { z } from 'zod';
import { creatorAccount, SYSTEM_ACCOUNTS, viewerAccount } from '../ledger/accounts';
import type { Leg } from '../ledger/ledger-records';
import type { TransferRequest } from '../ledger/post-transfer';

/**
 * How coins spent on a gift become diamonds: each coin issues `diamondsPerCoin` diamonds, of which
 * the creator gets `creatorShareBasisPoints` / 10 000, rounded down; the platform gets the rest.
 */
export const giftEconomySchema = z.object({
  diamondsPerCoin: z.number().int().positive().max(1000),
  creatorShareBasisPoints: z.number().int().min(0).max(10_000),
});
export type GiftEconomy = z.infer<typeof giftEconomySchema>;

export const DEFAULT_GIFT_ECONOMY: GiftEconomy = Object.freeze({ diamondsPerCoin: 1, creatorShareBasisPoints: 5_000 });

export interface DiamondSplit {
  totalDiamonds: number;
  creatorDiamonds: number;
  platformDiamonds: number;
}

/** Rounds in the platform's favour: the creator's share is floored, the remainder is the platform's. */
export function splitGiftDiamonds(coins: number, economy: GiftEconomy): DiamondSplit {
  const total = BigInt(coins) * BigInt(economy.diamondsPerCoin);
  const creator = (total * BigInt(economy.creatorShareBasisPoints)) / 10_000n;
  return { totalDiamonds: Number(total), creatorDiamonds: Number(creator), platformDiamonds: Number(total - creator) };
}

export interface GiftTransferInput {
  viewerId: string;
  giftId: string;
  count: number;
  /** Price of one gift in coins, from the catalog. */
  unitCoins: number;
  creator: string;
  stream: string;
  idempotencyKey: string;
}

/**
 * The legs of a gift: the viewer's coins go to the gift sink; diamonds are issued and split between the
 * creator and the platform share, each its own entry. A zero share gets no leg.
 */
export function giftTransferRequest(input: GiftTransferInput, economy: GiftEconomy): TransferRequest {
  const coins = input.unitCoins * input.count;
  const split = splitGiftDiamonds(coins, economy);
  const legs: Leg[] = [
    { account: viewerAccount(input.viewerId), unit: 'coins', amount: -coins },
    { account: SYSTEM_ACCOUNTS.giftSink, unit: 'coins', amount: coins },
    { account: SYSTEM_ACCOUNTS.diamondIssuance, unit: 'diamonds', amount: -split.totalDiamonds },
  ];
  if (split.creatorDiamonds > 0) legs.push({ account: creatorAccount(input.creator), unit: 'diamonds', amount: split.creatorDiamonds });
  if (split.platformDiamonds > 0) legs.push({ account: SYSTEM_ACCOUNTS.platformShare, unit: 'diamonds', amount: split.platformDiamonds });
  return {
    idempotencyKey: input.idempotencyKey,
    kind: 'gift',
    legs,
    memo: { giftId: input.giftId, count: input.count, creator: input.creator, stream: input.stream },
    params: giftParams(input),
  };
}

/** What a gift request asks, for idempotency: the same gift, count, creator and stream. */
export function giftParams(input: Pick<GiftTransferInput, 'viewerId' | 'giftId' | 'count' | 'creator' | 'stream'>) {
  return { viewerId: input.viewerId, giftId: input.giftId, count: input.count, creator: input.creator, stream: input.stream };
}
