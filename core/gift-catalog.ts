// Type-only import: the tray shows the default catalog before it loads any validation code.
import type { Gift } from './gift-schema';

export const DEFAULT_GIFT_CATALOG: readonly Gift[] = Object.freeze([
  { id: 'rose', name: 'Rose', coins: 1, icon: '🌹', tier: 'basic' },
  { id: 'finger-heart', name: 'Finger Heart', coins: 5, icon: '🫰', tier: 'basic' },
  { id: 'doughnut', name: 'Doughnut', coins: 30, icon: '🍩', tier: 'popular' },
  { id: 'hat', name: 'Hat and Mustache', coins: 99, icon: '🎩', tier: 'popular' },
  { id: 'galaxy', name: 'Galaxy', coins: 1000, icon: '🌌', tier: 'premium' },
  { id: 'lion', name: 'Lion', coins: 29999, icon: '🦁', tier: 'legendary' },
] as const);

export function findGift(catalog: readonly Gift[], giftId: string): Gift | undefined {
  return catalog.find((gift) => gift.id === giftId);
}
