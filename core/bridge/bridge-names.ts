// The bridge's fixed names, in a file without zod: the in-page provider and the tray's entry import
// them and must stay small.

/** The page asks every wallet to announce itself. */
export const REQUEST_PROVIDER_EVENT = 'livegift:requestProvider';
/** A wallet answers (and announces once on load) with a frozen `{ info, provider }` detail. */
export const ANNOUNCE_PROVIDER_EVENT = 'livegift:announceProvider';
/** Marks the bridge's window messages between the in-page provider and the content script. */
export const PAGE_CHANNEL = 'livegift-bridge';
/** The content script's message to the background: `{ type, envelope, gesture }` (the background validates the envelope). */
export const BRIDGE_MESSAGE_TYPE = 'bridge/request';
/** The background's message to a site's content scripts: `{ type, origin, push }`. */
export const BRIDGE_PUSH_TYPE = 'bridge/push';
/** How long after a trusted tap or key press a gift may be sent. Browsers' transient activation is about as long. */
export const GESTURE_WINDOW_MS = 5_000;
/** The page asks the wallet to open its own recharge (coins are bought in the extension, never in the page). */
export const OPEN_RECHARGE_METHOD = 'wallet_openRecharge';
/** The methods that spend a recent trusted gesture: each one may open a window or move coins. */
export const GESTURE_METHODS: readonly string[] = ['wallet_connect', 'gift_send', OPEN_RECHARGE_METHOD];
