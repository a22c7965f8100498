import { describe, expect, it } from 'vitest';
import { compareChannels, formatMinorUnits, offersPaymentMethod, paymentMethodsFor, REGIONS } from '@core';

describe('web against app store, per 100 coins', () => {
  it('shows the app price raised by the store’s 30 % fee', () => {
    // 700 coins for $9.99: 142.71 -> 143 ¢ per 100 on the web; ÷ 0.7 = 203.88 -> 204 ¢ in the app.
    expect(compareChannels('US')).toEqual({
      currency: 'USD',
      webPer100CoinsMinor: 143,
      appStorePer100CoinsMinor: 204,
      appStoreFeePercent: 30,
    });
  });

  it('compares in the local currency', () => {
    expect(compareChannels('ID')).toMatchObject({ currency: 'IDR', webPer100CoinsMinor: 2_128_571, appStorePer100CoinsMinor: 3_040_816 });
  });

  it('makes the web cheaper in every region', () => {
    for (const region of REGIONS) {
      const { webPer100CoinsMinor, appStorePer100CoinsMinor } = compareChannels(region);
      expect(webPer100CoinsMinor).toBeLessThan(appStorePer100CoinsMinor);
    }
  });

  it('refuses a region without prices', () => {
    expect(() => compareChannels('XX')).toThrow(/region "XX"/);
  });
});

describe('payment methods per region', () => {
  const ids = (region: string) => paymentMethodsFor(region).map((method) => method.id);

  it('offers the local favourites: UPI and Paytm in India, GCash in the Philippines, Pix in Brazil', () => {
    expect(ids('IN')).toEqual(expect.arrayContaining(['upi', 'paytm']));
    expect(ids('PH')).toContain('gcash');
    expect(ids('BR')).toContain('pix');
    expect(ids('US')).toEqual(expect.arrayContaining(['card', 'paypal', 'apple-pay', 'google-pay']));
    expect(ids('DE')).toContain('carrier');
    expect(ids('US')).toContain('gift-card');
  });

  it('lists each method once with a name to show', () => {
    for (const region of REGIONS) {
      const methods = paymentMethodsFor(region);
      expect(methods.length).toBeGreaterThan(0);
      expect(new Set(methods.map((method) => method.id)).size).toBe(methods.length);
      for (const method of methods) expect(method.label.length).toBeGreaterThan(0);
    }
  });

  it('does not offer a method a region lacks', () => {
    expect(offersPaymentMethod('US', 'upi')).toBe(false);
    expect(offersPaymentMethod('IN', 'upi')).toBe(true);
  });

  it('offers nothing in a region where coins are not sold', () => {
    expect(paymentMethodsFor('FR')).toEqual([]);
  });

  it('hands out copies, so a caller cannot change the shared list', () => {
    paymentMethodsFor('US')[0]!.label = 'changed';
    expect(paymentMethodsFor('US')[0]!.label).not.toBe('changed');
  });
});

describe('showing prices', () => {
  it('formats minor units as money without floating point', () => {
    expect(formatMinorUnits(1099, 'EUR')).toBe('€10.99');
    expect(formatMinorUnits(5, 'USD')).toBe('$0.05');
    expect(formatMinorUnits(59900, 'INR')).toBe('₹599.00');
    expect(formatMinorUnits(1_500_000, 'IDR')).toContain('15,000');
  });

  it('refuses a fractional amount', () => {
    expect(() => formatMinorUnits(10.5, 'USD')).toThrow(RangeError);
  });
});
