import { describe, expect, it } from 'vitest';
import {
  MemoryWalletStore,
  SYSTEM_ACCOUNTS,
  creatorAccount,
  postReversal,
  postTransfer,
  verifyLedger,
  viewerAccount,
  type Leg,
  type WalletStorage,
} from '@core';
import { DexieWalletStore } from '@core/storage/dexie-wallet-store';

const context = { now: Date.UTC(2026, 0, 5), timeZone: 'UTC' };
const me = viewerAccount('me');

const buy = (coins: number, key: string, account = me) => ({
  idempotencyKey: key,
  kind: 'recharge' as const,
  legs: [
    { account: SYSTEM_ACCOUNTS.purchaseClearing, unit: 'coins', amount: -coins },
    { account, unit: 'coins', amount: coins },
  ] satisfies Leg[],
});

async function balances(store: WalletStorage, ...accounts: string[]) {
  return store.read(async (tx) => Promise.all(accounts.map((account) => tx.balance(account))));
}

describe.each([
  ['memory', () => new MemoryWalletStore()],
  ['dexie', () => new DexieWalletStore(`ledger-${crypto.randomUUID()}`)],
] as const)('ledger on %s storage', (_name, makeStore) => {
  it('posts a balanced transfer as one entry per leg with running balances', async () => {
    const store = makeStore();
    const first = await store.write((tx) => postTransfer(tx, buy(70, 'buy-00001'), context));
    await store.write((tx) => postTransfer(tx, buy(350, 'buy-00002'), context));
    expect(first.entries.map((entry) => [entry.account, entry.amount, entry.balanceAfter])).toEqual([
      [SYSTEM_ACCOUNTS.purchaseClearing, -70, -70],
      [me, 70, 70],
    ]);
    expect(await balances(store, me, SYSTEM_ACCOUNTS.purchaseClearing)).toEqual([420, -420]);
    expect(verifyLedger(await store.exportRecords())).toEqual({ ok: true, problems: [] });
  });

  it('applies a retried key once and returns the first transfer', async () => {
    const store = makeStore();
    const first = await store.write((tx) => postTransfer(tx, buy(70, 'buy-00001'), context));
    const again = await store.write((tx) => postTransfer(tx, buy(70, 'buy-00001'), { ...context, now: context.now + 5000 }));
    expect(again.replayed).toBe(true);
    expect(again.transfer).toEqual(first.transfer);
    expect(await balances(store, me)).toEqual([70]);
  });

  it('refuses a reused key with different parameters and changes nothing', async () => {
    const store = makeStore();
    await store.write((tx) => postTransfer(tx, buy(70, 'buy-00001'), context));
    await expect(store.write((tx) => postTransfer(tx, buy(71, 'buy-00001'), context))).rejects.toMatchObject({
      code: 'idempotency-conflict',
    });
    expect(await balances(store, me)).toEqual([70]);
  });

  it('never lets a coin wallet go below zero', async () => {
    const store = makeStore();
    await store.write((tx) => postTransfer(tx, buy(10, 'buy-00001'), context));
    const overspend = {
      idempotencyKey: 'spend-0001',
      kind: 'gift' as const,
      legs: [
        { account: me, unit: 'coins', amount: -11 },
        { account: SYSTEM_ACCOUNTS.giftSink, unit: 'coins', amount: 11 },
      ] satisfies Leg[],
    };
    await expect(store.write((tx) => postTransfer(tx, overspend, context))).rejects.toMatchObject({ code: 'insufficient-coins' });
    expect(await balances(store, me, SYSTEM_ACCOUNTS.giftSink)).toEqual([10, 0]);
  });

  it('refuses legs that do not sum to zero per unit, or that use the wrong unit', async () => {
    const store = makeStore();
    const unbalanced = { ...buy(70, 'bad-00001'), legs: [...buy(70, 'x').legs.slice(0, 1), { account: me, unit: 'coins', amount: 69 }] } as const;
    await expect(store.write((tx) => postTransfer(tx, { ...unbalanced, legs: [...unbalanced.legs] }, context))).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringContaining('sum to zero'),
    });
    const wrongUnit = {
      ...buy(5, 'bad-00002'),
      legs: [
        { account: creatorAccount('mia'), unit: 'coins', amount: 5 },
        { account: SYSTEM_ACCOUNTS.purchaseClearing, unit: 'coins', amount: -5 },
      ] satisfies Leg[],
    };
    await expect(store.write((tx) => postTransfer(tx, wrongUnit, context))).rejects.toMatchObject({ code: 'invalid-request' });
    expect((await store.exportRecords()).transfers).toEqual([]);
  });

  it('refuses to move coins from one viewer to another', async () => {
    const store = makeStore();
    await store.write((tx) => postTransfer(tx, buy(70, 'buy-00001'), context));
    const handOver = {
      idempotencyKey: 'handover-1',
      kind: 'gift' as const,
      legs: [
        { account: me, unit: 'coins', amount: -10 },
        { account: viewerAccount('friend'), unit: 'coins', amount: 10 },
      ] satisfies Leg[],
    };
    await expect(store.write((tx) => postTransfer(tx, handOver, context))).rejects.toMatchObject({
      code: 'invalid-request',
      message: 'Coins cannot move between viewers.',
    });
  });

  it('corrects with a reversal entry, once, and keeps the original', async () => {
    const store = makeStore();
    const { transfer } = await store.write((tx) => postTransfer(tx, buy(70, 'buy-00001'), context));
    const reversal = await store.write((tx) =>
      postReversal(tx, { idempotencyKey: 'undo-00001', transferId: transfer.id, reason: 'chargeback' }, context),
    );
    expect(reversal.transfer).toMatchObject({ kind: 'reversal', reverses: transfer.id });
    expect(await balances(store, me)).toEqual([0]);
    await expect(
      store.write((tx) => postReversal(tx, { idempotencyKey: 'undo-00002', transferId: transfer.id, reason: 'again' }, context)),
    ).rejects.toMatchObject({ code: 'invalid-request', message: expect.stringContaining('already reversed') });
    await expect(
      store.write((tx) => postReversal(tx, { idempotencyKey: 'undo-00003', transferId: reversal.transfer.id, reason: 'x' }, context)),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    const records = await store.exportRecords();
    expect(records.transfers.map((t) => t.kind)).toEqual(['recharge', 'reversal']);
    expect(verifyLedger(records).ok).toBe(true);
  });

  it('refuses a reversal of spent coins that would leave the wallet negative', async () => {
    const store = makeStore();
    const { transfer } = await store.write((tx) => postTransfer(tx, buy(70, 'buy-00001'), context));
    await store.write((tx) =>
      postTransfer(
        tx,
        {
          idempotencyKey: 'spend-0001',
          kind: 'gift',
          legs: [
            { account: me, unit: 'coins', amount: -50 },
            { account: SYSTEM_ACCOUNTS.giftSink, unit: 'coins', amount: 50 },
          ],
        },
        context,
      ),
    );
    await expect(
      store.write((tx) => postReversal(tx, { idempotencyKey: 'undo-00001', transferId: transfer.id, reason: 'refund' }, context)),
    ).rejects.toMatchObject({ code: 'insufficient-coins' });
    expect(await balances(store, me)).toEqual([20]);
  });
});

