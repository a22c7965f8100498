import { z } from 'zod';

export const ALERT_SIZES = ['small', 'medium', 'large', 'huge'] as const;
/** Sounds the overlay plays itself (synthesised, no file to fetch). */
export const ALERT_SOUNDS = ['none', 'chime', 'fanfare'] as const;

export const alertTierSchema = z
  .object({
    /** The tier applies from this many coins (one alert's total, combos included). */
    minCoins: z.number().int().positive().max(10_000_000),
    size: z.enum(ALERT_SIZES),
    /** #rrggbb */
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb'),
    durationMs: z.number().int().min(1000).max(30_000),
    sound: z.enum(ALERT_SOUNDS),
  })
  .strict();
export type AlertTier = z.infer<typeof alertTierSchema>;

/** Ascending thresholds, the first at 1 coin, so every alert has exactly one tier. */
export const alertTiersSchema = z
  .array(alertTierSchema)
  .min(1)
  .max(8)
  .refine((tiers) => tiers[0]?.minCoins === 1, 'the first tier starts at 1 coin')
  .refine((tiers) => tiers.every((tier, i) => i === 0 || tier.minCoins > tiers[i - 1]!.minCoins), 'tiers go up in coins');

export const DEFAULT_ALERT_TIERS: readonly AlertTier[] = Object.freeze([
  { minCoins: 1, size: 'small', colour: '#7dd3fc', durationMs: 4000, sound: 'none' },
  { minCoins: 100, size: 'medium', colour: '#86efac', durationMs: 5000, sound: 'chime' },
  { minCoins: 1000, size: 'large', colour: '#fde047', durationMs: 7000, sound: 'chime' },
  { minCoins: 10_000, size: 'huge', colour: '#f9a8d4', durationMs: 10_000, sound: 'fanfare' },
]);

/** The highest tier whose threshold the coins reach (tiers ascending, the first at 1). */
export function tierFor(coins: number, tiers: readonly AlertTier[]): AlertTier {
  let chosen = tiers[0]!;
  for (const tier of tiers) if (coins >= tier.minCoins) chosen = tier;
  return chosen;
}
