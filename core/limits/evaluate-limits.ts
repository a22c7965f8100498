import { z } from 'zod';
import { coinsSchema, positiveCoinsSchema } from '../money';
import { budgetStatus } from './budget-status';
import { limitNameSchema, limitPolicySchema, type LimitPolicy } from './limit-policy';

/** The action about to happen: checked before every recharge and every gift. */
export const limitActionSchema = z.object({
  kind: z.enum(['recharge', 'gift']),
  coins: positiveCoinsSchema,
});
export type LimitAction = z.infer<typeof limitActionSchema>;

/** Coins already used in the viewer's current day and month windows (see `dayWindow` / `monthWindow`). */
export const limitUsageSchema = z.object({
  rechargeCoinsToday: coinsSchema,
  rechargeCoinsThisMonth: coinsSchema,
  giftCoinsToday: coinsSchema,
  giftCoinsThisMonth: coinsSchema,
});
export type LimitUsage = z.infer<typeof limitUsageSchema>;

export const limitCheckSchema = z.object({
  action: limitActionSchema,
  policy: limitPolicySchema,
  usage: limitUsageSchema,
});
export type LimitCheck = z.infer<typeof limitCheckSchema>;

export const limitDecisionSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('allow') }),
  z.object({
    outcome: z.literal('warn'),
    limit: z.literal('budget'),
    /** Share of the monthly budget used once this action is done, rounded down to a whole percent. */
    usedPercent: z.number().int().nonnegative(),
  }),
  z.object({
    outcome: z.literal('block'),
    scope: z.enum(['budget', 'parental']),
    limit: limitNameSchema,
    message: z.string().min(1),
    /** Parental blocks can be passed by a parent's approval; a budget block only by raising the budget. */
    approvable: z.boolean(),
  }),
]);
export type LimitDecision = z.infer<typeof limitDecisionSchema>;
type BlockDecision = Extract<LimitDecision, { outcome: 'block' }>;

const coinsText = (coins: number) => new Intl.NumberFormat('en-US').format(coins);
const ASK_A_PARENT = 'Ask a parent to approve it.';

/**
 * Decides whether an action may go ahead. Parental limits are checked first (they cannot be waived by
 * the viewer), then the viewer's own budget. Sums use BigInt so huge caps never lose precision.
 * Throws a ZodError for malformed input instead of guessing.
 */
export function evaluateLimits(check: LimitCheck): LimitDecision {
  return evaluateValidLimits(limitCheckSchema.parse(check));
}

/** `evaluateLimits` for a caller whose action, policy and usage were validated where they entered. */
export function evaluateValidLimits({ action, policy, usage }: LimitCheck): LimitDecision {
  return (
    (action.kind === 'recharge' ? rechargeBlock(action.coins, policy, usage) : giftBlock(action.coins, policy, usage)) ??
    (action.kind === 'gift' ? budgetDecision(action.coins, policy, usage) : { outcome: 'allow' })
  );
}

function parentalBlock(limit: BlockDecision['limit'], message: string): BlockDecision {
  return { outcome: 'block', scope: 'parental', limit, message, approvable: true };
}

function exceeds(used: number, coins: number, cap: number | null): boolean {
  return cap !== null && BigInt(used) + BigInt(coins) > BigInt(cap);
}

function capMessage(what: string, cap: number, period: string, used: number, coins: number): string {
  const after = coinsText(used + coins);
  return `A parent allows ${what} of up to ${coinsText(cap)} coins ${period}; ${coinsText(used)} are used and this would make ${after}. ${ASK_A_PARENT}`;
}

function rechargeBlock(coins: number, policy: LimitPolicy, usage: LimitUsage): BlockDecision | undefined {
  const { parental } = policy;
  if (parental.rechargesLocked) {
    return parentalBlock('rechargesLocked', `Recharges are locked by a parent. ${ASK_A_PARENT}`);
  }
  if (exceeds(usage.rechargeCoinsToday, coins, parental.dailyRechargeCoins)) {
    const cap = parental.dailyRechargeCoins!;
    return parentalBlock('dailyRechargeCoins', capMessage('recharges', cap, 'a day', usage.rechargeCoinsToday, coins));
  }
  if (exceeds(usage.rechargeCoinsThisMonth, coins, parental.monthlyRechargeCoins)) {
    const cap = parental.monthlyRechargeCoins!;
    return parentalBlock(
      'monthlyRechargeCoins',
      capMessage('recharges', cap, 'a month', usage.rechargeCoinsThisMonth, coins),
    );
  }
  return undefined;
}

function giftBlock(coins: number, policy: LimitPolicy, usage: LimitUsage): BlockDecision | undefined {
  const { parental } = policy;
  if (exceeds(0, coins, parental.largestGiftCoins)) {
    const cap = parental.largestGiftCoins!;
    return parentalBlock(
      'largestGiftCoins',
      `This gift costs ${coinsText(coins)} coins; a parent allows gifts of up to ${coinsText(cap)} coins each. ${ASK_A_PARENT}`,
    );
  }
  if (exceeds(usage.giftCoinsToday, coins, parental.dailyGiftCoins)) {
    const cap = parental.dailyGiftCoins!;
    return parentalBlock('dailyGiftCoins', capMessage('gifts', cap, 'a day', usage.giftCoinsToday, coins));
  }
  if (exceeds(usage.giftCoinsThisMonth, coins, parental.monthlyGiftCoins)) {
    const cap = parental.monthlyGiftCoins!;
    return parentalBlock('monthlyGiftCoins', capMessage('gifts', cap, 'a month', usage.giftCoinsThisMonth, coins));
  }
  return undefined;
}

function budgetDecision(coins: number, policy: LimitPolicy, usage: LimitUsage): LimitDecision {
  const budget = policy.budget.monthlyGiftCoins;
  if (budget === null) return { outcome: 'allow' };
  const after = BigInt(usage.giftCoinsThisMonth) + BigInt(coins);
  if (after > BigInt(budget)) {
    return {
      outcome: 'block',
      scope: 'budget',
      limit: 'budget',
      message: `This gift would bring this month's gifting to ${coinsText(Number(after))} coins, over your budget of ${coinsText(budget)}. Raise your budget to send it.`,
      approvable: false,
    };
  }
  // `after` fits the budget here, so it is a safe integer; a zero budget blocked every (positive) gift above.
  const { usedPercent, warning } = budgetStatus(Number(after), budget);
  return warning && usedPercent !== null ? { outcome: 'warn', limit: 'budget', usedPercent } : { outcome: 'allow' };
}
