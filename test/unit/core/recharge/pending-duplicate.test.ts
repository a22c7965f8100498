import { describe, expect, it } from 'vitest';
import {
  createRecharge,
  markFailed,
  markPending,
  markSettled,
  pendingDuplicateMessage,
  pendingDuplicateOf,
  type RechargeQuote,
  type RechargeRecord,
} from '@core';

const t0 = Date.UTC(2026, 10, 23, 12, 0, 0);

const packQuote = (packId: string, coins: number, totalMinor: number): RechargeQuote => ({
  region: 'US',
  currency: 'USD',
  coins,
  packId,
  subtotalMinor: totalMinor,
  taxMinor: 0,
  totalMinor,
  taxLabel: 'No sales tax',
});
const customQuote = (coins: number, totalMinor: number): RechargeQuote => ({ ...packQuote('x', coins, totalMinor), packId: null });

let counter = 0;
function recharge(quote: RechargeQuote, createdAt = t0): RechargeRecord {
  counter += 1;
  return createRecharge({
    id: `recharge-${counter}`,
    idempotencyKey: `recharge-key-${counter}`,
    quote,
    instrument: { method: 'card', last4OrLabel: '4242' },
    paymentId: `payment-${counter}`,
    now: createdAt,
  });
}

const pack350 = packQuote('pack-350', 350, 499);

describe('buying the same pack while one is pending', () => {
  it('finds the pending purchase of the same pack', () => {
    const pending = markPending(recharge(pack350), t0 + 1);
    expect(pendingDuplicateOf([pending], pack350)).toBe(pending);
  });

  it('also counts a purchase still being sent to the provider', () => {
    const inFlight = recharge(pack350);
    expect(pendingDuplicateOf([inFlight], pack350)).toBe(inFlight);
  });

  it('refuses with a message that says coins can arrive late and not to buy twice', () => {
    const message = pendingDuplicateMessage(markPending(recharge(pack350), t0 + 1));
    expect(message).toMatch(/350 coins \(\$4\.99\) is still being confirmed/);
    expect(message).toMatch(/Coins can arrive late; never buy twice\./);
  });

  it('reports the oldest pending purchase when there are several', () => {
    const newer = markPending(recharge(pack350, t0 + 500), t0 + 501);
    const older = markPending(recharge(pack350, t0), t0 + 1);
    expect(pendingDuplicateOf([newer, older], pack350)).toBe(older);
  });
});

describe('purchases that are not duplicates', () => {
  it('a different pack may be bought while one is pending', () => {
    const pending = markPending(recharge(pack350), t0 + 1);
    expect(pendingDuplicateOf([pending], packQuote('pack-700', 700, 999))).toBeUndefined();
  });

  it('the same pack may be bought again once the first settled or failed', () => {
    const settled = markSettled(recharge(pack350), { receiptId: 'receipt-1', now: t0 + 1 });
    const failed = markFailed(recharge(pack350), { reason: 'declined', now: t0 + 1 });
    expect(pendingDuplicateOf([settled, failed], pack350)).toBeUndefined();
  });

  it('a custom amount is a duplicate only of a pending custom amount of the same coins', () => {
    const pendingCustom = markPending(recharge(customQuote(1000, 1450)), t0 + 1);
    expect(pendingDuplicateOf([pendingCustom], customQuote(1000, 1450))).toBe(pendingCustom);
    expect(pendingDuplicateOf([pendingCustom], customQuote(1001, 1451))).toBeUndefined();
    expect(pendingDuplicateOf([pendingCustom], packQuote('pack-1400', 1400, 1999))).toBeUndefined();
    const pendingPack = markPending(recharge(packQuote('pack-700', 700, 999)), t0 + 1);
    expect(pendingDuplicateOf([pendingPack], customQuote(700, 1015))).toBeUndefined();
  });
});
