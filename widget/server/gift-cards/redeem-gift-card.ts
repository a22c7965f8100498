import { SYSTEM_ACCOUNTS, viewerAccount } from '@core/ledger';
import { postTransfer } from '@core/ledger';
import type { SqlDriver } from '@core/storage';
import { walletWriteWithSql } from '../db/wallet-write-with-sql';

export type Redemption =
  | { kind: 'redeemed'; coins: number; balance: number; batchId: string }
  | { kind: 'unknown' }
  | { kind: 'already-redeemed'; byThisViewer: boolean }
  | { kind: 'disabled' };

/**
 * Redeems the code with this hash for a viewer, in one transaction: the card is claimed (its row locked,
 * so two redemptions at once take turns and the second finds it taken) and the coins credited, or
 * neither. Gift cards are prepaid, so the coins come in through purchase clearing like a recharge's.
 */
export function redeemGiftCard(driver: SqlDriver, viewerId: string, codeHash: string, timeZone: string, now = Date.now()): Promise<Redemption> {
  return walletWriteWithSql(driver, viewerId, async (tx, sql): Promise<Redemption> => {
    const { rows } = await sql.query<{ batch_id: string; redeemed_by: string | null; coins: unknown; disabled_at: unknown }>(
      `SELECT c.batch_id, c.redeemed_by, b.coins, b.disabled_at FROM gift_cards c JOIN gift_card_batches b ON b.id = c.batch_id
       WHERE c.code_hash = $1 FOR UPDATE OF c`,
      [codeHash],
    );
    const card = rows[0];
    if (!card) return { kind: 'unknown' };
    if (card.redeemed_by !== null) return { kind: 'already-redeemed', byThisViewer: card.redeemed_by === viewerId };
    if (card.disabled_at !== null) return { kind: 'disabled' };
    const coins = Number(card.coins);
    await sql.query('UPDATE gift_cards SET redeemed_by = $2, redeemed_at = $3 WHERE code_hash = $1', [codeHash, viewerId, now]);
    const account = viewerAccount(viewerId);
    await postTransfer(
      tx,
      {
        idempotencyKey: `gift-card:${codeHash.slice(0, 32)}`,
        kind: 'recharge',
        legs: [
          { account: SYSTEM_ACCOUNTS.purchaseClearing, unit: 'coins', amount: -coins },
          { account, unit: 'coins', amount: coins },
        ],
        memo: { packId: null, reason: `Gift card (batch ${card.batch_id})` },
      },
      { now, timeZone },
    );
    return { kind: 'redeemed', coins, balance: await tx.balance(account), batchId: card.batch_id };
  });
}
