import { approvalIdOf, rechargeIdOf } from '../derived-keys';
import { isSameApprovedRequest, type ApprovalBinding } from '../limits/approval-binding';
import type { LimitAction } from '../limits/evaluate-limits';
import type { WalletReadTx } from '../ports/wallet-storage';
import { WalletError } from '../wallet-error';

// The actions keys stay bound to. The ids derived from a caller's key are named in core/derived-keys.ts.

/** Recharges keep their key on the recharge record, not on a transfer: a gift or reversal may not reuse it. */
export async function refuseKeyOfRecharge(tx: WalletReadTx, idempotencyKey: string): Promise<void> {
  if (await tx.getDocument('recharges', rechargeIdOf(idempotencyKey))) {
    throw new WalletError('idempotency-conflict', `The request key "${idempotencyKey}" was already used for a recharge.`);
  }
}

/**
 * A key that raised an approval request stays bound to that action: reusing it for another is a conflict,
 * checked before anything else (balance, limits, duplicates) so the answer does not depend on them.
 */
export async function refuseKeyOfOtherApproval(
  tx: WalletReadTx,
  idempotencyKey: string,
  action: LimitAction,
  binding: ApprovalBinding,
): Promise<void> {
  const stored = await tx.getDocument('approvals', approvalIdOf(idempotencyKey));
  if (stored && !isSameApprovedRequest(stored, action, binding)) {
    throw new WalletError('idempotency-conflict', `The request key "${idempotencyKey}" was already used for a different request.`);
  }
}
