import { z } from 'zod';
import { coinsSchema, positiveCoinsSchema } from './money';

export const idempotencyKeySchema = z.string().min(8).max(128);

const entryBase = {
  /** Chosen by the caller before the call; a retry with the same key applies nothing again. */
  idempotencyKey: idempotencyKeySchema,
  coins: positiveCoinsSchema,
  balanceAfter: coinsSchema,
  createdAt: z.number().int().nonnegative(),
};

export const rechargeEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('recharge'),
  packId: z.string().min(1),
});

export const giftEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('gift'),
  giftId: z.string().min(1),
  count: z.number().int().positive(),
  creator: z.string().min(1),
  stream: z.string().min(1),
});

/** One immutable line of the viewer's wallet: it doubles as the receipt. */
export const walletEntrySchema = z.discriminatedUnion('kind', [rechargeEntrySchema, giftEntrySchema]);
export type WalletEntry = z.infer<typeof walletEntrySchema>;
export type RechargeEntry = z.infer<typeof rechargeEntrySchema>;
export type GiftEntry = z.infer<typeof giftEntrySchema>;
