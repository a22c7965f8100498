import { z } from 'zod';
import { callerKeySchema } from '../derived-keys';
import { defineOperation } from './operation';
import {
  activityItemSchema,
  activityKindSchema,
  monthSummaryViewSchema,
  receiptViewSchema,
  rechargeOptionsSchema,
  rechargeViewSchema,
  testOutcomeSchema,
  walletOverviewSchema,
} from './wallet-views';

const timestamp = z.number().int().nonnegative();

export const historyFilterSchema = z.object({
  kind: activityKindSchema.optional(),
  /** Inclusive, epoch ms. */
  fromMs: timestamp.optional(),
  /** Exclusive, epoch ms. */
  toMs: timestamp.optional(),
  creator: z.string().min(1).max(128).optional(),
});
export type HistoryFilter = z.infer<typeof historyFilterSchema>;

export const walletOperations = {
  'wallet/overview': defineOperation(z.object({ recentLimit: z.number().int().min(0).max(50) }), walletOverviewSchema),
  'recharge/options': defineOperation(z.object({}), rechargeOptionsSchema),
  'recharge/start': defineOperation(
    z.object({
      packId: z.string().min(1).max(64),
      method: z.string().min(1).max(32),
      instrument: testOutcomeSchema,
      idempotencyKey: callerKeySchema,
    }),
    rechargeViewSchema,
  ),
  /** Completes a recharge a parent approved, with the attempt's own key: it can apply only once. */
  'recharge/resume': defineOperation(z.object({ approvalId: z.string().min(1).max(128) }), rechargeViewSchema),
  /** The viewer has read that a parent declined this recharge: it leaves the popup. */
  'recharge/dismiss-declined': defineOperation(z.object({ approvalId: z.string().min(1).max(128) }), z.object({})),
  /** Asks the provider again about a pending recharge; settles or fails it at most once. */
  'recharge/refresh': defineOperation(z.object({ rechargeId: z.string().min(1).max(128) }), rechargeViewSchema),
  'history/page': defineOperation(
    historyFilterSchema.extend({ cursor: z.string().max(512).nullable(), limit: z.number().int().min(1).max(200) }),
    z.object({ items: z.array(activityItemSchema), nextCursor: z.string().nullable() }),
  ),
  'history/months': defineOperation(
    z.object({ count: z.number().int().min(1).max(24) }),
    z.object({ months: z.array(monthSummaryViewSchema) }),
  ),
  'history/csv': defineOperation(historyFilterSchema, z.object({ filename: z.string(), csv: z.string() })),
  'receipt/get': defineOperation(z.object({ receiptId: z.string().min(1).max(128) }), receiptViewSchema),
};
