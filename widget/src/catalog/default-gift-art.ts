import { DEFAULT_GIFT_CATALOG } from '@core/gift-catalog';
import type { Gift } from '@core';

/** The default gifts that have drawn art in `widget/art/` (copied beside the entry as `art/<id>.svg`). */
export const GIFTS_WITH_ART = new Set(['rose', 'finger-heart', 'perfume', 'doughnut', 'hat', 'galaxy', 'lion']);

/**
 * The bundled art of a default gift: an SVG file beside the entry, loaded as an image when shown, so it
 * never weighs on the entry's size and renders the same on machines without an emoji font.
 * (A concatenated path, so the bundler leaves it a URL rather than inlining the file.)
 */
export function defaultGiftArt(giftId: string): string | null {
  return GIFTS_WITH_ART.has(giftId) ? new URL('art/' + giftId + '.svg', import.meta.url).href : null;
}

/**
 * The bundled art of a gift that is one of the default gifts (same id and same icon), whichever catalog it
 * came in: the default one, a gift server's or a catalog file. A gift of the same id with an icon of its own
 * keeps its own icon.
 */
export function bundledArtOf(gift: Pick<Gift, 'id' | 'icon'>): string | null {
  const known = DEFAULT_GIFT_CATALOG.find((candidate) => candidate.id === gift.id);
  return known && known.icon === gift.icon ? defaultGiftArt(gift.id) : null;
}
