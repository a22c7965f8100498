import type { LimitAction } from '../limits/evaluate-limits';
import type { WalletReadTx } from '../ports/wallet-storage';
import { WalletError } from '../wallet-error';

// Keys the wallet derives from a caller's idempotency key, and the actions they stay bound to.

export const rechargeIdOf = (idempotencyKey: string): string => `rc-${idempotencyKey}`;
export const approvalIdOf = (idempotencyKey: string): string => `ap-${idempotencyKey}`;
export const paymentIdOf = (idempotencyKey: string): string => `pay-${idempotencyKey}`;

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
export async function refuseKeyOfOtherApproval(tx: WalletReadTx, idempotencyKey: string, action: LimitAction): Promise<void> {
  const stored = await tx.getDocument('approvals', approvalIdOf(idempotencyKey));
  if (stored && (stored.action.kind !== action.kind || stored.action.coins !== action.coins)) {
    throw new WalletError('idempotency-conflict', `The request key "${idempotencyKey}" was already used for a different request.`);
  }
}
