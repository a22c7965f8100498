import { monthKeyOf } from '../history/month-key';
import type { LimitUsage } from '../limits/evaluate-limits';
import { dayWindow } from '../limits/time-windows';
import type { WalletReadTx } from '../ports/wallet-storage';

const PAGE = 500;

/**
 * Coins the viewer has used in the current local day and month, for the limit check. The month comes
 * from the running monthly summary (one read); the day from that day's entries only. Recharges still in
 * flight count too: their coins may arrive later and must already fit under the cap.
 */
export async function limitUsage(tx: WalletReadTx, account: string, now: number, timeZone: string): Promise<LimitUsage> {
  const day = dayWindow(now, timeZone);
  let rechargeToday = 0;
  let giftToday = 0;
  let cursor: string | null = null;
  do {
    const page = await tx.historyPage({ account, fromMs: day.startMs, toMs: day.endMs, cursor, limit: PAGE });
    for (const entry of page.entries) {
      // A reversal counts against what it reverses: a reversed gift gives its coins back to the day.
      const isGiftSide = entry.kind === 'gift' || (entry.kind === 'reversal' && entry.memo.giftId !== undefined);
      if (isGiftSide) giftToday -= entry.amount;
      else rechargeToday += entry.amount;
    }
    cursor = page.nextCursor;
  } while (cursor);
  const summary = await tx.monthlySummary(account, monthKeyOf(now, timeZone));
  const month = monthKeyOf(now, timeZone);
  let inFlightToday = 0;
  let inFlightThisMonth = 0;
  for (const state of ['created', 'pending'] as const) {
    for (const recharge of await tx.listDocuments('recharges', state)) {
      if (monthKeyOf(recharge.createdAt, timeZone) === month) inFlightThisMonth += recharge.quote.coins;
      if (recharge.createdAt >= day.startMs && recharge.createdAt < day.endMs) inFlightToday += recharge.quote.coins;
    }
  }
  const atLeastZero = (coins: number) => Math.max(0, coins);
  return {
    rechargeCoinsToday: atLeastZero(rechargeToday + inFlightToday),
    rechargeCoinsThisMonth: atLeastZero((summary?.recharged ?? 0) + inFlightThisMonth),
    giftCoinsToday: atLeastZero(giftToday),
    giftCoinsThisMonth: atLeastZero(summary?.spent ?? 0),
  };
}
