import { monthlySummaryKey, type MonthlySummaryRecord } from '../history/history-records';
import { dayKeyOf, monthKeyOf } from '../history/month-key';
import type { LimitUsage } from '../limits/evaluate-limits';
import type { WalletReadTx } from '../ports/wallet-storage';
import type { RechargeRecord } from '../recharge/recharge-record';

/** The reads behind a limit check, besides the policy: the running totals and the recharges in flight. */
export interface UsageReads {
  monthTotals: MonthlySummaryRecord | undefined;
  dayTotals: MonthlySummaryRecord | undefined;
  inFlight: RechargeRecord[];
}

/** Totals the caller already asked for in the same transaction, by `monthlySummaryKey`. */
export type KnownTotals = Promise<ReadonlyMap<string, MonthlySummaryRecord | undefined>>;

/** The day's and month's totals and the recharges still created or pending, read together. */
export async function readUsage(tx: WalletReadTx, account: string, now: number, timeZone: string, known?: KnownTotals): Promise<UsageReads> {
  const totalsOf = async (period: string) => {
    const key = monthlySummaryKey(account, period);
    const totals = await known;
    return totals?.has(key) ? totals.get(key) : tx.monthlySummary(account, period);
  };
  const [monthTotals, dayTotals, created, pending] = await Promise.all([
    totalsOf(monthKeyOf(now, timeZone)),
    totalsOf(dayKeyOf(now, timeZone)),
    tx.listDocuments('recharges', 'created'),
    tx.listDocuments('recharges', 'pending'),
  ]);
  return { monthTotals, dayTotals, inFlight: [...created, ...pending] };
}

/**
 * Coins the viewer has used in the current local day and month, for the limit check: two reads of the
 * running totals, however long the history. Recharges still in flight count too: their coins may arrive
 * later and must already fit under the cap.
 */
export function usageOf({ monthTotals, dayTotals, inFlight }: UsageReads, now: number, timeZone: string): LimitUsage {
  const month = monthKeyOf(now, timeZone);
  const day = dayKeyOf(now, timeZone);
  let inFlightToday = 0;
  let inFlightThisMonth = 0;
  for (const recharge of inFlight) {
    if (monthKeyOf(recharge.createdAt, timeZone) === month) inFlightThisMonth += recharge.quote.coins;
    if (dayKeyOf(recharge.createdAt, timeZone) === day) inFlightToday += recharge.quote.coins;
  }
  // Reversals can take a period's net below zero; usage is never negative.
  const atLeastZero = (coins: number) => Math.max(0, coins);
  return {
    rechargeCoinsToday: atLeastZero((dayTotals?.recharged ?? 0) + inFlightToday),
    rechargeCoinsThisMonth: atLeastZero((monthTotals?.recharged ?? 0) + inFlightThisMonth),
    giftCoinsToday: atLeastZero(dayTotals?.spent ?? 0),
    giftCoinsThisMonth: atLeastZero(monthTotals?.spent ?? 0),
  };
}