describe('verifyLedger', () => {
  async function healthyLedger() {
    const store = new MemoryWalletStore();
    const { transfer } = await store.write((tx) => postTransfer(tx, buy(70, 'buy-00001'), context));
    await store.write((tx) => postTransfer(tx, buy(30, 'buy-00002'), context));
    await store.write((tx) => postReversal(tx, { idempotencyKey: 'undo-00001', transferId: transfer.id, reason: 'test' }, context));
    return store.exportRecords();
  }

  it('passes a healthy ledger', async () => {
    expect(verifyLedger(await healthyLedger())).toEqual({ ok: true, problems: [] });
  });

  it('reports every break it finds, each with a code', async () => {
    const ledger = await healthyLedger();
    // Tamper in several independent ways at once.
    ledger.transfers[1]!.legs[1]!.amount = 31; // unbalanced transfer, legs no longer match entries
    ledger.entries[0]!.amount = -71; // entries no longer sum to zero, running balance breaks
    ledger.balances.find((b) => b.account === me)!.balance = 999; // stated balance disagrees
    ledger.transfers.push({ ...ledger.transfers[2]!, id: 'tr-99', seq: 99, idempotencyKey: 'undo-00001' }); // reversed twice, same key
    const codes = new Set(verifyLedger(ledger).problems.map((problem) => problem.code));
    expect(codes).toEqual(
      new Set([
        'unbalanced-transfer',
        'entries-do-not-match-legs',
        'unit-sum-not-zero',
        'running-balance-mismatch',
        'balance-mismatch',
        'reversed-twice',
        'duplicate-idempotency-key',
      ]),
    );
  });

  it('reports a negative wallet and a reversal of an unknown transfer', async () => {
    const ledger = await healthyLedger();
    ledger.transfers[2]!.reverses = 'tr-404';
    // Drop the credit of the first recharge: its later reversal now takes the wallet below zero.
    ledger.entries = ledger.entries.filter((entry) => !(entry.account === me && entry.transferId === ledger.transfers[0]!.id));
    const problems = verifyLedger(ledger).problems;
    expect(problems.map((problem) => problem.code)).toEqual(
      expect.arrayContaining(['reversal-of-unknown-transfer', 'negative-wallet']),
    );
  });
});
