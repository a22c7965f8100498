import { z } from 'zod';
import { alertTiersSchema, DEFAULT_ALERT_TIERS } from './alert-tiers';

/** A creator's alert settings: what the overlay shows, for how long, and how loud. */
export const alertSettingsSchema = z
  .object({
    /** Off: the overlay shows no alerts (the goal bar and top gifters still update). */
    enabled: z.boolean(),
    /** Gifts worth less than this (one alert's total) show no alert. */
    minCoins: z.number().int().positive().max(10_000_000),
    /** The quiet gap between two alerts. */
    pauseMs: z.number().int().min(0).max(10_000),
    /** Taps of one gift by one viewer this close together merge into one "×N" alert. */
    comboWindowMs: z.number().int().min(0).max(15_000),
    /** 0 (silent) to 100. */
    volume: z.number().int().min(0).max(100),
    tiers: alertTiersSchema,
  })
  .strict();
export type AlertSettings = z.infer<typeof alertSettingsSchema>;

export const DEFAULT_ALERT_SETTINGS: AlertSettings = Object.freeze({
  enabled: true,
  minCoins: 1,
  pauseMs: 800,
  comboWindowMs: 3000,
  volume: 60,
  tiers: [...DEFAULT_ALERT_TIERS],
});
