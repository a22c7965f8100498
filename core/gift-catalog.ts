// Type-only import: the tray shows the default catalog before it loads any validation code.
import type { Gift } from './gift-schema';

/** The default catalog, cheapest first. Prices follow the live-gifting model's common gifts. */
export const DEFAULT_GIFT_CATALOG: readonly Gift[] = Object.freeze([
  { id: 'rose', name: 'Rose', coins: 1, icon: '🌹', tier: 'basic' },
  { id: 'finger-heart', name: 'Finger Heart', coins: 5, icon: '🫰', tier: 'basic' },
  { id: 'perfume', name: 'Perfume', coins: 20, icon: '🧴', tier: 'basic' },
  { id: 'doughnut', name: 'Doughnut', coins: 30, icon: '🍩', tier: 'popular' },
  { id: 'hat', name: 'Hat and Mustache', coins: 99, icon: '🎩', tier: 'popular' },
  { id: 'galaxy', name: 'Galaxy', coins: 1000, icon: '🌌', tier: 'premium' },
  { id: 'lion', name: 'Lion', coins: 29999, icon: '🦁', tier: 'legendary' },
] as const);

export function findGift(catalog: readonly Gift[], giftId: string): Gift | undefined {
  return catalog.find((gift) => gift.id === giftId);
}
