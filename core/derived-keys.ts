import { z } from 'zod';

/*
 * Keys a caller chooses and keys the core derives from them share storage (transfers by key, documents
 * by id, the provider's payment ids). They can never meet because a caller's key is drawn from an
 * alphabet without ':' and every key the core derives for a transfer contains one; recharges, approvals
 * and payments have their own collections, where only derived ids live.
 */

/** What a caller may send as an idempotency key: 8-120 of A-Z a-z 0-9 _ - (room for the derived prefixes). */
export const callerKeySchema = z
  .string()
  .min(8)
  .max(120)
  .regex(/^[A-Za-z0-9_-]+$/, 'an idempotency key is 8-120 characters of A-Z a-z 0-9 _ -');

/** The recharge record a caller's recharge key names (in the 'recharges' collection). */
export function rechargeIdOf(callerKey: string): string {
  return `rc-${callerKey}`;
}

/** The provider's payment id for a caller's recharge key. */
export function paymentIdOf(callerKey: string): string {
  return `pay-${callerKey}`;
}

/** The approval request a caller's key raised (in the 'approvals' collection). */
export function approvalIdOf(callerKey: string): string {
  return `ap-${callerKey}`;
}

/** The transfer key of a recharge's credit: contains ':', so no caller key can take it. */
export function settlementKeyOf(rechargeId: string): string {
  return `settle:${rechargeId}`;
}

/** The caller's key behind a recharge's credit (its transfer key otherwise unchanged). */
export function callerKeyOfSettlement(transferKey: string): string {
  return transferKey.replace(/^settle:rc-/, '');
}
