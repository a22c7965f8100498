import { callerKeyOfSettlement } from '../derived-keys';
import type { LedgerEntryRecord } from '../ledger/ledger-records';
import type { WalletEntry } from '../wallet-entry';

/** The viewer's history as short wallet lines: recharges and gifts (reversals show in the full history only). */
export function walletLinesOf(entries: readonly LedgerEntryRecord[]): WalletEntry[] {
  return entries.flatMap((entry): WalletEntry[] => {
    if (entry.kind === 'recharge') {
      const key = callerKeyOfSettlement(entry.idempotencyKey);
      return [
        { kind: 'recharge', idempotencyKey: key, packId: entry.memo.packId ?? 'custom', coins: entry.amount, balanceAfter: entry.balanceAfter, createdAt: entry.createdAt },
      ];
    }
    if (entry.kind === 'gift') {
      return [
        {
          kind: 'gift',
          idempotencyKey: entry.idempotencyKey,
          giftId: entry.memo.giftId ?? 'unknown',
          count: entry.memo.count ?? 1,
          creator: entry.memo.creator ?? 'unknown',
          stream: entry.memo.stream ?? 'unknown',
          coins: -entry.amount,
          balanceAfter: entry.balanceAfter,
          createdAt: entry.createdAt,
        },
      ];
    }
    return [];
  });
}
