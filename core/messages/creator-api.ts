// The creator dashboard's part of the gift server's API: request and response bodies as zod schemas.
import { z } from 'zod';
import { partyIdSchema } from '../ledger/accounts';
import { payoutViewSchema } from '../payouts/payout-records';
import { streamGoalSchema } from './gift-server-api';

const displayNameSchema = z.string().trim().min(1).max(40);

/** A signed-in creator: `id` is the creator id gifts name (`creator` of a gift), `name` the display name. */
export const creatorSchema = z.object({ id: partyIdSchema, name: displayNameSchema });
export type Creator = z.infer<typeof creatorSchema>;

// ---- POST /v1/demo/creator-session (demo mode only) -------------------------------------------

export const demoCreatorSessionRequestSchema = z.object({ name: displayNameSchema }).strict();
export type DemoCreatorSessionRequest = z.infer<typeof demoCreatorSessionRequestSchema>;
/** `token` is a creator JWT (`role: "creator"`) to send as `Authorization: Bearer <token>`. */
export const demoCreatorSessionResponseSchema = z.object({ token: z.string().min(1), creator: creatorSchema });
export type DemoCreatorSessionResponse = z.infer<typeof demoCreatorSessionResponseSchema>;

// ---- GET /v1/creator/summary ------------------------------------------------------------------

const count = z.number().int().nonnegative();
export const cashOutRateSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  minorUnitsPerThousandDiamonds: z.number().int().positive(),
  minimumMinor: count,
  /** The fewest diamonds a payout may ask for. */
  minimumDiamonds: z.number().int().positive(),
});
export const creatorSummarySchema = z.object({
  creator: creatorSchema,
  /** The creator's diamonds in the ledger (what a payout may ask for). */
  diamonds: count,
  /** Diamonds in payouts waiting for the operator. */
  pendingDiamonds: count,
  /** The core's estimateCashOut of `diamonds` at the configured rate. */
  estimate: z.object({ estimateMinor: count, eligible: z.boolean(), shortfallMinor: count }),
  rate: cashOutRateSchema,
});
export type CreatorSummary = z.infer<typeof creatorSummarySchema>;

// ---- GET /v1/creator/earnings?days&timeZone, GET /v1/creator/earnings.csv -----------------------

export const earningsQuerySchema = z
  .object({
    days: z.coerce.number().int().min(1).max(366).default(30),
    /** IANA time zone whose calendar days and months bucket the gifts. */
    timeZone: z
      .string()
      .max(64)
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'an IANA time zone such as Europe/Madrid')
      .default('UTC'),
  })
  .strict();
export type EarningsQuery = z.infer<typeof earningsQuerySchema>;

const totals = { gifts: count, coins: count, diamonds: count };
const supporterSchema = z.object({ name: z.string(), coins: count });
export const earningsResponseSchema = z.object({
  fromMs: count,
  toMs: count,
  timeZone: z.string(),
  /** True when the period held more gifts than one report reads: the figures cover the newest ones. */
  truncated: z.boolean(),
  totals: z.object(totals),
  byDay: z.array(z.object({ day: z.string(), ...totals })),
  byStream: z.array(z.object({ stream: z.string(), ...totals })),
  byGift: z.array(z.object({ giftId: z.string(), ...totals })),
  topSupportersByStream: z.array(z.object({ stream: z.string(), supporters: z.array(supporterSchema) })),
  topSupportersByMonth: z.array(z.object({ month: z.string(), supporters: z.array(supporterSchema) })),
});
export type EarningsResponse = z.infer<typeof earningsResponseSchema>;

// ---- payouts: GET/POST /v1/creator/payouts; the operator's /v1/operator/payouts ------------------

export { payoutViewSchema, type PayoutView } from '../payouts/payout-records';
export { payoutRequestInputSchema as payoutRequestSchema } from '../payouts/payout-desk';
export const payoutListSchema = z.object({ payouts: z.array(payoutViewSchema) });

// ---- GET /v1/creator/streams, POST /v1/creator/streams/{stream}/goal ---------------------------

export const creatorStreamSchema = z.object({ id: z.string(), goal: streamGoalSchema.nullable() });
export const creatorStreamsSchema = z.object({ streams: z.array(creatorStreamSchema) });
export const goalUpdateSchema = z.object({ goal: streamGoalSchema.strict().nullable() }).strict();
export type GoalUpdate = z.infer<typeof goalUpdateSchema>;

// ---- POST /v1/demo/operator-session (demo mode only) ------------------------------------------

export const operatorSchema = z.object({ id: partyIdSchema, name: displayNameSchema });
export const demoOperatorSessionResponseSchema = z.object({ token: z.string().min(1), operator: operatorSchema });
