import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COIN_PACKS,
  CUSTOM_COINS_MAX,
  CUSTOM_COINS_MIN,
  PRICE_BOOK,
  priceBookSchema,
  quoteRecharge,
  REGIONS,
  WalletError,
  type PriceBook,
} from '@core';

describe('quoting a standard pack', () => {
  it('charges the US list price with no tax added', () => {
    expect(quoteRecharge({ region: 'US', packId: 'pack-350' })).toEqual({
      region: 'US',
      currency: 'USD',
      coins: 350,
      packId: 'pack-350',
      subtotalMinor: 499,
      taxMinor: 0,
      totalMinor: 499,
      taxLabel: 'No tax added',
    });
  });

  it('shows the VAT contained in a German price: 5.49 € holds 0.88 € of 19 % VAT', () => {
    expect(quoteRecharge({ region: 'DE', packId: 'pack-350' })).toMatchObject({
      currency: 'EUR',
      subtotalMinor: 461,
      taxMinor: 88,
      totalMinor: 549,
      taxLabel: 'Includes 19% VAT',
    });
  });

  it('rounds the contained tax half up in minor units (UK 20 % VAT, Indian 18 % GST)', () => {
    // 89 × 20/120 = 14.83 -> 15 pence
    expect(quoteRecharge({ region: 'GB', packId: 'pack-70' })).toMatchObject({ subtotalMinor: 74, taxMinor: 15, totalMinor: 89 });
    // 59,900 × 18/118 = 9,137.29 -> 9,137 paise
    expect(quoteRecharge({ region: 'IN', packId: 'pack-700' })).toMatchObject({ subtotalMinor: 50763, taxMinor: 9137, totalMinor: 59900 });
  });

  it('prices rupiah in ISO minor units: Rp 15.000 is 1,500,000', () => {
    // 1,500,000 × 11/111 = 148,648.65 -> 148,649
    expect(quoteRecharge({ region: 'ID', packId: 'pack-70' })).toMatchObject({
      currency: 'IDR',
      totalMinor: 1_500_000,
      taxMinor: 148_649,
      subtotalMinor: 1_351_351,
    });
  });

  it('quotes every pack in every region, with totals that add up', () => {
    for (const region of REGIONS) {
      for (const pack of COIN_PACKS) {
        const quote = quoteRecharge({ region, packId: pack.id });
        expect(quote.coins).toBe(pack.coins);
        expect(quote.subtotalMinor + quote.taxMinor).toBe(quote.totalMinor);
        expect(Number.isSafeInteger(quote.totalMinor)).toBe(true);
      }
    }
  });

  it('makes a bigger pack cost more than a smaller one in every region', () => {
    for (const region of REGIONS) {
      const totals = COIN_PACKS.map((pack) => quoteRecharge({ region, packId: pack.id }).totalMinor);
      expect(totals).toEqual([...totals].sort((a, b) => a - b));
      expect(new Set(totals).size).toBe(totals.length);
    }
  });
});

describe('quoting a custom amount', () => {
  it('prices it from the region’s rate per 1,000 coins', () => {
    expect(quoteRecharge({ region: 'US', customCoins: 1000 })).toMatchObject({ coins: 1000, packId: null, totalMinor: 1450 });
  });

  it('rounds half a minor unit up: 30 coins at 1.45 ¢ cost 44 ¢, not 43', () => {
    expect(quoteRecharge({ region: 'US', customCoins: 30 }).totalMinor).toBe(44);
    expect(quoteRecharge({ region: 'US', customCoins: 31 }).totalMinor).toBe(45); // 44.95
  });

  it('takes the contained VAT out of a custom price', () => {
    // 30 × 1.59 = 47.7 -> 48 cents; 48 × 19/119 = 7.66 -> 8
    expect(quoteRecharge({ region: 'DE', customCoins: 30 })).toMatchObject({ totalMinor: 48, taxMinor: 8, subtotalMinor: 40 });
  });

  it('prices the largest custom amount exactly', () => {
    expect(quoteRecharge({ region: 'ID', customCoins: CUSTOM_COINS_MAX }).totalMinor).toBe(55_000_000_000);
  });

  it('never makes a pack dearer per coin than the same coins bought as a custom amount', () => {
    for (const region of REGIONS) {
      for (const pack of COIN_PACKS) {
        const packTotal = quoteRecharge({ region, packId: pack.id }).totalMinor;
        expect(packTotal).toBeLessThanOrEqual(quoteRecharge({ region, customCoins: pack.coins }).totalMinor);
      }
    }
  });

  it('refuses amounts outside 30..2,500,000 coins or not whole', () => {
    for (const customCoins of [CUSTOM_COINS_MIN - 1, CUSTOM_COINS_MAX + 1, 100.5, Number.NaN]) {
      expect(() => quoteRecharge({ region: 'US', customCoins })).toThrow(/from 30 to 2,500,000/);
    }
  });
});

