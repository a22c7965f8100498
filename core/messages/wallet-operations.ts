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

/**
 * Extension messages are limited to 64 MiB, so a backup file travels in parts of at most this many
 * characters; the background joins them and imports the whole file at once.
 */
export const BACKUP_PART_CHARS = 8_000_000;
/** A backup has at most this many parts (400 M characters: far beyond 100,000 history entries). */
export const MAX_BACKUP_PARTS = 50;

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
  'backup/export': defineOperation(z.object({}), z.object({ filename: z.string(), json: z.string() })),
  /**
   * One part of a backup file. Nothing changes until the last part arrives; then the whole file is
   * checked and imported, all or nothing.
   */
  'backup/import': defineOperation(
    z
      .object({
        importId: z.string().min(8).max(64),
        part: z.number().int().min(0),
        parts: z.number().int().min(1).max(MAX_BACKUP_PARTS),
        text: z.string().max(BACKUP_PART_CHARS),
      })
      .refine((request) => request.part < request.parts, { message: 'part must be below parts' }),
    z.object({ complete: z.boolean(), balance: z.number().int().nullable() }),
  ),
};
