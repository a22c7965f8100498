import { describe, expect, it } from 'vitest';
import {
  MemoryWalletStore,
  NO_LIMITS,
  SandboxPaymentProvider,
  WalletService,
  type LimitPolicy,
  type WalletStorage,
} from '@core';
import { DexieWalletStore } from '@core/storage/dexie-wallet-store';
import { DAY, HOUR, TestClock } from '../../support/test-clock';

const CARDS = {
  ok: { method: 'card', token: '4242 4242 4242 4242' },
  declined: { method: 'card', token: '4000 0000 0000 0002' },
  noFunds: { method: 'card', token: '4000 0000 0000 9995' },
  delayed: { method: 'card', token: '4000 0000 0000 0077' },
};

function setup(storage: WalletStorage = new MemoryWalletStore()) {
  const clock = new TestClock();
  const payments = new SandboxPaymentProvider({ clock, settlementDelayMs: 30_000 });
  const wallet = new WalletService({ storage, payments, clock, timeZone: 'Europe/Berlin' });
  return { clock, payments, wallet, storage };
}

const buy = (key: string, packId = 'pack-700', instrument = CARDS.ok) => ({ idempotencyKey: key, region: 'US', packId, instrument });
const gift = (key: string, giftId = 'doughnut', count = 1, creator = 'mia-cooks') => ({
  giftId,
  count,
  creator,
  stream: 'sunday-live',
  idempotencyKey: key,
});
const policy = (changes: { budget?: Partial<LimitPolicy['budget']>; parental?: Partial<LimitPolicy['parental']> }): LimitPolicy => ({
  budget: { ...NO_LIMITS.budget, ...changes.budget },
  parental: { ...NO_LIMITS.parental, ...changes.parental },
});

