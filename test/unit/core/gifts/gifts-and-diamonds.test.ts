import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GIFT_CATALOG,
  estimateCashOut,
  giftCatalogSchema,
  MemoryWalletStore,
  SandboxPaymentProvider,
  SYSTEM_ACCOUNTS,
  splitGiftDiamonds,
  WalletService,
} from '@core';
import { TestClock } from '../../support/test-clock';

const card = { method: 'card', token: '4242 4242 4242 4242' };

describe('gift catalog', () => {
  it('accepts the default catalog', () => {
    expect(giftCatalogSchema.parse(DEFAULT_GIFT_CATALOG)).toHaveLength(DEFAULT_GIFT_CATALOG.length);
  });

  it.each([
    ['a duplicate id', [...DEFAULT_GIFT_CATALOG, DEFAULT_GIFT_CATALOG[0]]],
    ['a fractional price', [{ id: 'rose', name: 'Rose', coins: 1.5, icon: '🌹', tier: 'basic' }]],
    ['an unknown tier', [{ id: 'rose', name: 'Rose', coins: 1, icon: '🌹', tier: 'mythic' }]],
    ['no gifts at all', []],
  ])('refuses a catalog with %s', (_what, catalog) => {
    expect(giftCatalogSchema.safeParse(catalog).success).toBe(false);
  });
});

describe('diamonds from gifts', () => {
  it('gives the creator their share and rounds the remainder to the platform', () => {
    expect(splitGiftDiamonds(99, { diamondsPerCoin: 1, creatorShareBasisPoints: 5000 })).toEqual({
      totalDiamonds: 99,
      creatorDiamonds: 49,
      platformDiamonds: 50,
    });
    expect(splitGiftDiamonds(1, { diamondsPerCoin: 1, creatorShareBasisPoints: 7000 })).toEqual({
      totalDiamonds: 1,
      creatorDiamonds: 0,
      platformDiamonds: 1,
    });
  });

  it('stays exact for huge gifts', () => {
    const split = splitGiftDiamonds(2 ** 50, { diamondsPerCoin: 3, creatorShareBasisPoints: 3333 });
    expect(split.creatorDiamonds + split.platformDiamonds).toBe(split.totalDiamonds);
    expect(Number.isSafeInteger(split.creatorDiamonds)).toBe(true);
  });

  it('debits the viewer, credits the creator and records the platform share as its own entry', async () => {
    const clock = new TestClock();
    const storage = new MemoryWalletStore();
    const wallet = new WalletService({
      storage,
      payments: new SandboxPaymentProvider({ clock }),
      clock,
      economy: { diamondsPerCoin: 1, creatorShareBasisPoints: 5000 },
    });
    await wallet.recharge({ idempotencyKey: 'recharge-0001', region: 'US', packId: 'pack-350', instrument: card });
    const sent = await wallet.sendGift({ giftId: 'hat', count: 3, creator: 'mia-cooks', stream: 'sunday', idempotencyKey: 'gift-000001' });
    expect(sent).toMatchObject({ coins: 297, creatorDiamonds: 148, platformDiamonds: 149, balanceAfter: 53 });
    expect(await wallet.creatorDiamonds('mia-cooks')).toBe(148);
    const { entries } = await storage.exportRecords();
    const giftEntries = entries.filter((entry) => entry.transferId === sent.transferId);
    expect(giftEntries.map((entry) => [entry.account, entry.unit, entry.amount])).toEqual([
      ['viewer:me', 'coins', -297],
      [SYSTEM_ACCOUNTS.giftSink, 'coins', 297],
      [SYSTEM_ACCOUNTS.diamondIssuance, 'diamonds', -297],
      ['creator:mia-cooks', 'diamonds', 148],
      [SYSTEM_ACCOUNTS.platformShare, 'diamonds', 149],
    ]);
  });
});

describe('creator cash-out estimate', () => {
  const policy = { currency: 'USD', minorUnitsPerThousandDiamonds: 500, minimumMinor: 10_000 };

  it('values diamonds at the configured rate, rounded down', () => {
    expect(estimateCashOut(1999, policy)).toMatchObject({ estimateMinor: 999, eligible: false, shortfallMinor: 9001 });
  });

  it('is eligible from the minimum payout on', () => {
    expect(estimateCashOut(20_000, policy)).toMatchObject({ estimateMinor: 10_000, eligible: true, shortfallMinor: 0 });
  });
});
