import { z } from 'zod';
import { findCoinPack } from '../coin-packs';
import { minorUnitsSchema } from '../money';
import { WalletError } from '../wallet-error';
import { PRICE_BOOK } from './price-book-2026-11';
import type { PriceBook } from './price-list';
import { priceListFor } from './quote-recharge';
import { currencySchema } from './regions';
import { divideRoundHalfUp } from './rounding';

export const channelComparisonSchema = z.object({
  currency: currencySchema,
  webPer100CoinsMinor: minorUnitsSchema,
  appStorePer100CoinsMinor: minorUnitsSchema,
  appStoreFeePercent: z.number().int().min(0).max(99),
});
export type ChannelComparison = z.infer<typeof channelComparisonSchema>;

/** The pack the comparison is based on: a mid-sized one, neither the dearest nor the cheapest per coin. */
export const COMPARISON_PACK_ID = 'pack-700';

/**
 * What 100 coins cost on the web against in an app, where the store keeps a fee and apps raise prices
 * so the platform nets the same: app = web x 100 / (100 - fee). Both prices include tax and are
 * rounded half up to the minor unit.
 */
export function compareChannels(region: string, book: PriceBook = PRICE_BOOK): ChannelComparison {
  const list = priceListFor(region, book);
  if (!list) throw new WalletError('invalid-request', `Coins are not sold in region "${region}" yet.`);
  const packPrice = BigInt(list.packPricesMinor[COMPARISON_PACK_ID]!);
  const packCoins = BigInt(findCoinPack(COMPARISON_PACK_ID)!.coins);
  const fee = BigInt(list.appStoreFeePercent);
  return {
    currency: list.currency,
    webPer100CoinsMinor: divideRoundHalfUp(packPrice * 100n, packCoins),
    appStorePer100CoinsMinor: divideRoundHalfUp(packPrice * 100n * 100n, packCoins * (100n - fee)),
    appStoreFeePercent: list.appStoreFeePercent,
  };
}
