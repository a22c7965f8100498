import { giftTransferRequest, DEFAULT_GIFT_ECONOMY } from '../gifts/gift-economy';
import { DEFAULT_VIEWER_ID } from '../ledger/accounts';
import { postTransfer } from '../ledger/post-transfer';
import { rechargeTransferRequest } from '../ledger/recharge-transfer';
import type { WalletWriteTx } from '../ports/wallet-storage';
import { walletEntrySchema } from '../wallet-entry';
import { WalletError } from '../wallet-error';

/**
 * Posts the walking skeleton's wallet lines (schema v1) as ledger transfers under their original keys,
 * so a retry of an old request still returns its first result. A line that fails its schema stops the
 * upgrade: the database stays at v1 and nothing is lost. Months are bucketed in UTC (v1 kept no time zone).
 */
export async function migrateLegacyEntries(tx: WalletWriteTx, records: readonly unknown[]): Promise<void> {
  for (const [index, record] of records.entries()) {
    const parsed = walletEntrySchema.safeParse(record);
    if (!parsed.success) {
      throw new WalletError('corrupt-record', `Wallet line ${index + 1} of the old format is unreadable; the upgrade stopped and changed nothing.`);
    }
    const entry = parsed.data;
    const request =
      entry.kind === 'recharge'
        ? rechargeTransferRequest({ viewerId: DEFAULT_VIEWER_ID, coins: entry.coins, idempotencyKey: entry.idempotencyKey, packId: entry.packId })
        : giftTransferRequest(
            {
              viewerId: DEFAULT_VIEWER_ID,
              giftId: entry.giftId,
              count: entry.count,
              unitCoins: entry.coins / entry.count,
              creator: entry.creator,
              stream: entry.stream,
              idempotencyKey: entry.idempotencyKey,
            },
            DEFAULT_GIFT_ECONOMY,
          );
    await postTransfer(tx, request, { now: entry.createdAt, timeZone: 'UTC' });
  }
}
