import { DEFAULT_GIFT_CATALOG, findGift } from '@core/gift-catalog';

// The default gifts' drawn art, the same files the tray shows (bundled with the extension by Vite).
const ART = import.meta.glob<string>('../../../widget/art/*.svg', { query: '?url', import: 'default', eager: true });

/** The wallet's own picture of a gift (by the wallet's gift id, never a page's URL): its art, else its emoji. */
export function giftArt(giftId: string): { url: string } | { emoji: string } | null {
  const url = ART[`../../../widget/art/${giftId}.svg`];
  if (url) return { url };
  const gift = findGift(DEFAULT_GIFT_CATALOG, giftId);
  return gift ? { emoji: gift.icon } : null;
}
