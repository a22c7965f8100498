// The model-based wallet property test, shared by every storage it runs on (memory, Dexie, SQL):
// random sequences of recharges, gifts, retries, key conflicts, reversals, approvals and time passing,
// run against the real WalletService and a plain in-memory model (see wallet-properties.test.ts).
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  DEFAULT_GIFT_CATALOG,
  findCoinPack,
  monthKeyOf,
  SandboxPaymentProvider,
  verifyLedger,
  WalletService,
  type LimitPolicy,
  type WalletStorage,
} from '@core';
import { DAY, TestClock } from './test-clock';

const SETTLE_DELAY = 30_000;
const INSTRUMENTS = {
  ok: { method: 'card', token: '4242 4242 4242 4242' },
  declined: { method: 'card', token: '4000 0000 0000 0002' },
  delayed: { method: 'card', token: '4000 0000 0000 0077' },
} as const;
type InstrumentName = keyof typeof INSTRUMENTS;

type PlannedRequest =
  | { kind: 'recharge'; packId: string; instrument: InstrumentName }
  | { kind: 'gift'; giftId: string; count: number; creator: string };

const plannedRequest: fc.Arbitrary<PlannedRequest> = fc.oneof(
  fc.record({
    kind: fc.constant('recharge' as const),
    packId: fc.constantFrom('pack-70', 'pack-350', 'pack-1400'),
    instrument: fc.constantFrom<InstrumentName>('ok', 'ok', 'declined', 'delayed'),
  }),
  fc.record({
    kind: fc.constant('gift' as const),
    giftId: fc.constantFrom('rose', 'doughnut', 'hat', 'galaxy'),
    count: fc.integer({ min: 1, max: 5 }),
    creator: fc.constantFrom('mia', 'leo'),
  }),
);

const limitPolicy: fc.Arbitrary<LimitPolicy> = fc.record({
  budget: fc.record({ monthlyGiftCoins: fc.constantFrom(null, 2000, 5000) }),
  parental: fc.record({
    dailyRechargeCoins: fc.constantFrom(null, 3000),
    monthlyRechargeCoins: fc.constant(null),
    dailyGiftCoins: fc.constantFrom(null, 1500),
    monthlyGiftCoins: fc.constant(null),
    largestGiftCoins: fc.constantFrom(null, 500),
    rechargesLocked: fc.constantFrom(false, false, false, true),
  }),
});

type Step =
  | { op: 'do'; index: number }
  | { op: 'conflict'; index: number }
  | { op: 'advance'; ms: number }
  | { op: 'refresh' }
  | { op: 'reverse'; pick: number; key: number }
  | { op: 'answer'; pick: number; approve: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('do' as const), index: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('conflict' as const), index: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('advance' as const), ms: fc.constantFrom(1_000, SETTLE_DELAY, 6 * 3_600_000, DAY, 20 * DAY) }) },
  { weight: 2, arbitrary: fc.constant({ op: 'refresh' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('reverse' as const), pick: fc.nat(), key: fc.nat({ max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('answer' as const), pick: fc.nat(), approve: fc.boolean() }) },
);

interface ModelRecharge {
  state: 'pending' | 'settled' | 'failed';
  coins: number;
  packId: string;
  createdAt: number;
  settlesAt: number;
}
interface ModelApproval {
  state: 'pending' | 'approved' | 'declined' | 'expired';
  requestedAt: number;
}
interface ModelTransfer {
  id: string;
  kind: 'gift' | 'recharge';
  coins: number;
  creator: string | null;
  diamonds: number;
  reversedBy: string | null;
}

/** The plain model: what a correct wallet must hold after each step. */
class Model {
  balance = 0;
  diamonds = new Map<string, number>();
  recharges = new Map<string, ModelRecharge>();
  gifts = new Map<string, string>();
  approvals = new Map<string, ModelApproval>();
  transfers: ModelTransfer[] = [];
  reversalKeys = new Map<string, string>();
  giftByDay = new Map<number, number>();
  giftByMonth = new Map<string, number>();
  rechargeByDay = new Map<number, number>();
  constructor(
    readonly policy: LimitPolicy,
    readonly clock: TestClock,
  ) {}
  day(at = this.clock.now()) {
    return Math.floor(at / DAY);
  }
  month(at = this.clock.now()) {
    return monthKeyOf(at, 'UTC');
  }
  add(map: Map<number | string, number>, key: number | string, coins: number) {
    map.set(key, (map.get(key) ?? 0) + coins);
  }
  approval(key: string): ModelApproval | undefined {
    const approval = this.approvals.get(`ap-${key}`);
    if (approval?.state === 'pending' && this.clock.now() >= approval.requestedAt + DAY) approval.state = 'expired';
    return approval;
  }
  settle(key: string, recharge: ModelRecharge) {
    recharge.state = 'settled';
    this.balance += recharge.coins;
    this.add(this.rechargeByDay, this.day(), recharge.coins);
  }
}

const keyOf = (index: number) => `request-${String(index).padStart(3, '0')}`;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? `thrown: ${String(error)}`;
  }
}

