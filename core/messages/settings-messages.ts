import { z } from 'zod';
import { coinsSchema } from '../money';
import { defineOperation } from './operation';

export const regionCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'a region is a two-letter country code');

export const walletSettingsSchema = z.object({
  region: regionCodeSchema,
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** The viewer's own monthly gifting budget, or null for none. */
  monthlyBudgetCoins: coinsSchema.nullable(),
  /** Regions the price lists cover, with their currency, for the region picker. */
  regions: z.array(z.object({ region: regionCodeSchema, currency: z.string().regex(/^[A-Z]{3}$/) })),
});
export type WalletSettings = z.infer<typeof walletSettingsSchema>;

export const settingsOperations = {
  'settings/get': defineOperation(z.object({}), walletSettingsSchema),
  'settings/update': defineOperation(
    z.object({ region: regionCodeSchema.optional(), monthlyBudgetCoins: coinsSchema.nullable().optional() }),
    walletSettingsSchema,
  ),
};
