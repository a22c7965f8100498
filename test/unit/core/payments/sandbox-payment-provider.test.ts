import { describe, expect, it } from 'vitest';
import {
  PaymentIdReusedError,
  SANDBOX_TEST_INSTRUMENTS,
  SandboxPaymentProvider,
  summarizeInstrument,
  type ChargeRequest,
  type PaymentFailureReason,
  type SandboxOutcome,
} from '@core';

function fakeClock(start = Date.UTC(2026, 10, 23, 12, 0, 0)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const card = (token: string, paymentId = 'payment-0001'): ChargeRequest => ({
  paymentId,
  amountMinor: 499,
  currency: 'USD',
  region: 'US',
  instrument: { method: 'card', token },
});

describe('the sandbox provider', () => {
  it('is always in test mode and says so', () => {
    const provider = new SandboxPaymentProvider();
    expect(provider.mode).toBe('test');
    expect(provider.name).toMatch(/TEST MODE/);
  });
});

describe('test cards', () => {
  it('4242 4242 4242 4242 succeeds at once', async () => {
    const outcome = await new SandboxPaymentProvider().charge(card('4242 4242 4242 4242'));
    expect(outcome).toEqual({ status: 'succeeded', providerRef: expect.any(String) });
  });

  it('accepts the number with or without spaces or dashes', async () => {
    const provider = new SandboxPaymentProvider();
    expect((await provider.charge(card('4242424242424242', 'p-1'))).status).toBe('succeeded');
    expect((await provider.charge(card('4242-4242-4242-4242', 'p-2'))).status).toBe('succeeded');
  });

  it.each<[string, PaymentFailureReason, RegExp]>([
    ['4000 0000 0000 0002', 'declined', /declined/],
    ['4000 0000 0000 9995', 'insufficient-funds', /enough funds/],
    ['4000 0000 0000 9987', 'blocked-by-bank', /bank blocked/],
    ['4000 0000 0000 0119', 'network', /could not be reached/],
  ])('%s fails with %s and a TEST MODE message', async (token, reason, message) => {
    const outcome = await new SandboxPaymentProvider().charge(card(token));
    expect(outcome).toEqual({ status: 'failed', reason, message: expect.stringMatching(message) });
    expect(outcome.status === 'failed' && outcome.message).toMatch(/^TEST MODE/);
  });

  it('declines any card number that is not a test card', async () => {
    const outcome = await new SandboxPaymentProvider().charge(card('5555 5555 5555 4444'));
    expect(outcome).toMatchObject({ status: 'failed', reason: 'declined', message: expect.stringMatching(/not a test card/) });
  });

  it('does not take an account token as a card', async () => {
    expect(await new SandboxPaymentProvider().charge(card('success@sandbox'))).toMatchObject({ status: 'failed', reason: 'declined' });
  });
});

describe('a payment that settles after a delay', () => {
  it('is pending until its delay has passed on the clock, then succeeds with the same reference', async () => {
    const clock = fakeClock();
    const provider = new SandboxPaymentProvider({ clock, settlementDelayMs: 60_000 });
    const first = await provider.charge(card('4000 0000 0000 0077'));
    expect(first).toEqual({ status: 'pending', providerRef: expect.any(String) });

    clock.advance(59_999);
    expect(await provider.lookup('payment-0001')).toEqual(first);

    clock.advance(1);
    const settled = await provider.lookup('payment-0001');
    expect(settled).toEqual({ status: 'succeeded', providerRef: first.status === 'pending' ? first.providerRef : '' });
  });

  it('answers a repeated charge with the current state rather than charging again', async () => {
    const clock = fakeClock();
    const provider = new SandboxPaymentProvider({ clock, settlementDelayMs: 1000 });
    await provider.charge(card('4000 0000 0000 0077'));
    clock.advance(1000);
    expect((await provider.charge(card('4000 0000 0000 0077'))).status).toBe('succeeded');
    expect(provider.payments()).toHaveLength(1);
  });

  it('waits 10 seconds (the popup says so) unless told otherwise', async () => {
    const clock = fakeClock();
    const provider = new SandboxPaymentProvider({ clock });
    await provider.charge(card('4000 0000 0000 0077'));
    clock.advance(9_999);
    expect((await provider.lookup('payment-0001')).status).toBe('pending');
    clock.advance(1);
    expect((await provider.lookup('payment-0001')).status).toBe('succeeded');
  });
});

describe('test accounts for wallets, UPI, carrier billing and vouchers', () => {
  const account = (region: string, currency: string, method: string, token: string): ChargeRequest => ({
    paymentId: `payment-${method}-${token}`,
    amountMinor: 5500,
    currency,
    region,
    instrument: { method, token },
  });

  it('succeed or fail by account name, whatever the method', async () => {
    const provider = new SandboxPaymentProvider();
    expect((await provider.charge(account('PH', 'PHP', 'gcash', 'success@sandbox'))).status).toBe('succeeded');
    expect(await provider.charge(account('IN', 'INR', 'upi', 'no-funds@sandbox'))).toMatchObject({ reason: 'insufficient-funds' });
    expect(await provider.charge(account('DE', 'EUR', 'carrier', 'blocked@sandbox'))).toMatchObject({ reason: 'blocked-by-bank' });
    expect(await provider.charge(account('BR', 'BRL', 'pix', 'declined@sandbox'))).toMatchObject({ reason: 'declined' });
    expect(await provider.charge(account('US', 'USD', 'paypal', 'network@sandbox'))).toMatchObject({ reason: 'network' });
    expect((await provider.charge(account('ID', 'IDR', 'gopay', 'delayed@sandbox'))).status).toBe('pending');
  });
});

describe('every listed test instrument', () => {
  const expected: Record<SandboxOutcome, { status: string; reason?: string }> = {
    succeeds: { status: 'succeeded' },
    'settles-after-delay': { status: 'pending' },
    declined: { status: 'failed', reason: 'declined' },
    'insufficient-funds': { status: 'failed', reason: 'insufficient-funds' },
    'blocked-by-bank': { status: 'failed', reason: 'blocked-by-bank' },
    'network-failure': { status: 'failed', reason: 'network' },
  };

  it('does what its label promises', async () => {
    const provider = new SandboxPaymentProvider();
    for (const [index, instrument] of SANDBOX_TEST_INSTRUMENTS.entries()) {
      const method = instrument.appliesTo === 'card' ? 'card' : 'paypal';
      const outcome = await provider.charge({ ...card(instrument.token, `payment-${index}`), instrument: { method, token: instrument.token } });
      expect(outcome, instrument.label).toMatchObject(expected[instrument.outcome]);
    }
  });

  it('covers each outcome with a card and with an account', () => {
    for (const outcome of Object.keys(expected)) {
      const kinds = SANDBOX_TEST_INSTRUMENTS.filter((instrument) => instrument.outcome === outcome).map((i) => i.appliesTo);
      expect(kinds.sort()).toEqual(['account', 'card']);
    }
  });
});

describe('regions and methods', () => {
  it('fails a payment from a region without prices with region-not-supported', async () => {
    const outcome = await new SandboxPaymentProvider().charge({ ...card('4242 4242 4242 4242'), region: 'FR', currency: 'EUR' });
    expect(outcome).toMatchObject({ status: 'failed', reason: 'region-not-supported', message: expect.stringMatching(/"FR"/) });
  });

  it('fails a method the region does not offer with region-not-supported', async () => {
    const outcome = await new SandboxPaymentProvider().charge({ ...card('success@sandbox'), instrument: { method: 'upi', token: 'success@sandbox' } });
    expect(outcome).toMatchObject({ status: 'failed', reason: 'region-not-supported', message: expect.stringMatching(/UPI is not available in region US/) });
  });

  it('refuses a currency the region does not pay in', async () => {
    await expect(new SandboxPaymentProvider().charge({ ...card('4242 4242 4242 4242'), currency: 'EUR' })).rejects.toThrow(/pays in USD, not EUR/);
  });

  it('refuses a fractional or zero amount', async () => {
    const provider = new SandboxPaymentProvider();
    await expect(provider.charge({ ...card('4242 4242 4242 4242'), amountMinor: 4.99 })).rejects.toThrow(/invalid charge request/);
    await expect(provider.charge({ ...card('4242 4242 4242 4242'), amountMinor: 0 })).rejects.toThrow(/invalid charge request/);
  });
});

describe('one charge per paymentId', () => {
  it('answers a retried charge with the first answer and records one payment', async () => {
    const provider = new SandboxPaymentProvider();
    const first = await provider.charge(card('4242 4242 4242 4242'));
    const again = await provider.charge(card('4242 4242 4242 4242'));
    expect(again).toEqual(first);
    expect(provider.payments()).toHaveLength(1);
  });

  it('charges concurrent retries once', async () => {
    const provider = new SandboxPaymentProvider();
    const outcomes = await Promise.all([1, 2, 3].map(() => provider.charge(card('4242 4242 4242 4242'))));
    expect(new Set(outcomes.map((outcome) => JSON.stringify(outcome))).size).toBe(1);
    expect(provider.payments()).toHaveLength(1);
  });

  it('gives different payments different references', async () => {
    const provider = new SandboxPaymentProvider();
    const a = await provider.charge(card('4242 4242 4242 4242', 'payment-a'));
    const b = await provider.charge(card('4242 4242 4242 4242', 'payment-b'));
    expect(a).not.toEqual(b);
  });

  it('keeps a decline a decline on retry', async () => {
    const provider = new SandboxPaymentProvider();
    await provider.charge(card('4000 0000 0000 0002'));
    expect(await provider.lookup('payment-0001')).toMatchObject({ status: 'failed', reason: 'declined' });
  });

  it('refuses the same paymentId with a different amount', async () => {
    const provider = new SandboxPaymentProvider();
    await provider.charge(card('4242 4242 4242 4242'));
    await expect(provider.charge({ ...card('4242 4242 4242 4242'), amountMinor: 999 })).rejects.toThrow(PaymentIdReusedError);
  });

  it('records nothing when the network fails, and says so on lookup', async () => {
    const provider = new SandboxPaymentProvider();
    await provider.charge(card('4000 0000 0000 0119'));
    expect(provider.payments()).toHaveLength(0);
    expect(await provider.lookup('payment-0001')).toMatchObject({ status: 'failed', reason: 'network', message: expect.stringMatching(/never arrived/) });
  });
});

describe('what a recharge record keeps of the instrument', () => {
  it('keeps a card’s last four digits only', () => {
    expect(summarizeInstrument({ method: 'card', token: '4242 4242 4242 4242' })).toEqual({ method: 'card', last4OrLabel: '4242' });
  });

  it('keeps the method’s name for wallets and accounts', () => {
    expect(summarizeInstrument({ method: 'gcash', token: 'success@sandbox' })).toEqual({ method: 'gcash', last4OrLabel: 'GCash' });
  });

  it('refuses an unknown method', () => {
    expect(() => summarizeInstrument({ method: 'bitcoin', token: 'x' })).toThrow();
  });
});
