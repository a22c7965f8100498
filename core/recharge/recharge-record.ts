import { z } from 'zod';
import { epochMsSchema } from '../epoch-ms';
import { paymentFailureReasonSchema } from '../payments/payment-failure-reason';
import { paymentMethodIdSchema } from '../payments/payment-method';
import { rechargeQuoteSchema } from '../pricing/recharge-quote';
import { idempotencyKeySchema } from '../wallet-entry';

export const rechargeStateSchema = z.enum(['created', 'pending', 'settled', 'failed']);
export type RechargeState = z.infer<typeof rechargeStateSchema>;

/** How the viewer paid, safe to store and show: never a full card number or token. */
export const instrumentSummarySchema = z.object({
  method: paymentMethodIdSchema,
  /** Last four digits of a card, or a label such as "GCash". */
  last4OrLabel: z.string().min(1).max(40),
});
export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;

/**
 * One recharge on its way from "created" (about to charge) to "settled" (paid; the ledger credits the
 * coins and issues `receiptId`) or "failed". Immutable: every transition returns a new record.
 */
export const rechargeRecordSchema = z
  .object({
    id: z.string().min(1).max(128),
    /** The caller's key for the whole recharge: a retried request finds this record instead of paying again. */
    idempotencyKey: idempotencyKeySchema,
    quote: rechargeQuoteSchema,
    instrument: instrumentSummarySchema,
    /** Sent to the payment provider, which charges once per id. */
    paymentId: z.string().min(1).max(128),
    state: rechargeStateSchema,
    failureReason: paymentFailureReasonSchema.optional(),
    createdAt: epochMsSchema,
    updatedAt: epochMsSchema,
    receiptId: z.string().min(1).max(128).optional(),
  })
  .superRefine((record, context) => {
    if ((record.state === 'failed') !== (record.failureReason !== undefined)) {
      context.addIssue({ code: 'custom', path: ['failureReason'], message: 'a failure reason is set exactly when the recharge failed' });
    }
    if ((record.state === 'settled') !== (record.receiptId !== undefined)) {
      context.addIssue({ code: 'custom', path: ['receiptId'], message: 'a receipt is set exactly when the recharge settled' });
    }
    if (record.updatedAt < record.createdAt) {
      context.addIssue({ code: 'custom', path: ['updatedAt'], message: 'updatedAt cannot be before createdAt' });
    }
  });
export type RechargeRecord = z.infer<typeof rechargeRecordSchema>;
