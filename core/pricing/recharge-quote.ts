import { z } from 'zod';
import { minorUnitsSchema, positiveCoinsSchema } from '../money';
import { currencySchema, regionSchema } from './regions';

/**
 * What a recharge costs, fixed at the moment the viewer confirms: amounts in the currency's minor unit.
 * `packId` is null for a custom amount.
 */
export const rechargeQuoteSchema = z
  .object({
    region: regionSchema,
    currency: currencySchema,
    coins: positiveCoinsSchema,
    packId: z.string().min(1).nullable(),
    subtotalMinor: minorUnitsSchema,
    taxMinor: minorUnitsSchema,
    totalMinor: minorUnitsSchema.positive(),
    /** e.g. "Includes 19% VAT"; shown next to the total. */
    taxLabel: z.string().min(1),
  })
  .refine((quote) => quote.subtotalMinor + quote.taxMinor === quote.totalMinor, {
    message: 'totalMinor must equal subtotalMinor + taxMinor',
    path: ['totalMinor'],
  });
export type RechargeQuote = z.infer<typeof rechargeQuoteSchema>;