describe('recharge', () => {
  it('credits the pack once and issues a TEST MODE receipt with the price and tax', async () => {
    const { wallet } = setup();
    const result = await wallet.recharge(buy('recharge-0001'));
    expect(result.recharge.state).toBe('settled');
    expect(result.balance).toBe(700);
    expect(result.receipt).toMatchObject({
      kind: 'recharge',
      coins: 700,
      description: '700 coins (TEST MODE)',
      payment: { currency: 'USD', totalMinor: 999, testMode: true, paymentId: 'pay-recharge-0001' },
    });
    expect(await wallet.receipt(result.receipt!.id)).toEqual(result.receipt);
  });

  it('returns the first result for a retried key and charges once', async () => {
    const { wallet, payments } = setup();
    const first = await wallet.recharge(buy('recharge-0001'));
    const again = await wallet.recharge(buy('recharge-0001'));
    expect(again.recharge).toEqual(first.recharge);
    expect(await wallet.balance()).toBe(700);
    expect(payments.payments()).toHaveLength(1);
  });

  it('refuses the same key for another pack', async () => {
    const { wallet } = setup();
    await wallet.recharge(buy('recharge-0001'));
    await expect(wallet.recharge(buy('recharge-0001', 'pack-70'))).rejects.toMatchObject({ code: 'idempotency-conflict' });
  });

  it.each([
    ['declined', CARDS.declined],
    ['insufficient-funds', CARDS.noFunds],
  ])('fails with the reason %s and adds no coins', async (reason, instrument) => {
    const { wallet } = setup();
    const failure = await wallet.recharge(buy('recharge-0001', 'pack-70', instrument)).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'payment-failed', paymentFailure: reason });
    expect(await wallet.balance()).toBe(0);
    expect(await wallet.listRecharges('failed')).toHaveLength(1);
  });

  it('refuses an unknown pack before anything is stored', async () => {
    const { wallet } = setup();
    await expect(wallet.recharge(buy('recharge-0001', 'pack-5'))).rejects.toMatchObject({ code: 'unknown-pack' });
    expect(await wallet.listRecharges()).toEqual([]);
  });

  it('a pending recharge refuses a second purchase of the same pack, then settles late exactly once', async () => {
    const { wallet, clock } = setup();
    const pending = await wallet.recharge(buy('recharge-0001', 'pack-700', CARDS.delayed));
    expect(pending.recharge.state).toBe('pending');
    expect(pending.balance).toBe(0);
    await expect(wallet.recharge(buy('recharge-0002', 'pack-700'))).rejects.toMatchObject({
      code: 'recharge-pending',
      message: expect.stringContaining('never buy twice'),
    });
    // Another pack is a different purchase and goes through.
    await wallet.recharge(buy('recharge-0003', 'pack-70'));
    expect(await wallet.refreshPending()).toEqual([]);
    clock.advance(30_000);
    const [settled] = await wallet.refreshPending();
    expect(settled).toMatchObject({ state: 'settled' });
    expect(await wallet.refreshPending()).toEqual([]);
    await wallet.recharge(buy('recharge-0001', 'pack-700', CARDS.delayed));
    expect(await wallet.balance()).toBe(770);
    expect((await wallet.verify()).ok).toBe(true);
  });

  it('a payment whose answer was lost stays pending and is credited once when looked up', async () => {
    const { wallet, payments } = setup();
    const charge = payments.charge.bind(payments);
    // The provider takes the payment, but the answer never reaches the wallet.
    payments.charge = async (request) => {
      await charge(request);
      throw new Error('connection reset');
    };
    const lost = await wallet.recharge(buy('recharge-0001', 'pack-350'));
    expect(lost.recharge.state).toBe('pending');
    expect(lost.balance).toBe(0);
    expect(await wallet.refreshPending()).toMatchObject([{ state: 'settled' }]);
    expect(await wallet.refreshPending()).toEqual([]);
    expect(await wallet.balance()).toBe(350);
    expect(payments.payments()).toHaveLength(1);
  });

  it('a refresh during a slow charge does not fail the recharge it is waiting for', async () => {
    const { wallet, payments } = setup();
    const charge = payments.charge.bind(payments);
    let release!: () => void;
    const answered = new Promise<void>((resolve) => (release = resolve));
    payments.charge = async (request) => {
      await answered;
      return charge(request);
    };
    const buying = wallet.recharge(buy('recharge-0001', 'pack-70'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await wallet.listRecharges('created')).toHaveLength(1);
    expect(await wallet.refreshPending()).toEqual([]);
    release();
    expect((await buying).recharge.state).toBe('settled');
    expect(await wallet.balance()).toBe(70);
  });

  it('concurrent retries of one recharge charge once and credit once', async () => {
    const { wallet, payments } = setup();
    await Promise.all([1, 2, 3].map(() => wallet.recharge(buy('recharge-0001', 'pack-1400'))));
    expect(await wallet.balance()).toBe(1400);
    expect(payments.payments()).toHaveLength(1);
  });

  it('buys a custom number of coins at the region price', async () => {
    const { wallet } = setup();
    const result = await wallet.recharge({ idempotencyKey: 'recharge-0001', region: 'DE', customCoins: 1000, instrument: CARDS.ok });
    expect(result.balance).toBe(1000);
    expect(result.receipt?.payment).toMatchObject({ currency: 'EUR', totalMinor: 1590, taxLabel: 'Includes 19% VAT' });
  });

  it('recharges are refused while a parent has locked them, with an approval request', async () => {
    const { wallet } = setup();
    await wallet.setPolicy(policy({ parental: { rechargesLocked: true } }));
    const failure = await wallet.recharge(buy('recharge-0001')).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'recharges-locked', approvalId: 'ap-recharge-0001' });
    await wallet.approve('ap-recharge-0001');
    expect((await wallet.recharge(buy('recharge-0001'))).balance).toBe(700);
  });

  it('a daily recharge cap counts recharges still pending', async () => {
    const { wallet } = setup();
    await wallet.setPolicy(policy({ parental: { dailyRechargeCoins: 1000 } }));
    await wallet.recharge(buy('recharge-0001', 'pack-700', CARDS.delayed));
    await expect(wallet.recharge(buy('recharge-0002', 'pack-350'))).rejects.toMatchObject({ code: 'over-parental-limit' });
    await wallet.recharge(buy('recharge-0003', 'pack-70'));
  });
});

