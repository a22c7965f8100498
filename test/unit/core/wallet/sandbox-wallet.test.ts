import { describe, expect, it } from 'vitest';
import { COIN_PACKS, MemoryWalletStore, SandboxWallet, WalletError, type WalletStorage } from '@core';
import { DexieWalletStore } from '@core/storage/dexie-wallet-store';
import { LEDGER_HEAD_ID, LEDGER_HEAD_STORE } from '@core/storage';

const stores: [string, () => WalletStorage][] = [
  ['memory', () => new MemoryWalletStore()],
  ['dexie', () => new DexieWalletStore(`wallet-test-${crypto.randomUUID()}`)],
];

const gift = (key: string, giftId = 'doughnut', count = 1) => ({
  giftId,
  count,
  creator: 'mia-cooks',
  stream: 'sunday',
  idempotencyKey: key,
});

describe.each(stores)('wallet on %s storage', (_name, makeStore) => {
  it('starts empty and credits a recharged pack', async () => {
    const wallet = new SandboxWallet(makeStore());
    expect(await wallet.balance()).toBe(0);
    const receipt = await wallet.recharge({ packId: 'pack-350', idempotencyKey: 'recharge-0001' });
    expect(receipt).toMatchObject({ kind: 'recharge', coins: 350, balanceAfter: 350 });
    expect(await wallet.balance()).toBe(350);
  });

  it('debits a gift times its count', async () => {
    const wallet = new SandboxWallet(makeStore());
    await wallet.recharge({ packId: 'pack-70', idempotencyKey: 'recharge-0001' });
    const receipt = await wallet.sendGift(gift('gift-00001', 'finger-heart', 3));
    expect(receipt.coins).toBe(15);
    expect(await wallet.balance()).toBe(55);
  });

  it('refuses a gift the balance cannot pay and keeps the coins', async () => {
    const wallet = new SandboxWallet(makeStore());
    await wallet.recharge({ packId: 'pack-70', idempotencyKey: 'recharge-0001' });
    await expect(wallet.sendGift(gift('gift-00001', 'galaxy'))).rejects.toMatchObject({ code: 'insufficient-coins' });
    expect(await wallet.balance()).toBe(70);
  });

  it('applies a retried recharge once and returns the first receipt', async () => {
    const wallet = new SandboxWallet(makeStore());
    const first = await wallet.recharge({ packId: 'pack-70', idempotencyKey: 'recharge-0001' });
    const again = await wallet.recharge({ packId: 'pack-70', idempotencyKey: 'recharge-0001' });
    expect(again).toEqual(first);
    expect(await wallet.balance()).toBe(70);
  });

  it('applies concurrent retries of one gift once', async () => {
    const wallet = new SandboxWallet(makeStore());
    await wallet.recharge({ packId: 'pack-70', idempotencyKey: 'recharge-0001' });
    await Promise.all([1, 2, 3].map(() => wallet.sendGift(gift('gift-00001'))));
    expect(await wallet.balance()).toBe(40);
  });

  it('rejects a reused key for a different operation', async () => {
    const wallet = new SandboxWallet(makeStore());
    await wallet.recharge({ packId: 'pack-70', idempotencyKey: 'recharge-0001' });
    await expect(wallet.recharge({ packId: 'pack-350', idempotencyKey: 'recharge-0001' })).rejects.toMatchObject({
      code: 'idempotency-conflict',
    });
    expect(await wallet.balance()).toBe(70);
  });

  it('lists the newest entries first', async () => {
    const wallet = new SandboxWallet(makeStore());
    await wallet.recharge({ packId: 'pack-70', idempotencyKey: 'recharge-0001' });
    await wallet.sendGift(gift('gift-00001', 'rose'));
    const recent = await wallet.recentEntries(5);
    expect(recent.map((entry) => entry.kind)).toEqual(['gift', 'recharge']);
  });
});

describe('wallet input checks', () => {
  it.each([
    ['an unknown pack', () => new SandboxWallet(new MemoryWalletStore()).recharge({ packId: 'pack-1', idempotencyKey: 'recharge-0001' }), 'unknown-pack'],
    ['an unknown gift', () => new SandboxWallet(new MemoryWalletStore()).sendGift(gift('gift-00001', 'unicorn')), 'unknown-gift'],
    ['a fractional count', () => new SandboxWallet(new MemoryWalletStore()).sendGift(gift('gift-00001', 'rose', 1.5)), 'invalid-request'],
    ['a short key', () => new SandboxWallet(new MemoryWalletStore()).recharge({ packId: 'pack-70', idempotencyKey: 'k' }), 'invalid-request'],
  ])('refuses %s with a clear code', async (_what, act, code) => {
    const failure = await act().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WalletError);
    expect(failure).toMatchObject({ code });
  });

  it('has the six packs of the price table in integer cents', () => {
    expect(COIN_PACKS.map((pack) => [pack.coins, pack.priceCents])).toEqual([
      [70, 99],
      [350, 499],
      [700, 999],
      [1400, 1999],
      [3500, 4999],
      [7000, 9999],
    ]);
  });
});

describe('dexie storage', () => {
  it('reports a corrupt stored record instead of using it', async () => {
    const name = `wallet-test-${crypto.randomUUID()}`;
    const wallet = new SandboxWallet(new DexieWalletStore(name));
    await wallet.recharge({ packId: 'pack-70', idempotencyKey: 'recharge-0001' });
    const { Dexie } = await import('dexie');
    const raw = new Dexie(name);
    await raw.open();
    const head = await raw.table(LEDGER_HEAD_STORE).get(LEDGER_HEAD_ID);
    await raw.table(LEDGER_HEAD_STORE).put({ ...head, balances: { 'viewer:me': { account: 'viewer:me', unit: 'coins', balance: -5.5 } } });
    raw.close();
    await expect(new SandboxWallet(new DexieWalletStore(name)).balance()).rejects.toMatchObject({ code: 'corrupt-record' });
  });
});
