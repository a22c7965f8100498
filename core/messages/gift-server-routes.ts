// The gift server's paths, event names and error codes, without zod: small enough for the tray's first chunk.

export const GIFT_SERVER_API_VERSION = 'v1';

/** Paths relative to the server's origin. Stream ids are URL-encoded into the path. */
export const GIFT_SERVER_PATHS = Object.freeze({
  demoSession: '/v1/demo/session',
  demoCreatorSession: '/v1/demo/creator-session',
  creatorMe: '/v1/creator/me',
  catalog: '/v1/catalog',
  wallet: '/v1/wallet',
  gifts: '/v1/gifts',
  recharges: '/v1/recharges',
  history: '/v1/history',
  historyCsv: '/v1/history.csv',
  limits: '/v1/limits',
  budget: '/v1/limits/budget',
  openApi: '/v1/openapi.json',
  health: '/healthz',
  stream: (stream: string) => `/v1/streams/${encodeURIComponent(stream)}`,
  streamEvents: (stream: string) => `/v1/streams/${encodeURIComponent(stream)}/events`,
});

/** The SSE event names of a stream's feed. Every event carries an SSE `id:` (the outbox id). */
export const STREAM_EVENT_NAMES = Object.freeze({
  snapshot: 'snapshot',
  gift: 'gift',
  goal: 'goal',
  leaderboard: 'leaderboard',
} as const);
export type StreamEventName = (typeof STREAM_EVENT_NAMES)[keyof typeof STREAM_EVENT_NAMES];

/** For clients that cannot set the `Last-Event-ID` header on a fresh connection. */
export const LAST_EVENT_ID_QUERY = 'lastEventId';

/** Codes the server adds to the wallet's own (`WalletErrorCode`). */
export const SERVER_ERROR_CODES = Object.freeze([
  'unauthorized',
  'forbidden',
  'not-found',
  'unknown-stream',
  'body-too-large',
  'rate-limited',
  'demo-disabled',
  'unavailable',
  'internal',
  'gift-card-invalid',
  'gift-card-redeemed',
  'gift-card-disabled',
] as const);
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
