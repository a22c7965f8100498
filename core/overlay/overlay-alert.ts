import { z } from 'zod';

/**
 * One alert event of a creator's overlay feed: a gift (or a test) as the overlay shows it. Names are
 * already sanitised by the server; `viewerKey` tells viewers apart without revealing their ids.
 */
export const overlayAlertSchema = z
  .object({
    /** The outbox id, shared by gifts and tests: the SSE id, increasing. */
    id: z.string().regex(/^\d{1,15}$/),
    /** A test alert from the dashboard: no coins moved. */
    test: z.boolean(),
    viewerKey: z.string().min(1).max(64),
    from: z.string().min(1).max(120),
    giftId: z.string().min(1).max(40),
    giftName: z.string().min(1).max(80),
    icon: z.string().max(16),
    count: z.number().int().positive().max(9999),
    /** What this event cost in total (price × count); 0 never: a test carries the gift's price. */
    coins: z.number().int().positive(),
    at: z.number().int().nonnegative(),
    message: z.string().max(600).optional(),
  })
  .strict();
export type OverlayAlert = z.infer<typeof overlayAlertSchema>;
