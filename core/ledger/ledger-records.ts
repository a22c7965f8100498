import { z } from 'zod';
import { accountSchema, unitSchema } from './accounts';

const signedAmountSchema = z
  .number()
  .int()
  .min(-Number.MAX_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER)
  .refine((amount) => amount !== 0, { message: 'a leg moves a non-zero amount' });
const timestampSchema = z.number().int().nonnegative();
/** The caller's key, or one derived from it (e.g. `settle:rc-<key>` for a recharge's credit). */
export const transferKeySchema = z.string().min(8).max(200);

/** One side of a transfer: a positive amount credits the account, a negative one debits it. */
export const legSchema = z.object({ account: accountSchema, unit: unitSchema, amount: signedAmountSchema });
export type Leg = z.infer<typeof legSchema>;

/** 'payout-request' moves a creator's diamonds to their pending payout; 'payout-paid' pays it out. */
export const transferKindSchema = z.enum(['recharge', 'gift', 'reversal', 'payout-request', 'payout-paid']);
export type TransferKind = z.infer<typeof transferKindSchema>;
/** The kinds a viewer's coins ever move by: payouts touch creators only. */
export const VIEWER_TRANSFER_KINDS = ['recharge', 'gift', 'reversal'] as const satisfies readonly TransferKind[];
export type ViewerTransferKind = (typeof VIEWER_TRANSFER_KINDS)[number];

/** What a transfer was for; copied onto its entries so a history page needs no joins. */
export const transferMemoSchema = z.object({
  giftId: z.string().min(1).optional(),
  count: z.number().int().positive().optional(),
  creator: z.string().min(1).optional(),
  stream: z.string().min(1).optional(),
  packId: z.string().min(1).nullable().optional(),
  rechargeId: z.string().min(1).optional(),
  reason: z.string().max(500).optional(),
  /** The payout a payout transfer (or its reversal, a rejection) belongs to. */
  payoutId: z.string().min(1).max(200).optional(),
  /** What a payout is worth, fixed when it is requested. */
  cashMinor: z.number().int().nonnegative().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
});
export type TransferMemo = z.infer<typeof transferMemoSchema>;

/** An immutable, balanced movement of value. Corrections are new transfers of kind 'reversal'. */
export const transferRecordSchema = z.object({
  id: z.string().min(1),
  /** Order of posting; also orders entries. */
  seq: z.number().int().positive(),
  idempotencyKey: transferKeySchema,
  /** Canonical form of what the caller asked; a retry must ask the same thing. */
  fingerprint: z.string(),
  kind: transferKindSchema,
  legs: z.array(legSchema).min(2),
  memo: transferMemoSchema,
  reverses: z.string().min(1).nullable(),
  createdAt: timestampSchema,
});
export type TransferRecord = z.infer<typeof transferRecordSchema>;

/** One leg as posted to one account, with the account's balance after it: the unit of history. */
export const ledgerEntryRecordSchema = z.object({
  seq: z.number().int().positive(),
  transferId: z.string().min(1),
  /** The transfer's key, so a history line leads back to the request that made it. */
  idempotencyKey: transferKeySchema,
  account: accountSchema,
  unit: unitSchema,
  amount: signedAmountSchema,
  balanceAfter: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
  kind: transferKindSchema,
  memo: transferMemoSchema,
  createdAt: timestampSchema,
});
export type LedgerEntryRecord = z.infer<typeof ledgerEntryRecordSchema>;

/** The running balance of one account, kept in step with its entries in the same transaction. */
export const balanceRecordSchema = z.object({
  account: accountSchema,
  unit: unitSchema,
  balance: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
});
export type BalanceRecord = z.infer<typeof balanceRecordSchema>;
