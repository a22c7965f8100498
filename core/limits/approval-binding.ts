import { z } from 'zod';
import { canonicalJson } from '../ledger/fingerprint';
import { partyIdSchema } from '../ledger/accounts';
import type { LimitAction } from './evaluate-limits';

/**
 * The exact request an approval was raised for, and what the parent is shown: a parent's yes to
 * Galaxy ×1 for mia-cooks pays for that gift, never for another one of the same price.
 */
export const approvalBindingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('gift'),
    giftId: z.string().min(1).max(40),
    /** For the parent to read; not part of what must match (the id is). */
    giftName: z.string().min(1).max(80),
    count: z.number().int().positive().max(9999),
    creator: partyIdSchema,
    stream: z.string().min(1).max(128),
  }),
  z.object({
    kind: z.literal('recharge'),
    region: z.string().min(1).max(8),
    packId: z.string().min(1).max(64).nullable(),
  }),
]);
export type ApprovalBinding = z.infer<typeof approvalBindingSchema>;

/** The canonical form two requests are compared in (the idempotency check's: sorted-key JSON of what is bought). */
function canonicalRequest(action: LimitAction, binding: ApprovalBinding): string {
  const matched =
    binding.kind === 'gift'
      ? { kind: binding.kind, giftId: binding.giftId, count: binding.count, creator: binding.creator, stream: binding.stream }
      : { kind: binding.kind, region: binding.region, packId: binding.packId };
  return canonicalJson({ ...matched, coins: action.coins });
}

/**
 * True when an approval stored for a key was raised for this very request. One stored without a
 * binding (written before approvals were bound) matches nothing: it cannot pay for a guess.
 */
export function isSameApprovedRequest(
  stored: { action: LimitAction; request?: ApprovalBinding | undefined },
  action: LimitAction,
  binding: ApprovalBinding,
): boolean {
  if (!stored.request || stored.action.kind !== action.kind) return false;
  return canonicalRequest(stored.action, stored.request) === canonicalRequest(action, binding);
}
