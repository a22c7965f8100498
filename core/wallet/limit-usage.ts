import { dayKeyOf, monthKeyOf } from '../history/month-key';
import type { LimitUsage } from '../limits/evaluate-limits';
import type { WalletReadTx } from '../ports/wallet-storage';

/**
 * Coins the viewer has used in the current local day and month, for the limit check: two reads of the
 * running totals, however long the history. Recharges still in flight count too: their coins may arrive
 * later and must already fit under the cap.
 */
export async function limitUsage(tx: WalletReadTx, account: string, now: number, timeZone: string): Promise<LimitUsage> {
  const month = monthKeyOf(now, timeZone);
  const day = dayKeyOf(now, timeZone);
  const [monthTotals, dayTotals, created, pending] = await Promise.all([
    tx.monthlySummary(account, month),
    tx.monthlySummary(account, day),
    tx.listDocuments('recharges', 'created'),
    tx.listDocuments('recharges', 'pending'),
  ]);
  let inFlightToday = 0;
  let inFlightThisMonth = 0;
  for (const recharge of [...created, ...pending]) {
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
