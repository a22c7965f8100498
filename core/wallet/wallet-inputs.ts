import { z } from 'zod';
import { partyIdSchema } from '../ledger/accounts';
import { VIEWER_TRANSFER_KINDS } from '../ledger/ledger-records';
import { positiveCoinsSchema } from '../money';
import { paymentMethodIdSchema } from '../payments/payment-method';
import type { PaymentInstrument } from '../ports/payment-provider';
import { callerKeySchema } from '../derived-keys';
import { WalletError } from '../wallet-error';

// What callers may ask of the WalletService, checked where it enters: everything past these schemas is trusted.

/** A caller's key: an alphabet none of the core's derived keys fits in (core/derived-keys.ts). */
const serviceKeySchema = callerKeySchema;

/** What a recharge buys and how it is paid: the fields every recharge request carries besides its key. */
export const rechargeFields = {
  region: z.string().min(1).max(8),
  packId: z.string().min(1).max(64).optional(),
  customCoins: positiveCoinsSchema.optional(),
  instrument: z.object({ method: paymentMethodIdSchema, token: z.string().min(1).max(200) }),
};

export const rechargeInputSchema = z
  .object({ idempotencyKey: serviceKeySchema, ...rechargeFields })
  .refine((input) => (input.packId === undefined) !== (input.customCoins === undefined), {
    message: 'a recharge buys either a pack or a custom number of coins',
  });
/** A recharge: a pack or a custom amount, in a region, paid with an instrument (checked on arrival). */
export interface RechargeInput {
  idempotencyKey: string;
  region: string;
  packId?: string;
  customCoins?: number;
  instrument: PaymentInstrument;
}

export const giftInputSchema = z.object({
  giftId: z.string().min(1).max(40),
  count: z.number().int().positive().max(9999),
  creator: partyIdSchema,
  stream: z.string().min(1).max(128),
  idempotencyKey: serviceKeySchema,
});
export type GiftInput = z.infer<typeof giftInputSchema>;

export const reversalInputSchema = z.object({
  idempotencyKey: serviceKeySchema,
  transferId: z.string().min(1),
  reason: z.string().min(1).max(500),
});
export type ReversalInput = z.infer<typeof reversalInputSchema>;

export const historyInputSchema = z.object({
  kind: z.enum(VIEWER_TRANSFER_KINDS).optional(),
  fromMs: z.number().int().optional(),
  toMs: z.number().int().optional(),
  cursor: z.string().max(40).nullable().optional(),
  limit: z.number().int().min(1).max(500).default(50),
});
export type HistoryInput = z.input<typeof historyInputSchema>;

/** Which entries an export holds: the history's filters and, optionally, one creator's gifts. */
export const historyFilterInputSchema = historyInputSchema.pick({ kind: true, fromMs: true, toMs: true }).extend({
  creator: partyIdSchema.optional(),
});
export type HistoryFilterInput = z.infer<typeof historyFilterInputSchema>;

export const monthInputSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** Parses a caller's input; anything else is refused as 'invalid-request' with zod's explanation. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new WalletError('invalid-request', z.prettifyError(result.error));
  return result.data;
}
