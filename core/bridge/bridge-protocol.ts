import { z } from 'zod';
import { coinsSchema } from '../money';
import { bridgeErrorSchema } from './bridge-errors';
import { OPEN_RECHARGE_METHOD } from './bridge-names';

// ---- discovery (EIP-6963 style) ------------------------------------------------------------------

export { REQUEST_PROVIDER_EVENT, ANNOUNCE_PROVIDER_EVENT, OPEN_RECHARGE_METHOD } from './bridge-names';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** Reverse domain name: at least two labels, e.g. `invalid.livegift.wallet`. */
const RDNS = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

export const providerInfoSchema = z.object({
  uuid: z.string().regex(UUID_V4, 'a v4 UUID'),
  name: z.string().min(1).max(64),
  icon: z.string().max(100_000).regex(/^data:image\/[a-z0-9.+-]+[;,]/i, 'a data:image URI'),
  rdns: z.string().max(255).regex(RDNS, 'a reverse domain name'),
});
export type ProviderInfo = z.infer<typeof providerInfoSchema>;

/** What an announcement's provider must look like: `request` and `on` functions. */
export const announcedProviderSchema = z.object({
  request: z.custom<(args: { method: string; params?: unknown }) => Promise<unknown>>((value) => typeof value === 'function'),
  on: z.custom<(event: string, handler: (data: unknown) => void) => unknown>((value) => typeof value === 'function'),
  removeListener: z.custom<(event: string, handler: (data: unknown) => void) => unknown>((value) => typeof value === 'function').optional(),
});
export const announceDetailSchema = z.object({ info: providerInfoSchema, provider: announcedProviderSchema });
export type AnnounceDetail = z.infer<typeof announceDetailSchema>;

/** Validates an announcement's detail; anything malformed (or not frozen) is ignored by returning null. */
export function parseAnnouncement(detail: unknown): AnnounceDetail | null {
  if (typeof detail !== 'object' || detail === null || !Object.isFrozen(detail)) return null;
  const parsed = announceDetailSchema.safeParse(detail);
  return parsed.success ? parsed.data : null;
}

// ---- requests (EIP-1193 style) -------------------------------------------------------------------

export const BRIDGE_METHODS = ['wallet_connect', 'wallet_balance', 'gift_send', 'wallet_disconnect', OPEN_RECHARGE_METHOD] as const;
export type BridgeMethod = (typeof BRIDGE_METHODS)[number];

/** A page's key; the background prefixes it with the site, so two sites' keys never meet. */
export const bridgeIdempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,80}$/, '8-80 characters of A-Z a-z 0-9 _ -');

/**
 * Page text the consent window shows (creator, stream): no spaces, controls, or invisible format
 * characters (bidi overrides, zero-width marks), which could make it read as something else.
 */
export const pageShownIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[^\s\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]+$/u, 'no spaces, control, bidi or zero-width characters');

export const giftSendParamsSchema = z.strictObject({
  // Also a valid party id (1-128 without spaces).
  creator: pageShownIdSchema,
  stream: pageShownIdSchema,
  giftId: z.string().min(1).max(40),
  count: z.number().int().min(1).max(9999),
  /** The total the page showed for this gift × count: the wallet refuses (4301) to charge more. */
  maxCoins: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  idempotencyKey: bridgeIdempotencyKeySchema,
});
export type GiftSendParams = z.infer<typeof giftSendParamsSchema>;

/** Methods without params accept none, an empty object or an empty array (what EIP-1193 callers send). */
const noParams = z.union([z.undefined(), z.strictObject({}), z.tuple([])]);

export const bridgeRequestSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('wallet_connect'), params: noParams.optional() }),
  z.strictObject({ method: z.literal('wallet_balance'), params: noParams.optional() }),
  z.strictObject({ method: z.literal('wallet_disconnect'), params: noParams.optional() }),
  z.strictObject({ method: z.literal('gift_send'), params: giftSendParamsSchema }),
  z.strictObject({ method: z.literal(OPEN_RECHARGE_METHOD), params: noParams.optional() }),
]);
export type BridgeRequest = z.infer<typeof bridgeRequestSchema>;

export function isBridgeMethod(method: unknown): method is BridgeMethod {
  return typeof method === 'string' && (BRIDGE_METHODS as readonly string[]).includes(method);
}

// ---- results ---------------------------------------------------------------------------------------

export const connectResultSchema = z.object({ connected: z.literal(true), balance: coinsSchema, testMode: z.boolean() });
export const balanceResultSchema = z.object({ balance: coinsSchema, testMode: z.boolean() });
export const giftSendResultSchema = z.object({
  idempotencyKey: bridgeIdempotencyKeySchema,
  giftId: z.string(),
  count: z.number().int(),
  coins: coinsSchema,
  creator: z.string(),
  stream: z.string(),
  balanceAfter: coinsSchema,
  createdAt: z.number().int(),
});
export const disconnectResultSchema = z.object({ connected: z.literal(false) });
/** The wallet's recharge window is open (a new one, or the one already open, brought to the front). */
export const openRechargeResultSchema = z.object({ opened: z.literal(true) });

export type ConnectResult = z.infer<typeof connectResultSchema>;
export type BalanceResult = z.infer<typeof balanceResultSchema>;
export type GiftSendResult = z.infer<typeof giftSendResultSchema>;

export const bridgeReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: bridgeErrorSchema }),
]);
export type BridgeReply = z.infer<typeof bridgeReplySchema>;

// ---- provider events -------------------------------------------------------------------------------

export const approvalAnswerSchema = z.object({
  approvalId: z.string().max(200),
  idempotencyKey: bridgeIdempotencyKeySchema,
  state: z.enum(['approved', 'declined', 'expired']),
});
export type ApprovalAnswer = z.infer<typeof approvalAnswerSchema>;

export const BRIDGE_EVENTS = ['balanceChanged', 'disconnect', 'approvalAnswered'] as const;
export type BridgeEventName = (typeof BRIDGE_EVENTS)[number];
export const bridgeEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('balanceChanged'), data: z.object({ balance: coinsSchema }) }),
  z.object({ event: z.literal('disconnect'), data: z.object({ reason: z.string().max(200) }) }),
  /** A parent answered the approval request a gift of this site raised (`idempotencyKey` is the page's key). */
  z.object({ event: z.literal('approvalAnswered'), data: approvalAnswerSchema }),
]);
export type BridgeEvent = z.infer<typeof bridgeEventSchema>;
