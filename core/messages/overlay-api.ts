// The overlay's HTTP API and its event stream: zod schemas for every body, paths and event names. The
// gift server validates requests with them; the overlay pages validate what they receive.
import { z } from 'zod';
import { alertSettingsSchema } from '../overlay/alert-settings';
import { overlayAlertSchema } from '../overlay/overlay-alert';

/** Overlay tokens: 32 random bytes, base64url. Anything else is not a token (404, like a wrong one). */
export const overlayTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const OVERLAY_PATHS = Object.freeze({
  /** The browser-source pages: alerts, the goal bar, the top gifters. */
  alertsPage: (token: string) => `/overlay/${token}`,
  goalPage: (token: string) => `/overlay/${token}/goal`,
  topGiftersPage: (token: string) => `/overlay/${token}/top-gifters`,
  events: (token: string) => `/v1/overlay/${token}/events`,
  creatorOverlay: '/v1/creator/overlay',
  creatorOverlayUrl: '/v1/creator/overlay/url',
  creatorOverlaySettings: '/v1/creator/overlay/settings',
  creatorOverlayHidden: '/v1/creator/overlay/hidden',
  creatorOverlayGifters: '/v1/creator/overlay/gifters',
  creatorOverlayTestAlert: '/v1/creator/overlay/test-alert',
});

/** SSE event names of an overlay's stream. */
export const OVERLAY_EVENT_NAMES = Object.freeze({
  snapshot: 'snapshot',
  alert: 'alert',
  board: 'board',
  settings: 'settings',
} as const);

const topGifterSchema = z.object({ name: z.string().min(1).max(120), coins: z.number().int().positive() });

/** The goal and top gifters of the creator's current stream (the one of the latest gift), hidden viewers left out. */
export const overlayBoardSchema = z.object({
  stream: z.string().max(128).nullable(),
  goal: z.object({ coins: z.number().int().positive(), title: z.string().max(80) }).nullable(),
  progressCoins: z.number().int().nonnegative(),
  topGifters: z.array(topGifterSchema).max(5),
});
export type OverlayBoard = z.infer<typeof overlayBoardSchema>;

/**
 * The stream, in order:
 * - every connection: the `alert`s above `Last-Event-ID` it missed (none on a fresh one), then `snapshot`
 *   (SSE id = `lastEventId`): the settings and the board as of now;
 * - live: each `alert` (SSE id = its id, shared by gifts and tests), `board` after gifts (no SSE id), and
 *   `settings` when the creator changes them (no SSE id). Comment lines keep the connection open.
 * A regenerated URL ends the stream of the old one; reconnecting with it is 404.
 */
export const overlaySnapshotSchema = z.object({
  settings: alertSettingsSchema,
  board: overlayBoardSchema,
  lastEventId: z.string().regex(/^\d+$/),
});
export type OverlaySnapshot = z.infer<typeof overlaySnapshotSchema>;
export const overlaySettingsEventSchema = z.object({ settings: alertSettingsSchema });
export { overlayAlertSchema };

// ---- the creator's side (behind creator sign-in) ----------------------------------------------

export const hiddenViewerSchema = z.object({ viewerKey: z.string().min(1).max(64), name: z.string().max(120), hiddenAt: z.number().int() });
export type HiddenViewer = z.infer<typeof hiddenViewerSchema>;

/** GET /v1/creator/overlay */
export const creatorOverlayResponseSchema = z.object({
  settings: alertSettingsSchema,
  hiddenViewers: z.array(hiddenViewerSchema),
  /** Whether a secret URL exists (it is shown once, when made) and whether an overlay page is connected now. */
  url: z.object({ exists: z.boolean(), createdAt: z.number().int().nullable() }),
  connected: z.boolean(),
  connections: z.number().int().nonnegative(),
});
export type CreatorOverlayResponse = z.infer<typeof creatorOverlayResponseSchema>;

/** POST /v1/creator/overlay/url (no body): a new secret URL; the old one stops working at once. */
export const overlayUrlResponseSchema = z.object({
  token: overlayTokenSchema,
  urls: z.object({ alerts: z.string(), goal: z.string(), topGifters: z.string() }),
  createdAt: z.number().int(),
});
export type OverlayUrlResponse = z.infer<typeof overlayUrlResponseSchema>;

/** POST /v1/creator/overlay/settings: the whole settings object. */
export const overlaySettingsRequestSchema = alertSettingsSchema;

/** POST /v1/creator/overlay/hidden: hide a viewer from the overlay (alerts and top gifters), or show them again. */
export const hideViewerRequestSchema = z.object({ viewerKey: z.string().min(1).max(64), hidden: z.boolean() }).strict();

/** GET /v1/creator/overlay/gifters: the creator's recent gifters, to pick one to hide. */
export const overlayGiftersResponseSchema = z.object({
  gifters: z.array(z.object({ viewerKey: z.string(), name: z.string(), coins: z.number().int().nonnegative(), hidden: z.boolean() })),
});
export type OverlayGiftersResponse = z.infer<typeof overlayGiftersResponseSchema>;

/** POST /v1/creator/overlay/test-alert: an alert through the same feed, flagged test; no coins move. */
export const testAlertRequestSchema = z
  .object({
    giftId: z.string().min(1).max(40).default('rose'),
    count: z.number().int().min(1).max(99).default(1),
    from: z.string().min(1).max(40).default('Test viewer'),
    message: z.string().min(1).max(200).optional(),
  })
  .strict();
export const testAlertResponseSchema = z.object({ alert: overlayAlertSchema });
