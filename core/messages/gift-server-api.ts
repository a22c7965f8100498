// The gift server's HTTP API: every request and response body, as zod schemas. The server validates
// requests with them; the tray (and tests) may validate responses with them. Types come from z.infer.
// Paths, event names and extra error codes are in ./gift-server-routes (no zod).
import { z } from 'zod';
import { giftSchema } from '../gift-schema';
import { receiptRecordSchema } from '../history/history-records';
import { ledgerEntryRecordSchema } from '../ledger/ledger-records';
import { limitPolicySchema } from '../limits/limit-policy';
import { partyIdSchema } from '../ledger/accounts';
import { coinsSchema, positiveCoinsSchema } from '../money';
import { rechargeRecordSchema } from '../recharge/recharge-record';
import { giftEntrySchema, idempotencyKeySchema } from '../wallet-entry';
import { WALLET_ERROR_CODES } from '../wallet-error';
import { PAYOUT_ERROR_CODES } from '../payouts/payout-error';
import { rechargeFields } from '../wallet/wallet-inputs';
import { SERVER_ERROR_CODES } from './gift-server-routes';

const displayNameSchema = z.string().trim().min(1).max(40);
const streamIdSchema = z.string().min(1).max(128);
const epochMs = z.number().int().nonnegative();

export const viewerSchema = z.object({ id: partyIdSchema, name: displayNameSchema });
export type Viewer = z.infer<typeof viewerSchema>;

// ---- POST /v1/demo/session (demo mode only) ---------------------------------------------------

export const demoSessionRequestSchema = z.object({ name: displayNameSchema }).strict();
export type DemoSessionRequest = z.infer<typeof demoSessionRequestSchema>;
/** `token` is a JWT to send as `Authorization: Bearer <token>`. */
export const demoSessionResponseSchema = z.object({ token: z.string().min(1), viewer: viewerSchema });
export type DemoSessionResponse = z.infer<typeof demoSessionResponseSchema>;

// ---- GET /v1/catalog (no token) ---------------------------------------------------------------

/** The gifts and the server's prices: the same fields as the tray's catalog file. */
export const catalogResponseSchema = z.object({ gifts: z.array(giftSchema).min(1) });
export type CatalogResponse = z.infer<typeof catalogResponseSchema>;

// ---- GET /v1/wallet ---------------------------------------------------------------------------

export const walletResponseSchema = z.object({
  viewer: viewerSchema,
  balance: coinsSchema,
  /** 'test' when no real money moves (the sandbox provider): the tray shows TEST MODE. */
  mode: z.enum(['test', 'live']),
  /** The viewer's own monthly gift budget (null: none set) and what this month's gifts used of it. */
  budget: z.object({ monthlyGiftCoins: positiveCoinsSchema.nullable(), spentThisMonth: coinsSchema }),
});
export type WalletResponse = z.infer<typeof walletResponseSchema>;

// ---- POST /v1/gifts ---------------------------------------------------------------------------

export const sendGiftRequestSchema = z
  .object({
    creator: partyIdSchema,
    stream: streamIdSchema,
    giftId: z.string().min(1).max(40),
    count: z.number().int().positive().max(9999),
    idempotencyKey: idempotencyKeySchema,
  })
  .strict();
export type SendGiftRequest = z.infer<typeof sendGiftRequestSchema>;
/** The receipt line; the same key answers the same entry again. */
export const sendGiftResponseSchema = giftEntrySchema;
export type SendGiftResponse = z.infer<typeof sendGiftResponseSchema>;

// ---- POST /v1/recharges -----------------------------------------------------------------------

/** The core's RechargeInput: a pack or a custom amount, in a region, paid with an instrument. */
export const rechargeRequestSchema = z
  .object({ idempotencyKey: idempotencyKeySchema, ...rechargeFields, instrument: rechargeFields.instrument.strict() })
  .strict();
export type RechargeRequestBody = z.infer<typeof rechargeRequestSchema>;
/** The core's RechargeResult: the recharge record, its receipt once settled, the balance after. */
export const rechargeResponseSchema = z.object({
  recharge: rechargeRecordSchema,
  receipt: receiptRecordSchema.nullable(),
  balance: coinsSchema,
  /** Live mode: the provider's hosted checkout; the recharge stays pending until the provider confirms it. */
  checkoutUrl: z.url({ protocol: /^https?$/ }).optional(),
});
export type RechargeResponse = z.infer<typeof rechargeResponseSchema>;

// ---- GET /v1/limits, POST /v1/limits/budget --------------------------------------------------

const capSchema = limitPolicySchema.shape.budget.shape.monthlyGiftCoins;
/**
 * The viewer's own limits: the monthly gift budget they set themselves (null: none; 0 is a real cap) with
 * this month's use of it, and the parental limits that apply to them (read-only here: a parent sets those).
 */
