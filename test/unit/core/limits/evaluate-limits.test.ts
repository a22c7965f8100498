import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateLimits, NO_LIMITS, type LimitPolicy, type LimitUsage } from '@core';

const noUsage: LimitUsage = { rechargeCoinsToday: 0, rechargeCoinsThisMonth: 0, giftCoinsToday: 0, giftCoinsThisMonth: 0 };

function policy(change: { budget?: Partial<LimitPolicy['budget']>; parental?: Partial<LimitPolicy['parental']> }) {
  return {
    budget: { ...NO_LIMITS.budget, ...change.budget },
    parental: { ...NO_LIMITS.parental, ...change.parental },
  };
}

const gift = (coins: number) => ({ kind: 'gift' as const, coins });
const recharge = (coins: number) => ({ kind: 'recharge' as const, coins });

describe('a wallet without limits', () => {
  it('allows any recharge and any gift', () => {
    expect(evaluateLimits({ action: recharge(7000), policy: NO_LIMITS, usage: noUsage })).toEqual({ outcome: 'allow' });
    expect(evaluateLimits({ action: gift(34999), policy: NO_LIMITS, usage: noUsage })).toEqual({ outcome: 'allow' });
  });
});

describe("the viewer's monthly gifting budget", () => {
  const budget1000 = policy({ budget: { monthlyGiftCoins: 1000 } });

  it('allows a gift that keeps the month under 80 % without a warning', () => {
    const usage = { ...noUsage, giftCoinsThisMonth: 700 };
    expect(evaluateLimits({ action: gift(99), policy: budget1000, usage })).toEqual({ outcome: 'allow' });
  });

  it('warns when a gift brings the month to 80 % of the budget', () => {
    const usage = { ...noUsage, giftCoinsThisMonth: 700 };
    expect(evaluateLimits({ action: gift(100), policy: budget1000, usage })).toEqual({
      outcome: 'warn',
      limit: 'budget',
      usedPercent: 80,
    });
  });

  it('reports the used share rounded down to a whole percent', () => {
    const usage = { ...noUsage, giftCoinsThisMonth: 900 };
    expect(evaluateLimits({ action: gift(59), policy: budget1000, usage })).toMatchObject({ usedPercent: 95 });
  });

  it('still lets a gift use the budget up to exactly 100 %', () => {
    const usage = { ...noUsage, giftCoinsThisMonth: 999 };
    expect(evaluateLimits({ action: gift(1), policy: budget1000, usage })).toEqual({
      outcome: 'warn',
      limit: 'budget',
      usedPercent: 100,
    });
  });

  it('stops a gift that would go over the budget, and only raising the budget helps', () => {
    const usage = { ...noUsage, giftCoinsThisMonth: 999 };
    const decision = evaluateLimits({ action: gift(2), policy: budget1000, usage });
    expect(decision).toMatchObject({ outcome: 'block', scope: 'budget', limit: 'budget', approvable: false });
    expect(decision.outcome === 'block' && decision.message).toMatch(/1,001 coins.*budget of 1,000.*Raise your budget/);

    const raised = policy({ budget: { monthlyGiftCoins: 2000 } });
    expect(evaluateLimits({ action: gift(2), policy: raised, usage })).toEqual({ outcome: 'allow' });
  });

  it('does not count recharges against the gifting budget', () => {
    const usage = { ...noUsage, giftCoinsThisMonth: 1000, rechargeCoinsThisMonth: 5000 };
    expect(evaluateLimits({ action: recharge(7000), policy: budget1000, usage })).toEqual({ outcome: 'allow' });
  });

  it('with a zero budget stops every gift', () => {
    const zero = policy({ budget: { monthlyGiftCoins: 0 } });
    expect(evaluateLimits({ action: gift(1), policy: zero, usage: noUsage })).toMatchObject({ outcome: 'block', scope: 'budget' });
  });
});

describe('parental limits on recharges', () => {
  it('locked recharges block every recharge but leave gifts alone', () => {
    const locked = policy({ parental: { rechargesLocked: true } });
    const decision = evaluateLimits({ action: recharge(70), policy: locked, usage: noUsage });
    expect(decision).toMatchObject({ outcome: 'block', scope: 'parental', limit: 'rechargesLocked', approvable: true });
    expect(decision.outcome === 'block' && decision.message).toMatch(/locked by a parent.*Ask a parent/);
    expect(evaluateLimits({ action: gift(5), policy: locked, usage: noUsage })).toEqual({ outcome: 'allow' });
  });

  it('a daily cap allows recharges up to the cap and blocks the one that passes it', () => {
    const daily = policy({ parental: { dailyRechargeCoins: 1400 } });
    const usage = { ...noUsage, rechargeCoinsToday: 700, rechargeCoinsThisMonth: 700 };
    expect(evaluateLimits({ action: recharge(700), policy: daily, usage })).toEqual({ outcome: 'allow' });
    const decision = evaluateLimits({ action: recharge(1400), policy: daily, usage });
    expect(decision).toMatchObject({ outcome: 'block', scope: 'parental', limit: 'dailyRechargeCoins', approvable: true });
    expect(decision.outcome === 'block' && decision.message).toMatch(/up to 1,400 coins a day; 700 are used.*2,100/);
  });

  it('a monthly cap counts everything recharged this month', () => {
    const monthly = policy({ parental: { monthlyRechargeCoins: 3500 } });
    const usage = { ...noUsage, rechargeCoinsThisMonth: 3150 };
    expect(evaluateLimits({ action: recharge(350), policy: monthly, usage })).toEqual({ outcome: 'allow' });
    expect(evaluateLimits({ action: recharge(700), policy: monthly, usage })).toMatchObject({
      outcome: 'block',
      limit: 'monthlyRechargeCoins',
    });
  });

  it('a zero cap blocks every recharge', () => {
    const zero = policy({ parental: { dailyRechargeCoins: 0 } });
    expect(evaluateLimits({ action: recharge(70), policy: zero, usage: noUsage })).toMatchObject({
      outcome: 'block',
      limit: 'dailyRechargeCoins',
    });
  });
});

