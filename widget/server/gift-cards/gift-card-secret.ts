import { dataFolderKey } from '../data-folder-key';

/**
 * The key of the gift card hashes: LIVEGIFT_GIFT_CARD_SECRET, or one created once in the data folder.
 * Losing it makes every unredeemed code worthless, so keep it with backups.
 */
export function giftCardSecret(configured: string | undefined, dataDir: string): Uint8Array {
  if (configured) return new TextEncoder().encode(configured);
  return dataFolderKey(dataDir, {
    fileName: 'gift-card-key.json',
    tag: { use: 'gift-card-hmac' },
    problem: 'is not a LiveGift gift card key; restore it from a backup (codes made with another key redeem nothing).',
  });
}