export const limitsResponseSchema = z.object({
  budget: z.object({
    monthlyGiftCoins: capSchema,
    spentThisMonth: coinsSchema,
    /** Of the budget, rounded down; null without a budget. */
    usedPercent: z.number().int().nonnegative().nullable(),
    /** At or above the warning threshold (the core's BUDGET_WARN_PERCENT). */
    warning: z.boolean(),
  }),
  parental: limitPolicySchema.shape.parental,
});
export type LimitsResponse = z.infer<typeof limitsResponseSchema>;
/** Sets (or with null, removes) the viewer's own monthly gift budget; the parental limits stay as they are. */
export const budgetRequestSchema = z.object({ monthlyGiftCoins: capSchema }).strict();
export type BudgetRequest = z.infer<typeof budgetRequestSchema>;

// ---- GET /v1/history?kind&cursor&limit, GET /v1/history.csv -----------------------------------

export const historyQuerySchema = z
  .object({
    kind: z.enum(['recharge', 'gift', 'reversal']).optional(),
    cursor: z.string().min(1).max(40).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();
export type HistoryQueryParams = z.infer<typeof historyQuerySchema>;
export const historyResponseSchema = z.object({ entries: z.array(ledgerEntryRecordSchema), nextCursor: z.string().nullable() });
export type HistoryResponse = z.infer<typeof historyResponseSchema>;

// ---- GET /v1/streams/{stream} and its events (no token) ---------------------------------------
//
// The feed (`GET /v1/streams/{stream}/events`, text/event-stream), in order:
// - a fresh connection: `snapshot` (SSE id = its lastEventId), then live events;
// - a reconnect with `Last-Event-ID: N` (or `?lastEventId=N`): every `gift` with an id above N that the
//   client missed, then `goal` and `leaderboard` (the state after them), then live events; no snapshot.
// - live: each `gift` (SSE id = its outbox id), followed, after a batch, by `goal` and `leaderboard`
//   carrying the id of the batch's last gift. `goal` and `leaderboard` are the whole state (replace, do
//   not add); a `gift` is one gift to show. Comment lines (`: heartbeat`) keep the connection open.

export const streamGoalSchema = z.object({ coins: positiveCoinsSchema, title: z.string().max(80) });
export type StreamGoal = z.infer<typeof streamGoalSchema>;
export const topGifterSchema = z.object({ name: displayNameSchema, coins: positiveCoinsSchema });
export type TopGifter = z.infer<typeof topGifterSchema>;

/** What every viewer of a stream may see: display names and gifts, never viewer ids or balances. */
export const streamSnapshotSchema = z.object({
  stream: streamIdSchema,
  creator: partyIdSchema,
  goal: streamGoalSchema.nullable(),
  /** Coins gifted in this stream by all viewers. */
  progressCoins: coinsSchema,
  /** Highest first, at most 5. */
  topGifters: z.array(topGifterSchema).max(5),
  /** The outbox id this snapshot includes; pass it as Last-Event-ID to continue after it. '0' before any gift. */
  lastEventId: z.string().regex(/^\d+$/),
});
export type StreamSnapshot = z.infer<typeof streamSnapshotSchema>;

/** SSE `gift`: one gift of any viewer; `coins` is what the whole event cost (price × count). */
export const streamGiftEventSchema = z.object({
  id: z.string().regex(/^\d+$/),
  from: displayNameSchema,
  giftId: z.string().min(1).max(40),
  count: z.number().int().positive().max(9999),
  coins: positiveCoinsSchema,
  at: epochMs,
});
export type StreamGiftEvent = z.infer<typeof streamGiftEventSchema>;
/** SSE `goal`: the goal and the progress after the gifts up to this event's id. */
export const streamGoalEventSchema = z.object({ goal: streamGoalSchema.nullable(), progressCoins: coinsSchema });
export type StreamGoalEvent = z.infer<typeof streamGoalEventSchema>;
/** SSE `leaderboard`: the top gifters after the gifts up to this event's id. */
export const streamLeaderboardEventSchema = z.object({ topGifters: z.array(topGifterSchema).max(5) });
export type StreamLeaderboardEvent = z.infer<typeof streamLeaderboardEventSchema>;
/** SSE `snapshot` (first event of every connection) carries a StreamSnapshot. */
export const streamSnapshotEventSchema = streamSnapshotSchema;

// ---- errors -----------------------------------------------------------------------------------

/** The wallet's codes (WalletErrorCode), the server's own and the payouts' (PayoutErrorCode). */
export const apiErrorCodeSchema = z.enum([...WALLET_ERROR_CODES, ...SERVER_ERROR_CODES, ...PAYOUT_ERROR_CODES]);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;
export const apiErrorSchema = z.object({
  error: z.object({
    code: apiErrorCodeSchema,
    message: z.string(),
    /** With 'over-parental-limit' / 'recharges-locked': the approval request raised for a parent. */
    approvalId: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