export async function runSequence(storage: WalletStorage, policy: LimitPolicy, plan: PlannedRequest[], steps: Step[]) {
  const clock = new TestClock(Date.UTC(2026, 0, 28, 10));
  const wallet = new WalletService({
    storage,
    payments: new SandboxPaymentProvider({ clock, settlementDelayMs: SETTLE_DELAY }),
    clock,
    timeZone: 'UTC',
  });
  await wallet.setPolicy(policy);
  const model = new Model(policy, clock);
  const { parental, budget } = policy;

  for (const current of steps) {
    if (current.op === 'advance') clock.advance(current.ms);
    if (current.op === 'refresh') {
      await wallet.refreshPending();
      for (const [key, recharge] of model.recharges) {
        if (recharge.state === 'pending' && clock.now() >= recharge.settlesAt) model.settle(key, recharge);
      }
    }
    if (current.op === 'do' || current.op === 'conflict') {
      const index = current.index % plan.length;
      const key = keyOf(index);
      const planned = plan[index]!;
      const stored = model.recharges.has(key) || model.gifts.has(key) || model.approvals.has(`ap-${key}`);
      if (current.op === 'conflict') {
        // The same key asking for something else: refused when the key has stored anything, else a new request.
        if (!stored) continue;
        const variant =
          planned.kind === 'gift'
            ? wallet.sendGift({ giftId: planned.giftId, count: planned.count + 1, creator: planned.creator, stream: 's', idempotencyKey: key })
            : wallet.recharge({ idempotencyKey: key, region: 'US', packId: planned.packId === 'pack-70' ? 'pack-350' : 'pack-70', instrument: INSTRUMENTS.ok });
        expect(await codeOf(variant)).toBe('idempotency-conflict');
      } else if (planned.kind === 'gift') {
        const gift = DEFAULT_GIFT_CATALOG.find((candidate) => candidate.id === planned.giftId)!;
        const coins = gift.coins * planned.count;
        let outcome: Awaited<ReturnType<WalletService['sendGift']>> | undefined;
        const code = await codeOf(
          wallet
            .sendGift({ giftId: planned.giftId, count: planned.count, creator: planned.creator, stream: 's', idempotencyKey: key })
            .then((result) => (outcome = result)),
        );
        const sentBefore = model.gifts.get(key);
        if (model.recharges.has(key)) {
          expect(code).toBe('idempotency-conflict');
        } else if (sentBefore) {
          expect(code).toBe('ok');
          expect(outcome).toMatchObject({ transferId: sentBefore, replayed: true });
        } else if (model.balance < coins) {
          expect(code).toBe('insufficient-coins');
        } else {
          const overParental =
            (parental.largestGiftCoins !== null && coins > parental.largestGiftCoins) ||
            (parental.dailyGiftCoins !== null && (model.giftByDay.get(model.day()) ?? 0) + coins > parental.dailyGiftCoins);
          const approval = model.approval(key);
          const overBudget = budget.monthlyGiftCoins !== null && (model.giftByMonth.get(model.month()) ?? 0) + coins > budget.monthlyGiftCoins;
          if (overParental && approval?.state !== 'approved') {
            expect(code).toBe('over-parental-limit');
            if (!approval) model.approvals.set(`ap-${key}`, { state: 'pending', requestedAt: clock.now() });
          } else if (overBudget) {
            expect(code).toBe('over-budget');
          } else {
            expect(code).toBe('ok');
            model.balance -= coins;
            model.add(model.giftByDay, model.day(), coins);
            model.add(model.giftByMonth, model.month(), coins);
            model.gifts.set(key, outcome!.transferId);
            const diamonds = Math.floor(coins / 2);
            model.add(model.diamonds, planned.creator, diamonds);
            model.transfers.push({ id: outcome!.transferId, kind: 'gift', coins, creator: planned.creator, diamonds, reversedBy: null });
          }
        }
      } else {
        const coins = findCoinPack(planned.packId)!.coins;
        let outcome: Awaited<ReturnType<WalletService['recharge']>> | undefined;
        const code = await codeOf(
          wallet
            .recharge({ idempotencyKey: key, region: 'US', packId: planned.packId, instrument: INSTRUMENTS[planned.instrument] })
            .then((result) => (outcome = result)),
        );
        const before = model.recharges.get(key);
        if (model.gifts.has(key)) {
          expect(code).toBe('idempotency-conflict');
        } else if (before) {
          if (before.state === 'pending' && clock.now() >= before.settlesAt) model.settle(key, before);
          expect(code).toBe(before.state === 'failed' ? 'payment-failed' : 'ok');
          if (code === 'ok') expect(outcome!.recharge.state).toBe(before.state);
        } else {
          const today = model.day();
          const inFlightToday = [...model.recharges.values()]
            .filter((recharge) => recharge.state === 'pending' && model.day(recharge.createdAt) === today)
            .reduce((sum, recharge) => sum + recharge.coins, 0);
          const overParental =
            parental.rechargesLocked ||
            (parental.dailyRechargeCoins !== null &&
              (model.rechargeByDay.get(today) ?? 0) + inFlightToday + coins > parental.dailyRechargeCoins);
          const approval = model.approval(key);
          const duplicate = [...model.recharges.values()].some((recharge) => recharge.state === 'pending' && recharge.packId === planned.packId);
          if (overParental && approval?.state !== 'approved') {
            expect(code).toBe(parental.rechargesLocked ? 'recharges-locked' : 'over-parental-limit');
            if (!approval) model.approvals.set(`ap-${key}`, { state: 'pending', requestedAt: clock.now() });
          } else if (duplicate) {
            expect(code).toBe('recharge-pending');
          } else {
            const recharge: ModelRecharge = { state: 'pending', coins, packId: planned.packId, createdAt: clock.now(), settlesAt: clock.now() + SETTLE_DELAY };
            model.recharges.set(key, recharge);
            if (planned.instrument === 'ok') model.settle(key, recharge);
            if (planned.instrument === 'declined') recharge.state = 'failed';
            expect(code).toBe(recharge.state === 'failed' ? 'payment-failed' : 'ok');
          }
        }
        if (code === 'ok' && outcome!.receipt && !model.transfers.some((transfer) => transfer.id === outcome!.receipt!.transferId)) {
          model.transfers.push({ id: outcome!.receipt.transferId, kind: 'recharge', coins, creator: null, diamonds: 0, reversedBy: null });
        }
      }
    }
    if (current.op === 'refresh' || current.op === 'advance') {
      // Late settlements found by refreshPending become reversible transfers too.
      for (const recharge of await wallet.listRecharges('settled')) {
        const receipt = await wallet.receipt(recharge.receiptId!);
        if (!model.transfers.some((transfer) => transfer.id === receipt!.transferId)) {
          model.transfers.push({ id: receipt!.transferId, kind: 'recharge', coins: recharge.quote.coins, creator: null, diamonds: 0, reversedBy: null });
        }
      }
    }
    if (current.op === 'reverse' && model.transfers.length > 0) {
      const target = model.transfers[current.pick % model.transfers.length]!;
      const key = `reversal-${current.key}`;
      const code = await codeOf(wallet.reverse({ idempotencyKey: key, transferId: target.id, reason: 'property test' }));
      const usedFor = model.reversalKeys.get(key);
      if (usedFor !== undefined) {
        expect(code).toBe(usedFor === target.id ? 'ok' : 'idempotency-conflict');
      } else if (target.reversedBy) {
        expect(code).toBe('invalid-request');
      } else if (target.kind === 'recharge' && model.balance < target.coins) {
        expect(code).toBe('insufficient-coins');
      } else {
        expect(code).toBe('ok');
        target.reversedBy = key;
        model.reversalKeys.set(key, target.id);
        if (target.kind === 'gift') {
          model.balance += target.coins;
          model.add(model.diamonds, target.creator!, -target.diamonds);
          model.add(model.giftByDay, model.day(), -target.coins);
          model.add(model.giftByMonth, model.month(), -target.coins);
        } else {
          model.balance -= target.coins;
          model.add(model.rechargeByDay, model.day(), -target.coins);
        }
      }
    }
    if (current.op === 'answer') {
      const pending = [...model.approvals.keys()].filter((id) => model.approval(id.slice(3))?.state === 'pending').sort();
      if (pending.length > 0) {
        const id = pending[current.pick % pending.length]!;
        await (current.approve ? wallet.approve(id) : wallet.decline(id));
        model.approvals.get(id)!.state = current.approve ? 'approved' : 'declined';
      }
    }

    // Invariants after every step.
    const records = await storage.exportRecords();
    const report = verifyLedger(records);
    expect(report.problems).toEqual([]);
    expect(await wallet.balance()).toBe(model.balance);
    expect(model.balance).toBeGreaterThanOrEqual(0);
    for (const [creator, diamonds] of model.diamonds) expect(await wallet.creatorDiamonds(creator)).toBe(diamonds);
    const settleKeys = records.transfers.filter((transfer) => transfer.idempotencyKey.startsWith('settle:')).map((t) => t.idempotencyKey);
    expect(new Set(settleKeys).size).toBe(settleKeys.length);
    expect(settleKeys.length).toBe([...model.recharges.values()].filter((recharge) => recharge.state === 'settled').length);
  }
}

export const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : undefined;
export const replay = {
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
  ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
};
export const scenario = fc.tuple(limitPolicy, fc.array(plannedRequest, { minLength: 4, maxLength: 12 }), fc.array(step, { minLength: 1, maxLength: 40 }));

