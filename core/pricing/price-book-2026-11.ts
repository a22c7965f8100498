import { priceBookSchema, type PriceBook } from './price-list';

/**
 * LiveGift's web prices from 1 November 2026. Local prices follow local price points and purchasing
 * power (not a currency conversion of the USD list), as live platforms do. Minor units per ISO 4217:
 * cents, paise, centavos, sen (Rp 15.000 is 1500000). Parsed at load, so a typo fails every test.
 */
export const PRICE_BOOK: PriceBook = priceBookSchema.parse({
  version: '2026-11-01',
  lists: [
    {
      region: 'US',
      currency: 'USD',
      packPricesMinor: { 'pack-70': 99, 'pack-350': 499, 'pack-700': 999, 'pack-1400': 1999, 'pack-3500': 4999, 'pack-7000': 9999 },
      customPer1000CoinsMinor: 1450,
      tax: { kind: 'none', rateBasisPoints: 0, label: 'No tax added', labelCode: 'no-tax-added' },
      appStoreFeePercent: 30,
    },
    {
      region: 'DE',
      currency: 'EUR',
      packPricesMinor: { 'pack-70': 109, 'pack-350': 549, 'pack-700': 1099, 'pack-1400': 2199, 'pack-3500': 5499, 'pack-7000': 10999 },
      customPer1000CoinsMinor: 1590,
      tax: { kind: 'included', rateBasisPoints: 1900, label: 'Includes 19% VAT', labelCode: 'vat-included' },
      appStoreFeePercent: 30,
    },
    {
      region: 'GB',
      currency: 'GBP',
      packPricesMinor: { 'pack-70': 89, 'pack-350': 449, 'pack-700': 899, 'pack-1400': 1799, 'pack-3500': 4499, 'pack-7000': 8999 },
      customPer1000CoinsMinor: 1300,
      tax: { kind: 'included', rateBasisPoints: 2000, label: 'Includes 20% VAT', labelCode: 'vat-included' },
      appStoreFeePercent: 30,
    },
    {
      region: 'IN',
      currency: 'INR',
      packPricesMinor: {
        'pack-70': 5900,
        'pack-350': 29900,
        'pack-700': 59900,
        'pack-1400': 119900,
        'pack-3500': 299900,
        'pack-7000': 599900,
      },
      customPer1000CoinsMinor: 87000,
      tax: { kind: 'included', rateBasisPoints: 1800, label: 'Includes 18% GST', labelCode: 'gst-included' },
      appStoreFeePercent: 30,
    },
    {
      region: 'PH',
      currency: 'PHP',
      packPricesMinor: {
        'pack-70': 5500,
        'pack-350': 27900,
        'pack-700': 55900,
        'pack-1400': 111900,
        'pack-3500': 279900,
        'pack-7000': 559900,
      },
      customPer1000CoinsMinor: 82000,
      tax: { kind: 'included', rateBasisPoints: 1200, label: 'Includes 12% VAT', labelCode: 'vat-included' },
      appStoreFeePercent: 30,
    },
    {
      region: 'ID',
      currency: 'IDR',
      packPricesMinor: {
        'pack-70': 1_500_000,
        'pack-350': 7_500_000,
        'pack-700': 14_900_000,
        'pack-1400': 29_900_000,
        'pack-3500': 74_900_000,
        'pack-7000': 149_900_000,
      },
      customPer1000CoinsMinor: 22_000_000,
      tax: { kind: 'included', rateBasisPoints: 1100, label: 'Includes 11% VAT (PPN)', labelCode: 'vat-included', localName: 'PPN' },
      appStoreFeePercent: 30,
    },
    {
      region: 'BR',
      currency: 'BRL',
      packPricesMinor: { 'pack-70': 490, 'pack-350': 2490, 'pack-700': 4990, 'pack-1400': 9990, 'pack-3500': 24990, 'pack-7000': 49990 },
      customPer1000CoinsMinor: 7300,
      // Brazil's taxes on digital services are part of the price and not itemised on the receipt.
      tax: { kind: 'none', rateBasisPoints: 0, label: 'Taxes included in the price', labelCode: 'taxes-in-price' },
      appStoreFeePercent: 30,
    },
  ],
});
