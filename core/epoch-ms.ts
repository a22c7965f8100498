import { z } from 'zod';

/** An instant as milliseconds since the Unix epoch (what `Clock.now()` returns): a whole, non-negative number. */
export const epochMsSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export type EpochMs = z.infer<typeof epochMsSchema>;
