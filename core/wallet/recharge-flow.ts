import { postTransfer } from '../ledger/post-transfer';
import { rechargeTransferRequest } from '../ledger/recharge-transfer';
import { summarizeInstrument } from '../payments/summarize-instrument';
import { isPaymentIdReused, type ChargeOutcome } from '../ports/payment-provider';
import type { ReceiptRecord } from '../history/history-records';
import { pendingDuplicateMessage, pendingDuplicateOf } from '../recharge/pending-duplicate';
import type { RechargeRecord } from '../recharge/recharge-record';
import { createRecharge, markFailed, markPending, markSettled } from '../recharge/recharge-transitions';
import { WalletError } from '../wallet-error';
import { paymentIdOf, rechargeIdOf, settlementKeyOf } from '../derived-keys';
import type { ApprovalBinding } from '../limits/approval-binding';
import type { LimitAction } from '../limits/evaluate-limits';
import { refuseKeyOfOtherApproval } from './bound-keys';
import { checkLimits } from './limit-gate';
import { rechargeReceipt } from './receipts';
import type { WalletContext } from './wallet-context';
import { parseInput, rechargeInputSchema, type RechargeInput } from './wallet-inputs';
import { asWalletError, Refusal } from './wallet-refusal';

export interface RechargeResult {
  recharge: RechargeRecord;
  /** Set once the recharge settled. */
  receipt: ReceiptRecord | null;
  balance: number;
  /** Where the viewer pays, while a live provider's hosted checkout is open. */
  checkoutUrl?: string;
}

/** How long a charge may take before a recharge stuck in 'created' is asked about. */
export const CREATED_GRACE_MS = 10 * 60 * 1000;

/**
 * Buys coins: limits, then refusal of a second purchase of the same pack while one is pending, then a
 * recharge record with its paymentId stored BEFORE the provider is called, then the charge. A success
 * settles (coins credited once, receipt issued); a pending payment settles later via refreshPending().
 * Retrying with the same key never charges or credits twice.
 */
export async function recharge(wallet: WalletContext, input: RechargeInput): Promise<RechargeResult> {
  const request = parseInput(rechargeInputSchema, input);
  const quote =
    request.packId !== undefined
      ? wallet.quote({ region: request.region, packId: request.packId })
      : wallet.quote({ region: request.region, customCoins: request.customCoins! });
  const instrument = summarizeInstrument(request.instrument);
  const rechargeId = rechargeIdOf(request.idempotencyKey);
  const now = wallet.clock.now();
  const started = await wallet.storage.write(async (tx) => {
    const existing = await tx.getDocument('recharges', rechargeId);
    if (existing) {
      const same =
        existing.quote.region === quote.region &&
        existing.quote.packId === quote.packId &&
        existing.quote.coins === quote.coins &&
        existing.instrument.method === instrument.method &&
        existing.instrument.last4OrLabel === instrument.last4OrLabel;
      if (!same) {
        throw new WalletError('idempotency-conflict', `The request key "${request.idempotencyKey}" was already used for a different recharge.`);
      }
      return existing;
    }
    // The walking skeleton credited recharges directly under the caller's key; those stay applied.
    if (await tx.transferByKey(request.idempotencyKey)) {
      throw new WalletError('idempotency-conflict', `The request key "${request.idempotencyKey}" was already used.`);
    }
    const action: LimitAction = { kind: 'recharge', coins: quote.coins };
    const binding: ApprovalBinding = { kind: 'recharge', region: quote.region, packId: quote.packId };
    await refuseKeyOfOtherApproval(tx, request.idempotencyKey, action, binding);
    const subject = `Recharge ${quote.coins.toLocaleString('en-US')} coins`;
    const gate = { account: wallet.account, now: wallet.clock.now(), timeZone: wallet.timeZone };
    const limit = await checkLimits(tx, gate, action, request.idempotencyKey, subject, binding);
    if (limit instanceof Refusal) return limit;
    const inFlight = [...(await tx.listDocuments('recharges', 'created')), ...(await tx.listDocuments('recharges', 'pending'))];
    const duplicate = pendingDuplicateOf(inFlight, quote);
    if (duplicate) return new Refusal(new WalletError('recharge-pending', pendingDuplicateMessage(duplicate)));
    const record = createRecharge({
      id: rechargeId,
      idempotencyKey: request.idempotencyKey,
      quote,
      instrument,
      paymentId: paymentIdOf(request.idempotencyKey),
      now,
    });
    await tx.putDocument('recharges', record);
    return record;
  });
  if (started instanceof Refusal) throw started.error;
  if (started.state === 'settled' || started.state === 'failed') return rechargeOutcome(wallet, started);
  let outcome: ChargeOutcome;
  try {
    outcome = await wallet.payments.charge({
      paymentId: started.paymentId,
      amountMinor: quote.totalMinor,
      currency: quote.currency,
      region: quote.region,
      instrument: request.instrument,
    });
  } catch (error) {
    // The provider knows this payment id with another amount or account: the same key, another request.
    if (isPaymentIdReused(error)) {
      throw new WalletError('idempotency-conflict', 'This request key was already used for a different recharge; nothing was charged.');
    }
    // The answer was lost: the payment may or may not exist. Keep it pending and ask again later.
    outcome = { status: 'pending', providerRef: 'unknown' };
  }
  const result = await rechargeOutcome(wallet, await applyOutcome(wallet, started.id, outcome));
  const checkoutUrl = outcome.status === 'pending' && result.recharge.state === 'pending' ? outcome.checkoutUrl : undefined;
  return checkoutUrl ? { ...result, checkoutUrl } : result;
}

