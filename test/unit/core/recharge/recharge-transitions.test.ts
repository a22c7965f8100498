import { describe, expect, it } from 'vitest';
import {
  createRecharge,
  IllegalTransitionError,
  markFailed,
  markPending,
  markSettled,
  rechargeRecordSchema,
  type RechargeQuote,
} from '@core';

const t0 = Date.UTC(2026, 10, 23, 12, 0, 0);

const quote350: RechargeQuote = {
  region: 'DE',
  currency: 'EUR',
  coins: 350,
  packId: 'pack-350',
  subtotalMinor: 461,
  taxMinor: 88,
  totalMinor: 549,
  taxLabel: 'Includes 19% VAT',
};

const created = () =>
  createRecharge({
    id: 'recharge-0001',
    idempotencyKey: 'recharge-key-0001',
    quote: quote350,
    instrument: { method: 'card', last4OrLabel: '4242' },
    paymentId: 'payment-0001',
    now: t0,
  });

describe('a new recharge', () => {
  it('starts as created with the quote and instrument it was confirmed with', () => {
    expect(created()).toEqual({
      id: 'recharge-0001',
      idempotencyKey: 'recharge-key-0001',
      quote: quote350,
      instrument: { method: 'card', last4OrLabel: '4242' },
      paymentId: 'payment-0001',
      state: 'created',
      createdAt: t0,
      updatedAt: t0,
    });
  });

  it('is refused when its quote does not add up', () => {
    expect(() =>
      createRecharge({
        id: 'recharge-0002',
        idempotencyKey: 'recharge-key-0002',
        quote: { ...quote350, totalMinor: 550 },
        instrument: { method: 'card', last4OrLabel: '4242' },
        paymentId: 'payment-0002',
        now: t0,
      }),
    ).toThrow(/totalMinor must equal/);
  });

  it('is refused with a fractional price or an unknown payment method', () => {
    const base = { id: 'r-1', idempotencyKey: 'recharge-key-0003', paymentId: 'p-1', now: t0 };
    expect(() =>
      createRecharge({ ...base, quote: { ...quote350, subtotalMinor: 460.5, taxMinor: 88.5 }, instrument: { method: 'card', last4OrLabel: '4242' } }),
    ).toThrow();
    expect(() =>
      createRecharge({ ...base, quote: quote350, instrument: { method: 'bitcoin' as never, last4OrLabel: 'x' } }),
    ).toThrow();
  });
});

describe('moving a recharge along', () => {
  it('goes created -> pending -> settled and records the receipt', () => {
    const pending = markPending(created(), t0 + 1000);
    expect(pending).toMatchObject({ state: 'pending', updatedAt: t0 + 1000 });
    const settled = markSettled(pending, { receiptId: 'receipt-0001', now: t0 + 60_000 });
    expect(settled).toMatchObject({ state: 'settled', receiptId: 'receipt-0001', updatedAt: t0 + 60_000, createdAt: t0 });
  });

  it('settles straight from created when the provider answers at once', () => {
    expect(markSettled(created(), { receiptId: 'receipt-0001', now: t0 + 5 })).toMatchObject({ state: 'settled' });
  });

  it('fails with the provider’s reason, from created or from pending', () => {
    expect(markFailed(created(), { reason: 'declined', now: t0 + 5 })).toMatchObject({ state: 'failed', failureReason: 'declined' });
    const pending = markPending(created(), t0 + 5);
    expect(markFailed(pending, { reason: 'network', now: t0 + 9 })).toMatchObject({ state: 'failed', failureReason: 'network' });
  });

  it('never edits the record it was given', () => {
    const record = created();
    const snapshot = structuredClone(record);
    markSettled(markPending(record, t0 + 1), { receiptId: 'receipt-0001', now: t0 + 2 });
    expect(record).toEqual(snapshot);
  });

  it('keeps updatedAt from going back when the clock steps back', () => {
    const pending = markPending(created(), t0 + 10_000);
    expect(markSettled(pending, { receiptId: 'receipt-0001', now: t0 + 5_000 }).updatedAt).toBe(t0 + 10_000);
  });
});

describe('final states', () => {
  const settled = () => markSettled(created(), { receiptId: 'receipt-0001', now: t0 + 1 });
  const failed = () => markFailed(created(), { reason: 'insufficient-funds', now: t0 + 1 });

  it('a settled recharge cannot settle again, so a late answer credits nothing twice', () => {
    expect(() => markSettled(settled(), { receiptId: 'receipt-0002', now: t0 + 2 })).toThrow(IllegalTransitionError);
    expect(() => markSettled(settled(), { receiptId: 'receipt-0002', now: t0 + 2 })).toThrow(/a settled recharge is final/);
  });

  it('a settled recharge cannot fail or go back to pending', () => {
    expect(() => markFailed(settled(), { reason: 'network', now: t0 + 2 })).toThrow(IllegalTransitionError);
    expect(() => markPending(settled(), t0 + 2)).toThrow(IllegalTransitionError);
  });

  it('a failed recharge cannot settle later', () => {
    expect(() => markSettled(failed(), { receiptId: 'receipt-0001', now: t0 + 2 })).toThrow(/a failed recharge is final/);
    expect(() => markPending(failed(), t0 + 2)).toThrow(IllegalTransitionError);
  });

  it('a pending recharge cannot be marked pending again', () => {
    expect(() => markPending(markPending(created(), t0 + 1), t0 + 2)).toThrow(/already pending/);
  });
});

describe('stored recharge records', () => {
  it('a settled record without a receipt is reported as corrupt', () => {
    const { receiptId: _receipt, ...noReceipt } = markSettled(created(), { receiptId: 'receipt-0001', now: t0 + 1 });
    expect(rechargeRecordSchema.safeParse(noReceipt).success).toBe(false);
  });

  it('a failed record without a reason, or a created record with one, is reported as corrupt', () => {
    const { failureReason: _reason, ...noReason } = markFailed(created(), { reason: 'declined', now: t0 + 1 });
    expect(rechargeRecordSchema.safeParse(noReason).success).toBe(false);
    expect(rechargeRecordSchema.safeParse({ ...created(), failureReason: 'declined' }).success).toBe(false);
  });

  it('a record updated before it was created is reported as corrupt', () => {
    expect(rechargeRecordSchema.safeParse({ ...created(), updatedAt: t0 - 1 }).success).toBe(false);
  });
});
