import { z } from 'zod';
import { findCoinPack } from '../coin-packs';
import { WalletError } from '../wallet-error';
import { PRICE_BOOK } from './price-book-2026-11';
import { CUSTOM_COINS_MAX, CUSTOM_COINS_MIN, type PriceBook, type PriceList, type TaxRule } from './price-list';
import { rechargeQuoteSchema, type RechargeQuote } from './recharge-quote';
import { divideRoundHalfUp } from './rounding';

export const rechargeQuoteInputSchema = z.union([
  z.strictObject({ region: z.string().min(1), packId: z.string().min(1) }),
  z.strictObject({ region: z.string().min(1), customCoins: z.number().or(z.nan()) }),
]);
export type RechargeQuoteInput = z.infer<typeof rechargeQuoteInputSchema>;

const coinsText = (coins: number) => new Intl.NumberFormat('en-US').format(coins);

/** The region's price list in the given book (the current one by default), or undefined. */
export function priceListFor(region: string, book: PriceBook = PRICE_BOOK): PriceList | undefined {
  return book.lists.find((list) => list.region === region);
}

/**
 * Prices a recharge of a standard pack or of a custom number of coins. Rounding, always in minor units
 * and half up: a custom amount costs coins x customPer1000CoinsMinor / 1000; included tax is
 * total x rate / (1 + rate) (the subtotal is the rest); added tax is subtotal x rate. Throws a
 * WalletError ('unknown-pack' or 'invalid-request') with a message for the viewer on bad input.
 */
export function quoteRecharge(input: RechargeQuoteInput, book: PriceBook = PRICE_BOOK): RechargeQuote {
  const parsed = rechargeQuoteInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new WalletError('invalid-request', 'A recharge needs a region and either a pack or a custom number of coins.');
  }
  const request = parsed.data;
  const list = priceListFor(request.region, book);
  if (!list) {
    const regions = book.lists.map((candidate) => candidate.region).join(', ');
    throw new WalletError('invalid-request', `Coins are not sold in region "${request.region}" yet. Regions: ${regions}.`);
  }

  let coins: number;
  let packId: string | null;
  let listPriceMinor: number;
  if ('packId' in request) {
    const pack = findCoinPack(request.packId);
    const price = list.packPricesMinor[request.packId];
    if (!pack || price === undefined) throw new WalletError('unknown-pack', `There is no coin pack "${request.packId}".`);
    packId = pack.id;
    coins = pack.coins;
    listPriceMinor = price;
  } else {
    coins = request.customCoins;
    if (!Number.isInteger(coins) || coins < CUSTOM_COINS_MIN || coins > CUSTOM_COINS_MAX) {
      throw new WalletError(
        'invalid-request',
        `A custom amount must be a whole number of coins from ${coinsText(CUSTOM_COINS_MIN)} to ${coinsText(CUSTOM_COINS_MAX)}.`,
      );
    }
    packId = null;
    listPriceMinor = divideRoundHalfUp(BigInt(coins) * BigInt(list.customPer1000CoinsMinor), 1000n);
  }

  return rechargeQuoteSchema.parse({
    region: list.region,
    currency: list.currency,
    coins,
    packId,
    ...applyTax(listPriceMinor, list.tax),
    taxLabel: list.tax.label,
  });
}

export function applyTax(listPriceMinor: number, tax: TaxRule): { subtotalMinor: number; taxMinor: number; totalMinor: number } {
  const rate = BigInt(tax.rateBasisPoints);
  switch (tax.kind) {
    case 'none':
      return { subtotalMinor: listPriceMinor, taxMinor: 0, totalMinor: listPriceMinor };
    case 'included': {
      const taxMinor = divideRoundHalfUp(BigInt(listPriceMinor) * rate, 10_000n + rate);
      return { subtotalMinor: listPriceMinor - taxMinor, taxMinor, totalMinor: listPriceMinor };
    }
    case 'added': {
      const taxMinor = divideRoundHalfUp(BigInt(listPriceMinor) * rate, 10_000n);
      return { subtotalMinor: listPriceMinor, taxMinor, totalMinor: listPriceMinor + taxMinor };
    }
  }
}
