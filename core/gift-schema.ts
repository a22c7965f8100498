import { z } from 'zod';
import { positiveCoinsSchema } from './money';

export const giftTierSchema = z.enum(['basic', 'popular', 'premium', 'legendary']);

export const giftSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'gift ids are lowercase letters, digits and dashes'),
  name: z.string().min(1).max(40),
  coins: positiveCoinsSchema,
  /** An emoji or short glyph; image icons come with the catalog issue. */
  icon: z.string().min(1).max(8),
  tier: giftTierSchema,
});
export type Gift = z.infer<typeof giftSchema>;
export type GiftTier = z.infer<typeof giftTierSchema>;

/** A catalog file: at least one gift, ids unique (a duplicate would make prices ambiguous). */
export const giftCatalogSchema = z
  .array(giftSchema)
  .min(1)
  .max(500)
  .superRefine((gifts, context) => {
    const seen = new Set<string>();
    for (const [index, gift] of gifts.entries()) {
      if (seen.has(gift.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate gift id "${gift.id}"` });
      seen.add(gift.id);
    }
  });
export type GiftCatalog = z.infer<typeof giftCatalogSchema>;
