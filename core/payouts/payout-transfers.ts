import { estimateCashOut, type CashOutPolicy } from '../gifts/cash-out';
import { creatorAccount, payoutPendingAccount, SYSTEM_ACCOUNTS } from '../ledger/accounts';
import type { TransferRecord } from '../ledger/ledger-records';
import type { TransferRequest } from '../ledger/post-transfer';

// A payout is three possible transfers, each once: the request (creator → pending), then either paid
// (pending → paid out) or rejected (the request's reversal: pending → creator). Derived keys contain ':',
// which no caller key can (see derived-keys), and the payout id is the caller's key, so each is found by key.

export const payoutIdOf = (callerKey: string): string => `po-${callerKey}`;
export const requestKeyOf = (payoutId: string): string => `payout:${payoutId}`;
export const paidKeyOf = (payoutId: string): string => `payout-paid:${payoutId}`;
export const rejectedKeyOf = (payoutId: string): string => `payout-rejected:${payoutId}`;

/** Moves the diamonds to the creator's pending payout, with their cash value at today's rate. */
export function payoutRequestTransfer(creatorId: string, callerKey: string, diamonds: number, policy: CashOutPolicy): TransferRequest {
  const payoutId = payoutIdOf(callerKey);
  const { estimateMinor, currency } = estimateCashOut(diamonds, policy);
  return {
    idempotencyKey: requestKeyOf(payoutId),
    kind: 'payout-request',
    legs: [
      { account: creatorAccount(creatorId), unit: 'diamonds', amount: -diamonds },
      { account: payoutPendingAccount(creatorId), unit: 'diamonds', amount: diamonds },
    ],
    memo: { creator: creatorId, payoutId, cashMinor: estimateMinor, currency },
    // A retry asks the same when it names the same diamonds: the rate may have moved since.
    params: { creatorId, payoutId, diamonds },
  };
}

/** The operator paid the creator: the pending diamonds leave the economy. */
export function payoutPaidTransfer(request: TransferRecord, note: string): TransferRequest {
  const pending = request.legs.find((leg) => leg.amount > 0)!;
  const { creator, payoutId, cashMinor, currency } = request.memo;
  return {
    idempotencyKey: paidKeyOf(payoutId!),
    kind: 'payout-paid',
    legs: [
      { account: pending.account, unit: 'diamonds', amount: -pending.amount },
      { account: SYSTEM_ACCOUNTS.payoutsPaid, unit: 'diamonds', amount: pending.amount },
    ],
    memo: { creator, payoutId, cashMinor, currency, ...(note ? { reason: note } : {}) },
  };
}
