import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const keyFileSchema = z.object({ use: z.literal('gift-card-hmac'), secret: z.string().regex(/^[A-Za-z0-9_-]{43,}$/) });

/**
 * The key of the gift card hashes: LIVEGIFT_GIFT_CARD_SECRET, or one created once in the data folder
 * (readable by this user only). Losing it makes every unredeemed code worthless, so keep it with backups.
 */
export function giftCardSecret(configured: string | undefined, dataDir: string): Uint8Array {
  if (configured) return new TextEncoder().encode(configured);
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'gift-card-key.json');
  try {
    writeFileSync(path, JSON.stringify({ use: 'gift-card-hmac', secret: randomBytes(32).toString('base64url') }), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const parsed = keyFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a LiveGift gift card key; restore it from a backup (codes made with another key redeem nothing).`);
  return Buffer.from(parsed.data.secret, 'base64url');
}
