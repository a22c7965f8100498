import { z } from 'zod';
import type { ReceivedGift } from '@core/creator';
import { creatorAccount } from '@core/ledger';
import type { SqlDriver } from '@core/storage';

/** The most gifts one report reads; a busier period reports its newest ones and says so. */
export const MAX_REPORT_GIFTS = 50_000;

const rowSchema = z.object({
  created_at: z.coerce.number(),
  diamonds: z.coerce.number(),
  memo: z.object({ giftId: z.string(), count: z.number().int(), stream: z.string() }),
  viewer_id: z.string(),
  from_name: z.string(),
  coins: z.coerce.number(),
});

/**
 * The gifts a creator received in [fromMs, toMs): the creator's diamond entries of gifts (not reversed)
 * with the viewer and the coins from the gift's feed row. Newest first, at most MAX_REPORT_GIFTS.
 */
export async function receivedGifts(driver: SqlDriver, creatorId: string, fromMs: number, toMs: number): Promise<{ gifts: ReceivedGift[]; truncated: boolean }> {
  const { rows } = await driver.query(
    `SELECT e.created_at, e.amount AS diamonds, e.body->'memo' AS memo, f.viewer_id, f.body->>'from' AS from_name, f.body->>'coins' AS coins
     FROM ledger_entries e JOIN gift_feed f ON f.transfer_id = e.transfer_id
     WHERE e.account = $1 AND e.kind = 'gift' AND e.created_at >= $2 AND e.created_at < $3
       AND NOT EXISTS (SELECT 1 FROM transfers r WHERE r.reverses = e.transfer_id)
     ORDER BY e.created_at DESC, e.seq DESC LIMIT $4`,
    [creatorAccount(creatorId), fromMs, toMs, MAX_REPORT_GIFTS + 1],
  );
  const gifts = rows.slice(0, MAX_REPORT_GIFTS).map((raw) => {
    const row = rowSchema.parse(raw);
    return {
      at: row.created_at,
      stream: row.memo.stream,
      giftId: row.memo.giftId,
      count: row.memo.count,
      coins: row.coins,
      diamonds: row.diamonds,
      viewerId: row.viewer_id,
      from: row.from_name,
    };
  });
  return { gifts, truncated: rows.length > MAX_REPORT_GIFTS };
}
