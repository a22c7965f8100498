import { z } from 'zod';
import type { LedgerEntryRecord } from '../ledger/ledger-records';

export const payoutStateSchema = z.enum(['pending', 'paid', 'rejected']);
export type PayoutState = z.infer<typeof payoutStateSchema>;

/** A payout as the creator and the operator see it, read from the ledger's entries (never stored apart). */
export const payoutViewSchema = z.object({
  id: z.string().min(1),
  creator: z.string().min(1),
  diamonds: z.number().int().positive(),
  /** The cash value when it was requested, in the currency's minor units. */
  cashMinor: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  state: payoutStateSchema,
  requestedAt: z.number().int().nonnegative(),
  decidedAt: z.number().int().nonnegative().nullable(),
  /** The operator's note when paid, or the reason of a rejection. */
  note: z.string().nullable(),
});
export type PayoutView = z.infer<typeof payoutViewSchema>;

/**
 * Every payout of one creator from the entries of their pending-payout account (any order): a request
 * entry opens a payout, a payout-paid entry marks it paid, a reversal entry (the request's) rejects it.
 * Newest request first.
 */
export function payoutsFromEntries(entries: readonly LedgerEntryRecord[]): PayoutView[] {
  const byId = new Map<string, PayoutView>();
  const ordered = [...entries].sort((a, b) => a.seq - b.seq);
  for (const entry of ordered) {
    const id = entry.memo.payoutId;
    if (!id) continue;
    if (entry.kind === 'payout-request') {
      byId.set(id, {
        id,
        creator: entry.memo.creator ?? '',
        diamonds: entry.amount,
        cashMinor: entry.memo.cashMinor ?? 0,
        currency: entry.memo.currency ?? 'USD',
        state: 'pending',
        requestedAt: entry.createdAt,
        decidedAt: null,
        note: null,
      });
      continue;
    }
    const payout = byId.get(id);
    if (!payout) continue;
    const state: PayoutState | undefined = entry.kind === 'payout-paid' ? 'paid' : entry.kind === 'reversal' ? 'rejected' : undefined;
    if (state) byId.set(id, { ...payout, state, decidedAt: entry.createdAt, note: entry.memo.reason ?? null });
  }
  return [...byId.values()].sort((a, b) => b.requestedAt - a.requestedAt || b.id.localeCompare(a.id));
}
