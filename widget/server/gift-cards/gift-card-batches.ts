import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { positiveCoinsSchema } from '@core';
import type { SqlDriver } from '@core/storage';
import { giftCardHash, newGiftCardCode, normalizeGiftCardCode } from './gift-card-code';

export const MAX_BATCH_SIZE = 10_000;

export const newBatchSchema = z.object({
  coins: positiveCoinsSchema.max(1_000_000),
  count: z.number().int().min(1).max(MAX_BATCH_SIZE),
  note: z.string().max(200).default(''),
});
export type NewBatch = z.input<typeof newBatchSchema>;

export interface GiftCardBatch {
  id: string;
  coins: number;
  count: number;
  redeemed: number;
  note: string;
  createdAt: number;
  disabledAt: number | null;
}

/**
 * Makes a batch of codes worth `coins` each and answers them: the only time they exist in clear. The
 * database keeps their keyed hashes, so whoever reads it cannot redeem them. One transaction: all or none.
 */
export async function createBatch(driver: SqlDriver, secret: Uint8Array, input: NewBatch, now = Date.now()): Promise<{ batch: GiftCardBatch; codes: string[] }> {
  const { coins, count, note } = newBatchSchema.parse(input);
  const id = `gcb-${randomBytes(6).toString('hex')}`;
  const codes = Array.from({ length: count }, newGiftCardCode);
  await driver.transaction(async (sql) => {
    await sql.query('INSERT INTO gift_card_batches (id, coins, card_count, note, created_at) VALUES ($1, $2, $3, $4, $5)', [id, coins, count, note, now]);
    for (let start = 0; start < codes.length; start += 500) {
      const chunk = codes.slice(start, start + 500);
      const values = chunk.map((_, index) => `($${index + 2}, $1)`).join(', ');
      await sql.query(`INSERT INTO gift_cards (code_hash, batch_id) VALUES ${values}`, [id, ...chunk.map((code) => giftCardHash(secret, normalizeGiftCardCode(code)!))]);
    }
  });
  return { batch: { id, coins, count, redeemed: 0, note, createdAt: now, disabledAt: null }, codes };
}

/** Stops a batch's unredeemed codes from redeeming (a lost or stolen box of cards). Answers false for no such batch. */
export async function disableBatch(driver: SqlDriver, batchId: string, now = Date.now()): Promise<boolean> {
  const { rows } = await driver.query('UPDATE gift_card_batches SET disabled_at = COALESCE(disabled_at, $2) WHERE id = $1 RETURNING id', [batchId, now]);
  return rows.length > 0;
}

export async function listBatches(driver: SqlDriver): Promise<GiftCardBatch[]> {
  const { rows } = await driver.query<Record<string, unknown>>(
    `SELECT b.id, b.coins, b.card_count, b.note, b.created_at, b.disabled_at, count(c.redeemed_by) AS redeemed
     FROM gift_card_batches b LEFT JOIN gift_cards c ON c.batch_id = b.id GROUP BY b.id ORDER BY b.created_at`,
  );
  return rows.map((row) => ({
    id: String(row.id),
    coins: Number(row.coins),
    count: Number(row.card_count),
    redeemed: Number(row.redeemed),
    note: String(row.note),
    createdAt: Number(row.created_at),
    disabledAt: row.disabled_at === null ? null : Number(row.disabled_at),
  }));
}
