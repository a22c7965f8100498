// Cash-out rules on the ledger: requests, payment, rejection, and attacks on each.
import { describe, expect, it } from 'vitest';
import { giftTransferRequest, DEFAULT_GIFT_ECONOMY } from '@core/gifts';
import { estimateCashOut, type CashOutPolicy } from '@core/gifts';
import { creatorAccount, payoutPendingAccount, SYSTEM_ACCOUNTS, viewerAccount } from '@core/ledger';
import { postTransfer } from '@core/ledger';
import { verifyLedger } from '@core/ledger';
import { PayoutDesk } from '@core/payouts';
import { PayoutError } from '@core/payouts';
import { minimumPayoutDiamonds, payoutRefusal } from '@core/payouts';
import { MemoryWalletStore } from '@core/storage';
import { WalletError } from '@core';

// $5.00 per 1,000 diamonds, at least $1.00: 200 diamonds.
const POLICY: CashOutPolicy = { currency: 'USD', minorUnitsPerThousandDiamonds: 500, minimumMinor: 100 };
const context = { now: 1_700_000_000_000, timeZone: 'UTC' };

/** A ledger where a viewer bought coins and gave them all to the creator: the creator holds half as diamonds. */
async function creatorWith(diamonds: number, creatorId = 'mia-cooks') {
  const storage = new MemoryWalletStore();
  const coins = diamonds * 2;
  await storage.write(async (tx) => {
    await postTransfer(
      tx,
      {
        idempotencyKey: 'buy-00000001',
        kind: 'recharge',
        legs: [
          { account: SYSTEM_ACCOUNTS.purchaseClearing, unit: 'coins', amount: -coins },
          { account: viewerAccount('fan'), unit: 'coins', amount: coins },
        ],
      },
      context,
    );
    await postTransfer(
      tx,
      giftTransferRequest({ viewerId: 'fan', giftId: 'rose', count: 1, unitCoins: coins, creator: creatorId, stream: 's1', idempotencyKey: 'gift-0000001' }, DEFAULT_GIFT_ECONOMY),
      context,
    );
  });
  let now = context.now;
  const desk = new PayoutDesk({ storage, creatorId, policy: POLICY, clock: { now: () => (now += 1000) } });
  const balances = () =>
    storage.read(async (tx) => ({
      creator: await tx.balance(creatorAccount(creatorId)),
      pending: await tx.balance(payoutPendingAccount(creatorId)),
      paid: await tx.balance(SYSTEM_ACCOUNTS.payoutsPaid),
    }));
  const ledgerOk = async () => verifyLedger(await storage.exportRecords()).ok;
  return { storage, desk, balances, ledgerOk };
}

