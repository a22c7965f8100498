import { z } from 'zod';

/**
 * Coins, diamonds and minor currency units are whole numbers. A schema per unit keeps
 * floats, negatives and unsafe integers out at every boundary.
 */
export const coinsSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** A positive number of coins: what a recharge credits or a gift costs. */
export const positiveCoinsSchema = coinsSchema.positive();
/** Money in the currency's minor unit (cents for USD). */
export const minorUnitsSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export type Coins = z.infer<typeof coinsSchema>;
export type MinorUnits = z.infer<typeof minorUnitsSchema>;