describe('parental limits on gifts', () => {
  it('the largest-gift cap blocks a single gift above it, whatever was spent before', () => {
    const largest = policy({ parental: { largestGiftCoins: 500 } });
    expect(evaluateLimits({ action: gift(500), policy: largest, usage: noUsage })).toEqual({ outcome: 'allow' });
    const decision = evaluateLimits({ action: gift(501), policy: largest, usage: noUsage });
    expect(decision).toMatchObject({ outcome: 'block', scope: 'parental', limit: 'largestGiftCoins', approvable: true });
    expect(decision.outcome === 'block' && decision.message).toMatch(/costs 501 coins.*up to 500 coins each/);
  });

  it('daily and monthly gift caps block the gift that passes them', () => {
    const caps = policy({ parental: { dailyGiftCoins: 100, monthlyGiftCoins: 1000 } });
    expect(evaluateLimits({ action: gift(11), policy: caps, usage: { ...noUsage, giftCoinsToday: 90 } })).toMatchObject({
      outcome: 'block',
      limit: 'dailyGiftCoins',
    });
    expect(
      evaluateLimits({ action: gift(10), policy: caps, usage: { ...noUsage, giftCoinsToday: 0, giftCoinsThisMonth: 995 } }),
    ).toMatchObject({ outcome: 'block', limit: 'monthlyGiftCoins' });
    expect(
      evaluateLimits({ action: gift(10), policy: caps, usage: { ...noUsage, giftCoinsToday: 90, giftCoinsThisMonth: 990 } }),
    ).toEqual({ outcome: 'allow' });
  });

  it('reports the parental limit rather than the budget when both would stop a gift', () => {
    const both = policy({ budget: { monthlyGiftCoins: 100 }, parental: { monthlyGiftCoins: 100 } });
    const usage = { ...noUsage, giftCoinsThisMonth: 100 };
    expect(evaluateLimits({ action: gift(1), policy: both, usage })).toMatchObject({
      scope: 'parental',
      limit: 'monthlyGiftCoins',
      approvable: true,
    });
  });

  it('warns about the budget when the parental limits allow the gift', () => {
    const both = policy({ budget: { monthlyGiftCoins: 100 }, parental: { monthlyGiftCoins: 1000 } });
    const usage = { ...noUsage, giftCoinsThisMonth: 85 };
    expect(evaluateLimits({ action: gift(5), policy: both, usage })).toEqual({ outcome: 'warn', limit: 'budget', usedPercent: 90 });
  });
});

describe('malformed limit checks', () => {
  it('refuses fractional, zero or negative coins instead of guessing', () => {
    for (const coins of [1.5, 0, -70]) {
      expect(() => evaluateLimits({ action: gift(coins), policy: NO_LIMITS, usage: noUsage })).toThrow();
    }
  });

  it('refuses a policy with a negative cap', () => {
    const bad = policy({ parental: { dailyGiftCoins: -1 } });
    expect(() => evaluateLimits({ action: gift(1), policy: bad, usage: noUsage })).toThrow();
  });
});

describe('any policy and any usage', () => {
  const cap = fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null });
  const coins = fc.integer({ min: 0, max: 20_000 });

  it('never lets an action through that would pass a cap', () => {
    fc.assert(
      fc.property(
        fc.record({
          budget: fc.record({ monthlyGiftCoins: cap }),
          parental: fc.record({
            dailyRechargeCoins: cap,
            monthlyRechargeCoins: cap,
            dailyGiftCoins: cap,
            monthlyGiftCoins: cap,
            largestGiftCoins: cap,
            rechargesLocked: fc.boolean(),
          }),
        }),
        fc.record({ rechargeCoinsToday: coins, rechargeCoinsThisMonth: coins, giftCoinsToday: coins, giftCoinsThisMonth: coins }),
        fc.record({ kind: fc.constantFrom('recharge' as const, 'gift' as const), coins: fc.integer({ min: 1, max: 10_000 }) }),
        (policy, usage, action) => {
          const decision = evaluateLimits({ action, policy, usage });
          if (decision.outcome === 'block') return;
          const within = (used: number, limit: number | null) => limit === null || used + action.coins <= limit;
          const { parental } = policy;
          if (action.kind === 'recharge') {
            expect(parental.rechargesLocked).toBe(false);
            expect(within(usage.rechargeCoinsToday, parental.dailyRechargeCoins)).toBe(true);
            expect(within(usage.rechargeCoinsThisMonth, parental.monthlyRechargeCoins)).toBe(true);
          } else {
            expect(within(0, parental.largestGiftCoins)).toBe(true);
            expect(within(usage.giftCoinsToday, parental.dailyGiftCoins)).toBe(true);
            expect(within(usage.giftCoinsThisMonth, parental.monthlyGiftCoins)).toBe(true);
            expect(within(usage.giftCoinsThisMonth, policy.budget.monthlyGiftCoins)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