describe('quotes that cannot be made', () => {
  it('refuses a region without a price list, naming the ones that exist', () => {
    const attempt = () => quoteRecharge({ region: 'FR', packId: 'pack-70' });
    expect(attempt).toThrow(WalletError);
    expect(attempt).toThrow(/region "FR".*US, DE, GB, IN, PH, ID, BR/);
  });

  it('refuses an unknown pack with unknown-pack', () => {
    expect(() => quoteRecharge({ region: 'US', packId: 'pack-9000' })).toThrow(expect.objectContaining({ code: 'unknown-pack' }));
  });

  it('refuses a request naming both a pack and a custom amount', () => {
    expect(() => quoteRecharge({ region: 'US', packId: 'pack-70', customCoins: 70 } as never)).toThrow(
      expect.objectContaining({ code: 'invalid-request' }),
    );
  });
});

describe('a price list where tax is added on top', () => {
  const usList = PRICE_BOOK.lists.find((list) => list.region === 'US')!;
  const book: PriceBook = priceBookSchema.parse({
    version: '2027-01-01',
    lists: [{ ...usList, tax: { kind: 'added', rateBasisPoints: 825, label: 'Plus 8.25% sales tax' } }],
  });

  it('adds the tax to the list price, rounded half up', () => {
    // 999 × 8.25 % = 82.42 -> 82
    expect(quoteRecharge({ region: 'US', packId: 'pack-700' }, book)).toMatchObject({
      subtotalMinor: 999,
      taxMinor: 82,
      totalMinor: 1081,
      taxLabel: 'Plus 8.25% sales tax',
    });
  });
});

describe('the price book', () => {
  it('is versioned by the date its prices took effect', () => {
    expect(PRICE_BOOK.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(PRICE_BOOK.lists.map((list) => list.region).sort()).toEqual([...REGIONS].sort());
  });

  it('rejects a list missing a pack price, or a tax rule without a rate', () => {
    const [first] = PRICE_BOOK.lists;
    const { 'pack-70': _dropped, ...fivePacks } = first!.packPricesMinor;
    expect(priceBookSchema.safeParse({ version: '2027-01-01', lists: [{ ...first, packPricesMinor: fivePacks }] }).success).toBe(false);
    const noRate = { ...first, tax: { kind: 'included', rateBasisPoints: 0, label: 'VAT' } };
    expect(priceBookSchema.safeParse({ version: '2027-01-01', lists: [noRate] }).success).toBe(false);
  });

  it('rejects two lists for one region', () => {
    const [first] = PRICE_BOOK.lists;
    expect(priceBookSchema.safeParse({ version: '2027-01-01', lists: [first, first] }).success).toBe(false);
  });
});

describe('custom amounts in any region', () => {
  it('never cost less for more coins, and their totals always add up', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGIONS),
        fc.integer({ min: CUSTOM_COINS_MIN, max: CUSTOM_COINS_MAX }),
        fc.integer({ min: CUSTOM_COINS_MIN, max: CUSTOM_COINS_MAX }),
        (region, a, b) => {
          const [fewer, more] = a <= b ? [a, b] : [b, a];
          const small = quoteRecharge({ region, customCoins: fewer });
          const large = quoteRecharge({ region, customCoins: more });
          expect(small.totalMinor).toBeLessThanOrEqual(large.totalMinor);
          expect(large.subtotalMinor + large.taxMinor).toBe(large.totalMinor);
          expect(large.taxMinor).toBeLessThan(large.totalMinor);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