describe('gifts, limits and approvals', () => {
  it('refuses a gift the balance cannot pay and keeps every coin', async () => {
    const { wallet } = setup();
    await wallet.recharge(buy('recharge-0001', 'pack-70'));
    await expect(wallet.sendGift(gift('gift-000001', 'galaxy'))).rejects.toMatchObject({ code: 'insufficient-coins' });
    expect(await wallet.balance()).toBe(70);
  });

  it('refuses an unknown gift', async () => {
    const { wallet } = setup();
    await expect(wallet.sendGift(gift('gift-000001', 'unicorn'))).rejects.toMatchObject({ code: 'unknown-gift' });
  });

  it('warns at 80 % of the monthly budget and stops above it', async () => {
    const { wallet } = setup();
    await wallet.recharge(buy('recharge-0001', 'pack-700'));
    await wallet.setPolicy(policy({ budget: { monthlyGiftCoins: 100 } }));
    expect((await wallet.sendGift(gift('gift-000001', 'doughnut', 2))).budgetWarning).toBeNull();
    expect((await wallet.sendGift(gift('gift-000002', 'doughnut', 1))).budgetWarning).toEqual({ usedPercent: 90 });
    await expect(wallet.sendGift(gift('gift-000003', 'doughnut', 1))).rejects.toMatchObject({ code: 'over-budget' });
    expect(await wallet.balance()).toBe(610);
  });

  it('a retried gift returns its first result even when the budget is now used up', async () => {
    const { wallet } = setup();
    await wallet.recharge(buy('recharge-0001'));
    await wallet.setPolicy(policy({ budget: { monthlyGiftCoins: 30 } }));
    const first = await wallet.sendGift(gift('gift-000001'));
    const again = await wallet.sendGift(gift('gift-000001'));
    expect(again).toMatchObject({ transferId: first.transferId, replayed: true });
    expect(await wallet.balance()).toBe(670);
  });

  it('asks to buy when the largest-gift limit blocks; approved, the same request goes through once', async () => {
    const { wallet } = setup();
    await wallet.recharge(buy('recharge-0001', 'pack-3500'));
    await wallet.setPolicy(policy({ parental: { largestGiftCoins: 100 } }));
    const blocked = await wallet.sendGift(gift('gift-000001', 'galaxy')).catch((error: unknown) => error);
    expect(blocked).toMatchObject({ code: 'over-parental-limit', approvalId: 'ap-gift-000001' });
    expect(await wallet.listApprovals('pending')).toMatchObject([{ id: 'ap-gift-000001', subject: 'Galaxy ×1 to mia-cooks' }]);
    // Asking again before a parent answers raises no second request.
    await expect(wallet.sendGift(gift('gift-000001', 'galaxy'))).rejects.toMatchObject({ code: 'over-parental-limit' });
    expect(await wallet.listApprovals()).toHaveLength(1);
    await wallet.approve('ap-gift-000001');
    expect(await wallet.sendGift(gift('gift-000001', 'galaxy'))).toMatchObject({ coins: 1000 });
    expect(await wallet.sendGift(gift('gift-000001', 'galaxy'))).toMatchObject({ replayed: true });
    expect(await wallet.balance()).toBe(2500);
    // The approval covers that request only.
    await expect(wallet.sendGift(gift('gift-000002', 'galaxy'))).rejects.toMatchObject({ code: 'over-parental-limit' });
  });

  it('a key that raised an approval request cannot be reused for another gift, even one the balance cannot pay', async () => {
    const { wallet } = setup();
    await wallet.recharge(buy('recharge-0001', 'pack-1400'));
    await wallet.setPolicy(policy({ parental: { largestGiftCoins: 100 } }));
    await expect(wallet.sendGift(gift('gift-000001', 'galaxy'))).rejects.toMatchObject({ code: 'over-parental-limit' });
    await wallet.setPolicy(policy({}));
    await expect(wallet.sendGift(gift('gift-000001', 'galaxy', 2))).rejects.toMatchObject({ code: 'idempotency-conflict' });
    await expect(wallet.sendGift(gift('gift-000001', 'rose'))).rejects.toMatchObject({ code: 'idempotency-conflict' });
    expect(await wallet.balance()).toBe(1400);
  });

  it('a declined request keeps the gift blocked', async () => {
    const { wallet } = setup();
    await wallet.recharge(buy('recharge-0001', 'pack-1400'));
    await wallet.setPolicy(policy({ parental: { dailyGiftCoins: 50 } }));
    await wallet.sendGift(gift('gift-000001', 'doughnut')).catch(() => undefined);
    await expect(wallet.sendGift(gift('gift-000002', 'doughnut'))).rejects.toMatchObject({ code: 'over-parental-limit' });
    await wallet.decline('ap-gift-000002');
    await expect(wallet.sendGift(gift('gift-000002', 'doughnut'))).rejects.toMatchObject({
      code: 'over-parental-limit',
      message: expect.stringContaining('declined'),
    });
    await expect(wallet.approve('ap-gift-000002')).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('an unanswered request expires after 24 hours and can no longer be approved', async () => {
    const { wallet, clock } = setup();
    await wallet.recharge(buy('recharge-0001', 'pack-1400'));
    await wallet.setPolicy(policy({ parental: { largestGiftCoins: 10 } }));
    await wallet.sendGift(gift('gift-000001', 'doughnut')).catch(() => undefined);
    clock.advance(DAY);
    expect(await wallet.listApprovals('expired')).toHaveLength(1);
    await expect(wallet.approve('ap-gift-000001')).rejects.toMatchObject({ code: 'invalid-request', message: expect.stringContaining('expired') });
  });

  it('the daily gift cap resets at local midnight in the viewer time zone', async () => {
    const { wallet, clock } = setup();
    clock.time = Date.UTC(2026, 2, 10, 22, 30); // 23:30 in Berlin
    await wallet.recharge(buy('recharge-0001', 'pack-700'));
    await wallet.setPolicy(policy({ parental: { dailyGiftCoins: 30 } }));
    await wallet.sendGift(gift('gift-000001'));
    await expect(wallet.sendGift(gift('gift-000002'))).rejects.toMatchObject({ code: 'over-parental-limit' });
    clock.advance(HOUR); // 00:30 the next day in Berlin
    await wallet.sendGift(gift('gift-000003'));
    expect(await wallet.balance()).toBe(640);
  });

  it('estimates the creator cash-out from the diamonds gifts brought', async () => {
    const { wallet } = setup();
    await wallet.recharge(buy('recharge-0001', 'pack-3500'));
    await wallet.sendGift(gift('gift-000001', 'galaxy', 3));
    expect(await wallet.cashOutEstimate('mia-cooks')).toMatchObject({ diamonds: 1500, estimateMinor: 750, eligible: false });
  });

  it('a reversed gift returns the coins and the creator diamonds', async () => {
    const { wallet } = setup();
    await wallet.recharge(buy('recharge-0001', 'pack-70'));
    const sent = await wallet.sendGift(gift('gift-000001'));
    await wallet.reverse({ idempotencyKey: 'reverse-0001', transferId: sent.transferId, reason: 'sent by mistake' });
    expect(await wallet.balance()).toBe(70);
    expect(await wallet.creatorDiamonds('mia-cooks')).toBe(0);
    expect((await wallet.verify()).ok).toBe(true);
  });
});

describe('history, summaries and exports', () => {
  async function busyWallet() {
    const context = setup();
    const { wallet, clock } = context;
    clock.time = Date.UTC(2026, 0, 31, 22, 0); // 23:00 on 31 January in Berlin
    await wallet.recharge(buy('recharge-0001', 'pack-1400'));
    await wallet.sendGift(gift('gift-000001', 'hat'));
    clock.advance(2 * HOUR); // February in Berlin
    await wallet.sendGift(gift('gift-000002', 'doughnut', 2, 'leo-plays'));
    await wallet.sendGift(gift('gift-000003', 'rose', 5));
    await wallet.recharge(buy('recharge-0002', 'pack-70'));
    return context;
  }

  it('pages newest first with a cursor, without repeats or gaps', async () => {
    const { wallet } = await busyWallet();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await wallet.history({ limit: 2, cursor });
      expect(page.entries.length).toBeLessThanOrEqual(2);
      seen.push(...page.entries.map((entry) => `${entry.kind}:${entry.amount}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['recharge:70', 'gift:-5', 'gift:-60', 'gift:-99', 'recharge:1400']);
  });

  it('filters by type and by date range', async () => {
    const { wallet } = await busyWallet();
    const gifts = await wallet.history({ kind: 'gift' });
    expect(gifts.entries.map((entry) => entry.memo.giftId)).toEqual(['rose', 'doughnut', 'hat']);
    const february = await wallet.history({ fromMs: Date.UTC(2026, 0, 31, 23), toMs: Date.UTC(2026, 1, 28, 23) });
    expect(february.entries).toHaveLength(3);
  });

  it('sums each month in the viewer time zone: recharged, spent and per creator', async () => {
    const { wallet } = await busyWallet();
    expect(await wallet.monthlySummary('2026-01')).toMatchObject({ recharged: 1400, spent: 99, byCreator: { 'mia-cooks': 99 } });
    expect(await wallet.monthlySummary('2026-02')).toMatchObject({
      recharged: 70,
      spent: 65,
      byCreator: { 'leo-plays': 60, 'mia-cooks': 5 },
    });
    expect(await wallet.monthlySummary('2025-12')).toMatchObject({ recharged: 0, spent: 0, byCreator: {} });
  });

  it('exports CSV with a header and properly escaped fields', async () => {
    const { wallet } = setup();
    await wallet.recharge(buy('recharge-0001', 'pack-70'));
    await wallet.sendGift({ ...gift('gift-000001'), creator: '=HYPERLINK("x")', stream: 'late, "night" show' });
    const csv = await wallet.exportCsv();
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('date_utc,type,amount,unit,balance_after,gift,count,creator,stream,pack,transfer,note');
    expect(lines[1]).toContain(`,gift,-30,coins,40,doughnut,1,"'=HYPERLINK(""x"")","late, ""night"" show",,`);
    expect(lines).toHaveLength(4);
  });

  it('exports only the gifts to one creator when the filter names one', async () => {
    const { wallet } = setup();
    await wallet.recharge(buy('recharge-0001', 'pack-7000'));
    for (let i = 0; i < 600; i++) {
      await wallet.sendGift({ ...gift(`gift-${String(i).padStart(6, '0')}`), giftId: 'rose', creator: i % 3 === 0 ? 'mia-cooks' : 'leo-plays' });
    }
    const lines = (await wallet.exportCsv({ creator: 'mia-cooks' })).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 200);
    expect(lines.slice(1).every((line) => line.includes(',rose,1,mia-cooks,'))).toBe(true);
    expect((await wallet.exportCsv({ kind: 'recharge' })).trimEnd().split('\r\n')).toHaveLength(2);
    await expect(wallet.exportCsv({ creator: 'has spaces' })).rejects.toMatchObject({ code: 'invalid-request' });
  });
});

describe.each([
  ['memory', () => new MemoryWalletStore()],
  ['dexie', () => new DexieWalletStore(`service-${crypto.randomUUID()}`)],
] as const)('wallet backup on %s storage', (_name, makeStore) => {
  it('restores a whole wallet from its JSON backup', async () => {
    const { wallet } = setup(makeStore());
    await wallet.recharge(buy('recharge-0001', 'pack-700'));
    await wallet.sendGift(gift('gift-000001', 'hat'));
    const json = JSON.stringify(await wallet.exportBackup());
    const restored = setup(makeStore()).wallet;
    await restored.importBackup(json);
    expect(await restored.balance()).toBe(601);
    expect(await restored.monthlySummary('2026-03')).toMatchObject({ recharged: 700, spent: 99 });
    expect(await restored.sendGift(gift('gift-000001', 'hat'))).toMatchObject({ replayed: true });
    expect((await restored.verify()).ok).toBe(true);
  });

  it.each([
    ['not JSON', () => '{oops'],
    ['another format', () => ({ format: 'other' })],
    [
      'a ledger that does not add up',
      (backup: Record<string, unknown>) => {
        const balances = backup.balances as { account: string; balance: number }[];
        balances.find((b) => b.account === 'viewer:me')!.balance += 1000;
        return backup;
      },
    ],
  ])('a bad import (%s) changes nothing', async (_what, spoil) => {
    const { wallet } = setup(makeStore());
    await wallet.recharge(buy('recharge-0001', 'pack-70'));
    const backup = JSON.parse(JSON.stringify(await wallet.exportBackup())) as Record<string, unknown>;
    await wallet.recharge(buy('recharge-0002', 'pack-350'));
    await expect(wallet.importBackup(spoil(backup))).rejects.toMatchObject({ code: 'invalid-request' });
    expect(await wallet.balance()).toBe(420);
  });
});
