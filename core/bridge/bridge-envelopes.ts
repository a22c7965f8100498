import * as z from 'zod/mini';
import { BRIDGE_MESSAGE_TYPE, BRIDGE_PUSH_TYPE, GESTURE_WINDOW_MS, PAGE_CHANNEL } from './bridge-names';
import type { BridgeEvent, BridgeReply } from './bridge-protocol';

export { BRIDGE_MESSAGE_TYPE, BRIDGE_PUSH_TYPE, GESTURE_WINDOW_MS, PAGE_CHANNEL };

/*
 * How the bridge's pieces talk. The in-page provider and the content script share the page's window
 * (window.postMessage), so anything the provider sends, the page could forge too: the content script
 * treats these envelopes as untrusted, adds only facts it observes itself (a recent trusted user
 * gesture), and the background adds the site's origin from the browser's sender information.
 *
 * The content script runs on every page, so it carries no schema library: it only reads the envelope's
 * channel, direction and id (to route the answer) and forwards the whole envelope; the background checks
 * it here and the request with the full schemas of bridge-protocol.ts.
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
export const contentToBackgroundSchema = z.strictObject({
  type: z.literal(BRIDGE_MESSAGE_TYPE),
  /** The page's envelope as the content script received it (JSON), checked with `pageToContentSchema`. */
  envelope: z.unknown(),
  /** The content script saw a trusted user gesture on the page within the gesture window. */
  gesture: z.boolean(),
});
export type ContentToBackground = z.infer<typeof contentToBackgroundSchema>;

/** Background → content scripts of a site (the background builds it; only extension contexts can send it). */
export interface BackgroundPush {
  type: typeof BRIDGE_PUSH_TYPE;
  /** The site the push is for: a tab that navigated elsewhere since ignores it. */
  origin: string;
  push: BridgeEvent;
}
