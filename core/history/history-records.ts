import { z } from 'zod';
import { accountSchema } from '../ledger/accounts';
import { transferKindSchema, VIEWER_TRANSFER_KINDS } from '../ledger/ledger-records';

const count = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/**
 * Running totals of one viewer account for one month or one day (viewer's time zone), updated in the
 * same transaction as the entries, so a summary or a limit check is one read however long the history is.
 * Reversals net out: a reversed gift lowers `spent` (and its creator's row) in the period of the reversal.
 */
export const monthlySummaryRecordSchema = z.object({
  key: z.string().min(1),
  account: accountSchema,
  /** 'YYYY-MM' for a month, 'YYYY-MM-DD' for a day. */
  period: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  recharged: count,
  spent: count,
  byCreator: z.record(z.string(), count),
});
export type MonthlySummaryRecord = z.infer<typeof monthlySummaryRecordSchema>;

export const monthlySummaryKey = (account: string, period: string) => `${account}|${period}`;

/** A receipt for a settled recharge, a gift or a reversal: what the viewer can show later. */
export const receiptRecordSchema = z.object({
  id: z.string().min(1),
  transferId: z.string().min(1),
  /** Receipts are the viewer's: payouts have none. */
  kind: z.enum(VIEWER_TRANSFER_KINDS),
  issuedAt: z.number().int().nonnegative(),
  coins: z.number().int().nonnegative(),
  description: z.string().min(1).max(500),
  payment: z
    .object({
      currency: z.string().min(3).max(3),
      subtotalMinor: z.number().int().nonnegative(),
      taxMinor: z.number().int().nonnegative(),
      totalMinor: z.number().int().nonnegative(),
      taxLabel: z.string(),
      paymentId: z.string().min(1),
      providerRef: z.string().min(1),
      testMode: z.boolean(),
    })
    .nullable(),
});
export type ReceiptRecord = z.infer<typeof receiptRecordSchema>;

export interface HistoryQuery {
  account: string;
  kind?: z.infer<typeof transferKindSchema>;
  /** Inclusive lower bound, epoch ms. */
  fromMs?: number;
  /** Exclusive upper bound, epoch ms. */
  toMs?: number;
  /** Opaque cursor from the previous page: newest first, this continues after it. */
  cursor?: string | null;
  limit: number;
}
