// Loaded lazily, only when a page passes a catalog URL or feeds gift events: zod/mini keeps it small.
import '../zod-jitless'; // first: before any schema is built
import * as z from 'zod/mini';
import { isImageIcon, isTextIcon } from './gift-icon';

const coins = z.int().check(z.positive(), z.maximum(Number.MAX_SAFE_INTEGER));

/** One gift of a catalog file: the same fields as the core's gift, with image icons allowed. */
export const catalogGiftSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, 'gift ids are lowercase letters, digits and dashes')),
  name: z.string().check(z.minLength(1), z.maxLength(40)),
  coins,
  icon: z.string().check(z.refine((icon) => isTextIcon(icon) || isImageIcon(icon), 'an emoji, an https URL or a data:image URL')),
  tier: z.enum(['basic', 'popular', 'premium', 'legendary']),
});

/** A catalog file: `{ "gifts": [...] }` or a bare array, 1 to 60 gifts with distinct ids. */
export const catalogSchema = z.pipe(
  z.union([z.object({ gifts: z.array(catalogGiftSchema) }), z.array(catalogGiftSchema)]),
  z.transform((input) => (Array.isArray(input) ? input : input.gifts)),
).check(
  z.refine((gifts) => gifts.length >= 1 && gifts.length <= 60, 'a catalog has 1 to 60 gifts'),
  z.refine((gifts) => new Set(gifts.map((gift) => gift.id)).size === gifts.length, 'gift ids must be distinct'),
);

export type CatalogGift = z.infer<typeof catalogGiftSchema>;

/** A gift another viewer sent, from the site's realtime feed (`addGiftEvent`). */
export const giftEventSchema = z.object({
  /** Set it to let the tray ignore a redelivered event. */
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  /** The gifter's display name. */
  from: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Coins the whole event is worth (gift price × count). */
  coins,
  giftId: z.optional(z.string().check(z.maxLength(40))),
  count: z.optional(z.int().check(z.positive(), z.maximum(9999))),
  /** When set and not this tray's stream, the event is ignored. */
  stream: z.optional(z.string().check(z.maxLength(128))),
});

export type GiftEvent = z.infer<typeof giftEventSchema>;

export type CatalogResult = { ok: true; gifts: CatalogGift[] } | { ok: false; reason: string };

/** Fetches and validates a catalog. Never throws: a bad catalog is a reason, and the tray falls back. */
export async function loadCatalog(url: string, fetcher: typeof fetch = fetch): Promise<CatalogResult> {
  try {
    const response = await fetcher(url, { credentials: 'omit' });
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    const parsed = catalogSchema.safeParse(await response.json());
    if (!parsed.success) return { ok: false, reason: z.prettifyError(parsed.error) };
    return { ok: true, gifts: parsed.data };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : 'unreadable catalog' };
  }
}

export function parseGiftEvent(input: unknown): GiftEvent | null {
  const parsed = giftEventSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}
