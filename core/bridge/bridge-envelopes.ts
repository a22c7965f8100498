import * as z from 'zod/mini';
import { PAGE_CHANNEL } from './bridge-names';
import type { BridgeEvent, BridgeReply } from './bridge-protocol';

export { PAGE_CHANNEL };

/*
 * How the bridge's pieces talk. The in-page provider and the content script share the page's window
 * (window.postMessage), so anything the provider sends, the page could forge too: the content script
 * treats these envelopes as untrusted, adds only facts it observes itself (a recent trusted user
 * gesture), and the background adds the site's origin from the browser's sender information.
 *
 * Written with zod/mini: the content script that checks them runs on every page, so it stays small
 * (the request itself is validated by the background with the full schemas of bridge-protocol.ts).
 */

/** Page (provider) → content script. `request` stays unknown here: the background validates it. */
export const pageToContentSchema = z.strictObject({
  channel: z.literal(PAGE_CHANNEL),
  direction: z.literal('to-wallet'),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  request: z.unknown(),
});
export type PageToContent = z.infer<typeof pageToContentSchema>;

/** Content script → page: a reply to one request, or a provider event. */
export type ContentToPage =
  | { channel: typeof PAGE_CHANNEL; direction: 'to-page'; id: string; reply: BridgeReply }
  | { channel: typeof PAGE_CHANNEL; direction: 'to-page'; push: BridgeEvent };

/** Content script → background. The origin is NOT here: the background reads it from the sender. */
export const BRIDGE_MESSAGE_TYPE = 'bridge/request';
export const contentToBackgroundSchema = z.strictObject({
  type: z.literal(BRIDGE_MESSAGE_TYPE),
  request: z.unknown(),
  /** The content script saw a trusted user gesture on the page within the gesture window. */
  gesture: z.boolean(),
});
export type ContentToBackground = z.infer<typeof contentToBackgroundSchema>;

/** Background → content script: the reply it relays to the page (the background builds it with bridge-protocol's schemas). */
export const relayedReplySchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.number().check(z.int()),
      message: z.string(),
      data: z.optional(z.object({ reason: z.optional(z.string()), approvalId: z.optional(z.string()) })),
    }),
  }),
]);

/** Background → content scripts of a site: the site was disconnected or the balance changed. */
export const BRIDGE_PUSH_TYPE = 'bridge/push';
export const backgroundPushSchema = z.strictObject({
  type: z.literal(BRIDGE_PUSH_TYPE),
  /** The site the push is for: a tab that navigated elsewhere since ignores it. */
  origin: z.string(),
  push: z.discriminatedUnion('event', [
    z.object({ event: z.literal('balanceChanged'), data: z.object({ balance: z.number().check(z.int(), z.nonnegative()) }) }),
    z.object({ event: z.literal('disconnect'), data: z.object({ reason: z.string() }) }),
  ]),
});

/** Extension pages → background: the consent window's answer, the connected-sites list, the confirmation threshold. */
export const bridgeAdminSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('bridge/consent-answer'), requestId: z.string().check(z.minLength(1), z.maxLength(64)), approved: z.boolean() }),
  z.strictObject({ type: z.literal('bridge/sites-list') }),
  z.strictObject({ type: z.literal('bridge/sites-disconnect'), origin: z.string().check(z.minLength(1), z.maxLength(2048)) }),
  z.strictObject({ type: z.literal('bridge/set-confirm-threshold'), coins: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000_000)) }),
]);
export type BridgeAdminMessage = z.infer<typeof bridgeAdminSchema>;

/** How long after a trusted tap or key press a gift may be sent. Browsers' transient activation is about as long. */
export const GESTURE_WINDOW_MS = 5_000;
