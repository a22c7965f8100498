import { z } from 'zod';
import { positiveCoinsSchema } from './money';

export const giftSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'gift ids are lowercase letters, digits and dashes'),
  name: z.string().min(1).max(40),
  coins: positiveCoinsSchema,
  /** An emoji or short glyph; image icons come with the catalog issue. */
  icon: z.string().min(1).max(8),
  tier: z.enum(['basic', 'popular', 'premium', 'legendary']),
});
export type Gift = z.infer<typeof giftSchema>;
