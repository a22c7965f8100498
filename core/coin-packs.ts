import { z } from 'zod';
import { minorUnitsSchema, positiveCoinsSchema } from './money';

export const coinPackSchema = z.object({
  id: z.string().min(1),
  coins: positiveCoinsSchema,
  priceCents: minorUnitsSchema,
  currency: z.literal('USD'),
});
export type CoinPack = z.infer<typeof coinPackSchema>;

/** The reference price table (US web recharge). Regional price lists build on it. */
export const COIN_PACKS: readonly CoinPack[] = Object.freeze([
  { id: 'pack-70', coins: 70, priceCents: 99, currency: 'USD' },
  { id: 'pack-350', coins: 350, priceCents: 499, currency: 'USD' },
  { id: 'pack-700', coins: 700, priceCents: 999, currency: 'USD' },
  { id: 'pack-1400', coins: 1400, priceCents: 1999, currency: 'USD' },
  { id: 'pack-3500', coins: 3500, priceCents: 4999, currency: 'USD' },
  { id: 'pack-7000', coins: 7000, priceCents: 9999, currency: 'USD' },
] as const);

export function findCoinPack(packId: string): CoinPack | undefined {
  return COIN_PACKS.find((pack) => pack.id === packId);
}
