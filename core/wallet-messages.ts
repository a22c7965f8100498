import { z } from 'zod';
import { coinsSchema } from './money';
import { idempotencyKeySchema, walletEntrySchema } from './wallet-entry';

/** Requests that extension pages send to the background, which owns the wallet. */
export const walletRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('wallet/summary'), recentLimit: z.number().int().min(0).max(100) }),
  z.object({ type: z.literal('wallet/recharge'), packId: z.string().min(1), idempotencyKey: idempotencyKeySchema }),
]);
export type WalletRequest = z.infer<typeof walletRequestSchema>;

export const walletResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    balance: coinsSchema,
    recent: z.array(walletEntrySchema),
  }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string() }),
]);
export type WalletResponse = z.infer<typeof walletResponseSchema>;
