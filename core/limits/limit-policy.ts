import { z } from 'zod';
import { coinsSchema } from '../money';

/** A cap in coins, or null for "no cap". Zero is a real cap: nothing is allowed. */
const capSchema = coinsSchema.nullable();

/**
 * What the viewer set for themselves (`budget`) and what a parent set behind the PIN (`parental`).
 * A budget only warns and stops; the viewer may raise it. A parental limit can only be passed with a
 * parent's approval.
 */
export const limitPolicySchema = z.object({
  budget: z.object({
    monthlyGiftCoins: capSchema,
  }),
  parental: z.object({
    dailyRechargeCoins: capSchema,
    monthlyRechargeCoins: capSchema,
    dailyGiftCoins: capSchema,
    monthlyGiftCoins: capSchema,
    largestGiftCoins: capSchema,
    rechargesLocked: z.boolean(),
  }),
});
export type LimitPolicy = z.infer<typeof limitPolicySchema>;

/** No budget, no parental limits: a fresh wallet. */
export const NO_LIMITS: LimitPolicy = Object.freeze({
  budget: Object.freeze({ monthlyGiftCoins: null }),
  parental: Object.freeze({
    dailyRechargeCoins: null,
    monthlyRechargeCoins: null,
    dailyGiftCoins: null,
    monthlyGiftCoins: null,
    largestGiftCoins: null,
    rechargesLocked: false,
  }),
});

/** Which rule decided: `budget` is the viewer's own monthly gifting budget, the rest are parental. */
export const limitNameSchema = z.enum([
  'budget',
  'rechargesLocked',
  'largestGiftCoins',
  'dailyRechargeCoins',
  'monthlyRechargeCoins',
  'dailyGiftCoins',
  'monthlyGiftCoins',
]);
export type LimitName = z.infer<typeof limitNameSchema>;
