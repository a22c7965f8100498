// The bridge's fixed names, in a file without zod: the in-page provider and the tray's entry import
// them and must stay small.

/** The page asks every wallet to announce itself. */
export const REQUEST_PROVIDER_EVENT = 'livegift:requestProvider';
/** A wallet answers (and announces once on load) with a frozen `{ info, provider }` detail. */
export const ANNOUNCE_PROVIDER_EVENT = 'livegift:announceProvider';
/** Marks the bridge's window messages between the in-page provider and the content script. */
export const PAGE_CHANNEL = 'livegift-bridge';
