import { z } from 'zod';

/** Regions with a price list, as ISO 3166-1 alpha-2 codes. */
export const REGIONS = ['US', 'DE', 'GB', 'IN', 'PH', 'ID', 'BR'] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;

/** ISO 4217 codes of the currencies the price lists use. Every one has 2 minor digits (IDR included, per ISO). */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'INR', 'PHP', 'IDR', 'BRL'] as const;
export const currencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof currencySchema>;

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}