async function refusalOf(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (error instanceof PayoutError || error instanceof WalletError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('payout rules', () => {
  it('needs the value of the minimum payout, rounded as estimateCashOut rounds', () => {
    expect(minimumPayoutDiamonds(POLICY)).toBe(200);
    expect(minimumPayoutDiamonds({ currency: 'USD', minorUnitsPerThousandDiamonds: 333, minimumMinor: 100 })).toBe(301);
    for (const policy of [POLICY, { currency: 'EUR', minorUnitsPerThousandDiamonds: 7, minimumMinor: 9 }, { currency: 'JPY', minorUnitsPerThousandDiamonds: 1234, minimumMinor: 5000 }]) {
      const minimum = minimumPayoutDiamonds(policy);
      expect(estimateCashOut(minimum, policy).eligible).toBe(true);
      expect(estimateCashOut(minimum - 1, policy).eligible).toBe(false);
    }
  });

  it('refuses below the minimum and above the balance, and says which', () => {
    expect(payoutRefusal(199, 10_000, POLICY)?.code).toBe('below-minimum-payout');
    expect(payoutRefusal(201, 200, POLICY)?.code).toBe('insufficient-diamonds');
    expect(payoutRefusal(201, 200, POLICY)?.message).toMatch(/201 diamonds; you have 200/);
    expect(payoutRefusal(200, 200, POLICY)).toBeNull();
  });
});

describe('payout desk', () => {
  it('moves exactly the requested diamonds to pending, with their cash value fixed', async () => {
    const { desk, balances, ledgerOk } = await creatorWith(1000);
    const payout = await desk.request({ idempotencyKey: 'payout-key-1', diamonds: 400 });
    expect(payout).toMatchObject({ id: 'po-payout-key-1', creator: 'mia-cooks', diamonds: 400, cashMinor: 200, currency: 'USD', state: 'pending', decidedAt: null });
    expect(await balances()).toEqual({ creator: 600, pending: 400, paid: 0 });
    expect(await ledgerOk()).toBe(true);
  });

  it('applies a key once: a replay answers the same payout, another amount under it is refused', async () => {
    const { desk, balances } = await creatorWith(1000);
    const first = await desk.request({ idempotencyKey: 'payout-key-2', diamonds: 300 });
    expect(await desk.request({ idempotencyKey: 'payout-key-2', diamonds: 300 })).toEqual(first);
    expect((await refusalOf(desk.request({ idempotencyKey: 'payout-key-2', diamonds: 301 }))).code).toBe('idempotency-conflict');
    expect(await balances()).toMatchObject({ creator: 700, pending: 300 });
    // A replay after the balance fell below the amount still answers the first result.
    await desk.request({ idempotencyKey: 'payout-key-3', diamonds: 700 });
    expect(await desk.request({ idempotencyKey: 'payout-key-2', diamonds: 300 })).toEqual(first);
    expect((await desk.list()).map((payout) => payout.id)).toEqual(['po-payout-key-3', 'po-payout-key-2']);
  });

  it('refuses below the minimum, above the balance, and bad amounts or keys, moving nothing', async () => {
    const { desk, balances, ledgerOk } = await creatorWith(500);
    expect(await refusalOf(desk.request({ idempotencyKey: 'payout-key-4', diamonds: 199 }))).toMatchObject({ code: 'below-minimum-payout' });
    expect(await refusalOf(desk.request({ idempotencyKey: 'payout-key-5', diamonds: 501 }))).toMatchObject({ code: 'insufficient-diamonds', message: expect.stringMatching(/you have 500/) });
    expect((await refusalOf(desk.request({ idempotencyKey: 'payout-key-6', diamonds: Number.MAX_SAFE_INTEGER }))).code).toBe('insufficient-diamonds');
    for (const input of [
      { idempotencyKey: 'payout-key-7', diamonds: -300 },
      { idempotencyKey: 'payout-key-7', diamonds: 0 },
      { idempotencyKey: 'payout-key-7', diamonds: 300.5 },
      { idempotencyKey: 'payout-key-7', diamonds: 1e300 },
      { idempotencyKey: 'payout-key-7', diamonds: '300' },
      { idempotencyKey: 'short', diamonds: 300 },
      { idempotencyKey: 'payout:forged', diamonds: 300 },
      { idempotencyKey: 'payout-key-7', diamonds: 300, creator: 'someone-else' },
      null,
    ]) {
      expect((await refusalOf(desk.request(input))).code).toBe('invalid-request');
    }
    expect(await balances()).toEqual({ creator: 500, pending: 0, paid: 0 });
    expect(await desk.list()).toEqual([]);
    expect(await ledgerOk()).toBe(true);
  });

  it('pays a payout: the pending diamonds leave, once', async () => {
    const { desk, balances, ledgerOk } = await creatorWith(1000);
    const { id } = await desk.request({ idempotencyKey: 'payout-key-8', diamonds: 250 });
    const paid = await desk.markPaid(id, { note: 'bank transfer 42' });
    expect(paid).toMatchObject({ state: 'paid', note: 'bank transfer 42', diamonds: 250 });
    expect(paid.decidedAt).toBeGreaterThan(paid.requestedAt);
    expect(await desk.markPaid(id, { note: 'bank transfer 42' })).toEqual(paid);
    expect(await balances()).toEqual({ creator: 750, pending: 0, paid: 250 });
    expect(await refusalOf(desk.reject(id, { reason: 'too late' }))).toMatchObject({ code: 'payout-decided', message: expect.stringMatching(/already paid/) });
    expect(await balances()).toEqual({ creator: 750, pending: 0, paid: 250 });
    expect(await ledgerOk()).toBe(true);
  });

  it('rejects a payout: a reversal returns exactly its diamonds, once', async () => {
    const { desk, balances, ledgerOk } = await creatorWith(1000);
    await desk.request({ idempotencyKey: 'payout-key-9', diamonds: 300 });
    const { id } = await desk.request({ idempotencyKey: 'payout-key-a', diamonds: 200 });
    const rejected = await desk.reject(id, { reason: 'bank details missing' });
    expect(rejected).toMatchObject({ state: 'rejected', note: 'bank details missing', diamonds: 200 });
    expect(await desk.reject(id, { reason: 'bank details missing' })).toEqual(rejected);
    expect(await balances()).toEqual({ creator: 700, pending: 300, paid: 0 });
    expect(await refusalOf(desk.markPaid(id))).toMatchObject({ code: 'payout-decided', message: expect.stringMatching(/already rejected/) });
    expect((await refusalOf(desk.reject(id, { reason: '' }))).code).toBe('invalid-request');
    expect((await desk.list()).map((payout) => payout.state)).toEqual(['rejected', 'pending']);
    expect(await ledgerOk()).toBe(true);
  });

  it("cannot decide on a payout that does not exist or is another creator's", async () => {
    const { storage, desk } = await creatorWith(1000);
    const { id } = await desk.request({ idempotencyKey: 'payout-key-b', diamonds: 300 });
    const other = new PayoutDesk({ storage, creatorId: 'someone-else', policy: POLICY });
    expect((await refusalOf(other.markPaid(id))).code).toBe('unknown-payout');
    expect((await refusalOf(other.reject(id, { reason: 'mine now' }))).code).toBe('unknown-payout');
    expect((await refusalOf(desk.markPaid('po-nothing-here'))).code).toBe('unknown-payout');
    expect((await desk.get(id)).state).toBe('pending');
  });
});
