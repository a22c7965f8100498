import { z } from 'zod';

/** What an account counts: viewers hold coins, creators hold diamonds. */
export const unitSchema = z.enum(['coins', 'diamonds']);
export type Unit = z.infer<typeof unitSchema>;

/**
 * System accounts are the other side of every leg, so each unit sums to zero:
 * coins enter through purchase clearing and leave into the gift sink; diamonds are issued
 * when a gift lands and split between the creator and the platform share.
 */
export const SYSTEM_ACCOUNTS = Object.freeze({
  purchaseClearing: 'system:purchase-clearing',
  giftSink: 'system:gift-sink',
  diamondIssuance: 'system:diamond-issuance',
  platformShare: 'system:platform-share',
  /** Diamonds a creator was paid out for leave the economy here. */
  payoutsPaid: 'system:payouts-paid',
} as const);

const SYSTEM_UNITS: Readonly<Record<string, Unit>> = {
  [SYSTEM_ACCOUNTS.purchaseClearing]: 'coins',
  [SYSTEM_ACCOUNTS.giftSink]: 'coins',
  [SYSTEM_ACCOUNTS.diamondIssuance]: 'diamonds',
  [SYSTEM_ACCOUNTS.platformShare]: 'diamonds',
  [SYSTEM_ACCOUNTS.payoutsPaid]: 'diamonds',
};

const PARTY_ID = /^\S{1,128}$/;
export const partyIdSchema = z.string().regex(PARTY_ID, 'ids are 1-128 characters without spaces');

export const DEFAULT_VIEWER_ID = 'me';

export function viewerAccount(viewerId: string = DEFAULT_VIEWER_ID): string {
  return `viewer:${viewerId}`;
}

export function creatorAccount(creatorId: string): string {
  return `creator:${creatorId}`;
}

/** A creator's diamonds on their way to a payout: requested, not yet paid or rejected. */
export function payoutPendingAccount(creatorId: string): string {
  return `payout-pending:${creatorId}`;
}

export type AccountKind = 'viewer' | 'creator' | 'payout-pending' | 'system';

export function accountKind(account: string): AccountKind | undefined {
  if (account in SYSTEM_UNITS) return 'system';
  const match = /^(viewer|creator|payout-pending):(.+)$/.exec(account);
  if (!match || !PARTY_ID.test(match[2]!)) return undefined;
  return match[1] as 'viewer' | 'creator' | 'payout-pending';
}

/** The unit an account holds, or undefined for a name that is no account. */
export function unitOfAccount(account: string): Unit | undefined {
  const kind = accountKind(account);
  if (kind === 'viewer') return 'coins';
  if (kind === 'creator' || kind === 'payout-pending') return 'diamonds';
  if (kind === 'system') return SYSTEM_UNITS[account];
  return undefined;
}

/** Viewers, creators and pending payouts hold what is theirs: they never go below zero. System accounts may. */
export function mustStayNonNegative(account: string): boolean {
  const kind = accountKind(account);
  return kind === 'viewer' || kind === 'creator' || kind === 'payout-pending';
}

export const accountSchema = z.string().refine((account) => unitOfAccount(account) !== undefined, {
  message: 'not a ledger account',
});
