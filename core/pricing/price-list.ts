import { z } from 'zod';
import { COIN_PACKS } from '../coin-packs';
import { minorUnitsSchema } from '../money';
import { currencySchema, regionSchema } from './regions';

/**
 * How a region taxes a recharge. `included`: list prices are what the viewer pays and contain the tax
 * (VAT/GST); `added`: the tax comes on top of the list price; `none`: no separate tax line.
 */
/** Which sentence a tax label is, so a user interface can say it in the viewer's language with the rate. */
export const taxLabelCodeSchema = z.enum(['no-tax-added', 'taxes-in-price', 'vat-included', 'gst-included', 'sales-tax-added']);
export type TaxLabelCode = z.infer<typeof taxLabelCodeSchema>;

export const taxRuleSchema = z
  .object({
    kind: z.enum(['included', 'added', 'none']),
    /** 1900 = 19 %. Basis points keep the rate an integer. */
    rateBasisPoints: z.number().int().min(0).max(10_000),
    /** The label in English, e.g. "Includes 19% VAT". */
    label: z.string().min(1),
    /** The label as a code (the rate fills it in); without one, a user interface shows `label` as it is. */
    labelCode: taxLabelCodeSchema.optional(),
    /** The tax's own name in the region where the label gives it, e.g. "PPN" in Indonesia. */
    localName: z.string().min(1).max(20).optional(),
  })
  .refine((rule) => (rule.kind === 'none') === (rule.rateBasisPoints === 0), {
    message: 'a tax rule has a rate exactly when it is included or added',
  });
export type TaxRule = z.infer<typeof taxRuleSchema>;

const packIds = COIN_PACKS.map((pack) => pack.id);

/** One region's prices, in the currency's minor unit. */
export const priceListSchema = z.object({
  region: regionSchema,
  currency: currencySchema,
  /** The price of every standard pack, by pack id. */
  packPricesMinor: z
    .record(z.string(), minorUnitsSchema.positive())
    .refine((prices) => packIds.every((id) => id in prices) && Object.keys(prices).length === packIds.length, {
      message: `prices are needed for exactly these packs: ${packIds.join(', ')}`,
    }),
  /** The price of 1,000 coins bought as a custom amount (a little above the packs' rate). */
  customPer1000CoinsMinor: minorUnitsSchema.positive().max(1_000_000_000),
  tax: taxRuleSchema,
  /** The share an app store keeps of an in-app purchase; app prices are raised so the platform nets the same. */
  appStoreFeePercent: z.number().int().min(0).max(99),
});
export type PriceList = z.infer<typeof priceListSchema>;

/** All regions' price lists under one version: a receipt or an audit can name the prices it used. */
export const priceBookSchema = z
  .object({
    version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a version is the date the prices took effect (YYYY-MM-DD)'),
    lists: z.array(priceListSchema).min(1),
  })
  .refine((book) => new Set(book.lists.map((list) => list.region)).size === book.lists.length, {
    message: 'each region has one price list',
  });
export type PriceBook = z.infer<typeof priceBookSchema>;

/** The custom-amount bounds, in coins (inclusive). */
export const CUSTOM_COINS_MIN = 30;
export const CUSTOM_COINS_MAX = 2_500_000;
