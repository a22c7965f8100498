import { IllegalTransitionError } from '../illegal-transition-error';
import type { PaymentFailureReason } from '../ports/payment-provider';
import type { RechargeQuote } from '../pricing/recharge-quote';
import { rechargeRecordSchema, type InstrumentSummary, type RechargeRecord, type RechargeState } from './recharge-record';

/**
 * created -> pending -> settled | failed, and created -> settled | failed when the provider answers at
 * once. Settled and failed are final: a late or repeated answer must never credit coins twice.
 */
const NEXT_STATES: Readonly<Record<RechargeState, readonly RechargeState[]>> = {
  created: ['pending', 'settled', 'failed'],
  pending: ['settled', 'failed'],
  settled: [],
  failed: [],
};

export function canMoveRecharge(from: RechargeState, to: RechargeState): boolean {
  return NEXT_STATES[from].includes(to);
}

export function isFinalRechargeState(state: RechargeState): boolean {
  return NEXT_STATES[state].length === 0;
}

export interface CreateRechargeInput {
  id: string;
  idempotencyKey: string;
  quote: RechargeQuote;
  instrument: InstrumentSummary;
  paymentId: string;
  now: number;
}

/** A new recharge, validated: a malformed quote or instrument throws before any money moves. */
export function createRecharge(input: CreateRechargeInput): RechargeRecord {
  return rechargeRecordSchema.parse({
    id: input.id,
    idempotencyKey: input.idempotencyKey,
    quote: input.quote,
    instrument: input.instrument,
    paymentId: input.paymentId,
    state: 'created',
    createdAt: input.now,
    updatedAt: input.now,
  });
}

/** The provider has the payment but has not confirmed it yet (coins can arrive late). */
export function markPending(record: RechargeRecord, now: number): RechargeRecord {
  return moveTo(record, 'pending', now, {});
}

/** Paid: the ledger credits the coins under `receiptId`. */
export function markSettled(record: RechargeRecord, settlement: { receiptId: string; now: number }): RechargeRecord {
  return moveTo(record, 'settled', settlement.now, { receiptId: settlement.receiptId });
}

export function markFailed(record: RechargeRecord, failure: { reason: PaymentFailureReason; now: number }): RechargeRecord {
  return moveTo(record, 'failed', failure.now, { failureReason: failure.reason });
}

function moveTo(
  record: RechargeRecord,
  to: RechargeState,
  now: number,
  extra: Pick<RechargeRecord, 'receiptId' | 'failureReason'>,
): RechargeRecord {
  if (!canMoveRecharge(record.state, to)) {
    const why = isFinalRechargeState(record.state) ? `a ${record.state} recharge is final` : `it is already ${record.state}`;
    throw new IllegalTransitionError('recharge', record.state, to, `Recharge ${record.id} cannot become ${to}: ${why}.`);
  }
  // A clock that stepped back must not make the record look older than it is.
  const updatedAt = Math.max(now, record.updatedAt);
  return rechargeRecordSchema.parse({ ...record, ...extra, state: to, updatedAt });
}