async function rechargeOutcome(wallet: WalletContext, record: RechargeRecord): Promise<RechargeResult> {
  if (record.state === 'failed') {
    throw new WalletError('payment-failed', `The payment failed (${record.failureReason}); no coins were added and nothing was charged.`, {
      paymentFailure: record.failureReason!,
    });
  }
  return wallet.storage.read(async (tx) => ({
    recharge: record,
    receipt: record.receiptId ? ((await tx.getDocument('receipts', record.receiptId)) ?? null) : null,
    balance: await tx.balance(wallet.account),
  }));
}

/** Applies a provider's answer exactly once: a final recharge ignores later answers. */
async function applyOutcome(wallet: WalletContext, rechargeId: string, outcome: ChargeOutcome): Promise<RechargeRecord> {
  const context = { now: wallet.clock.now(), timeZone: wallet.timeZone };
  return wallet.storage
    .write(async (tx) => {
      const record = await tx.getDocument('recharges', rechargeId);
      if (!record) throw new WalletError('invalid-request', `There is no recharge ${rechargeId}.`);
      if (record.state === 'settled' || record.state === 'failed') return record;
      if (outcome.status === 'pending') {
        if (record.state === 'pending') return record;
        const pending = markPending(record, context.now);
        await tx.putDocument('recharges', pending);
        return pending;
      }
      if (outcome.status === 'failed') {
        const failed = markFailed(record, { reason: outcome.reason, now: context.now });
        await tx.putDocument('recharges', failed);
        return failed;
      }
      const posted = await postTransfer(
        tx,
        rechargeTransferRequest({
          viewerId: wallet.viewerId,
          coins: record.quote.coins,
          idempotencyKey: settlementKeyOf(record.id),
          packId: record.quote.packId,
          rechargeId: record.id,
        }),
        context,
      );
      const receipt = rechargeReceipt(posted.transfer, record, outcome.providerRef, wallet.payments.mode);
      await tx.putDocument('receipts', receipt);
      const settled = markSettled(record, { receiptId: receipt.id, now: context.now });
      await tx.putDocument('recharges', settled);
      return settled;
    })
    .catch((error: unknown) => {
      throw asWalletError(error);
    });
}

/**
 * Asks the provider again about every unfinished recharge; a late success is credited exactly once.
 * A recharge still 'created' may have its charge in flight right now (another tab, a slow network), and
 * "unknown payment" would then be wrong; it is only looked up once it is older than CREATED_GRACE_MS.
 */
export async function refreshPending(wallet: WalletContext): Promise<RechargeRecord[]> {
  const now = wallet.clock.now();
  const open = await wallet.storage.read(async (tx) => [
    ...(await tx.listDocuments('recharges', 'created')).filter((record) => now - record.createdAt >= CREATED_GRACE_MS),
    ...(await tx.listDocuments('recharges', 'pending')),
  ]);
  const changed: RechargeRecord[] = [];
  for (const record of open) {
    // One recharge that cannot be looked up or applied (still unknown, a damaged record) never holds up the others.
    try {
      const next = await applyOutcome(wallet, record.id, await wallet.payments.lookup(record.paymentId));
      if (next.state !== record.state) changed.push(next);
    } catch {
      continue; // Try again on the next refresh.
    }
  }
  return changed;
}
