import { formatMinorUnits } from '../pricing/format-money';
import type { RechargeQuote } from '../pricing/recharge-quote';
import type { RechargeRecord } from './recharge-record';

/**
 * The recharge still in flight (created or pending) for the same pack, or for the same custom number of
 * coins, if there is one. A viewer who sees no coins yet tends to buy again; the second purchase is
 * refused instead, because the first one's coins can still arrive.
 */
export function pendingDuplicateOf(records: Iterable<RechargeRecord>, quote: RechargeQuote): RechargeRecord | undefined {
  let oldest: RechargeRecord | undefined;
  for (const record of records) {
    if (record.state !== 'created' && record.state !== 'pending') continue;
    if (!buysTheSame(record.quote, quote)) continue;
    if (!oldest || record.createdAt < oldest.createdAt) oldest = record;
  }
  return oldest;
}

function buysTheSame(a: RechargeQuote, b: RechargeQuote): boolean {
  if (a.packId !== null || b.packId !== null) return a.packId === b.packId;
  return a.coins === b.coins;
}

/** The refusal the viewer reads when they try to buy the same pack again while one is pending. */
export function pendingDuplicateMessage(pending: RechargeRecord): string {
  const { coins, totalMinor, currency } = pending.quote;
  const paid = formatMinorUnits(totalMinor, currency);
  return (
    `Your purchase of ${new Intl.NumberFormat('en-US').format(coins)} coins (${paid}) is still being confirmed. ` +
    'Coins can arrive late; never buy twice. They will be added as soon as the payment settles.'
  );
}
