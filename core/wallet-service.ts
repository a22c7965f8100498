import { z } from 'zod';
import { DEFAULT_GIFT_CATALOG, findGift } from './gift-catalog';
import type { Gift } from './gift-schema';
import { DEFAULT_CASH_OUT_POLICY, estimateCashOut, type CashOutEstimate, type CashOutPolicy } from './gifts/cash-out';
import { DEFAULT_GIFT_ECONOMY, giftTransferRequest, splitGiftDiamonds, type GiftEconomy } from './gifts/gift-economy';
import type { MonthlySummaryRecord, ReceiptRecord } from './history/history-records';
import { historyToCsv } from './history/history-csv';
import { emptyMonthlySummary } from './history/monthly-summary';
import { isIllegalTransitionError } from './illegal-transition-error';
import { creatorAccount, DEFAULT_VIEWER_ID, partyIdSchema, viewerAccount } from './ledger/accounts';
import type { LedgerEntryRecord, TransferKind, TransferRecord } from './ledger/ledger-records';
import { postReversal, postTransfer, type PostResult } from './ledger/post-transfer';
import { rechargeTransferRequest } from './ledger/recharge-transfer';
import { verifyLedger, type LedgerReport } from './ledger/verify-ledger';
import {
  approvalRequestSchema,
  approve as approveRequest,
  decline as declineRequest,
  expireIfDue,
  requestApproval,
  type ApprovalRequest,
} from './limits/approval-request';
import { evaluateLimits, type LimitAction } from './limits/evaluate-limits';
import { limitPolicySchema, NO_LIMITS, type LimitPolicy } from './limits/limit-policy';
import { timeZoneSchema } from './limits/time-windows';
import { positiveCoinsSchema } from './money';
import { paymentMethodIdSchema } from './payments/payment-method';
import { summarizeInstrument } from './payments/summarize-instrument';
import { systemClock, type Clock } from './ports/clock';
import type { ChargeOutcome, PaymentInstrument, PaymentProvider } from './ports/payment-provider';
import type { HistoryPage, WalletStorage, WalletWriteTx } from './ports/wallet-storage';
import { quoteRecharge, type RechargeQuoteInput } from './pricing/quote-recharge';
import type { RechargeQuote } from './pricing/recharge-quote';
import { pendingDuplicateMessage, pendingDuplicateOf } from './recharge/pending-duplicate';
import type { RechargeRecord } from './recharge/recharge-record';
import { createRecharge, markFailed, markPending, markSettled } from './recharge/recharge-transitions';
import { limitUsage } from './service/limit-usage';
import { restoreKeepingControls } from './storage/restore-backup';
import { parseWalletBackup, toWalletBackup, type RestoredWallet, type WalletBackup } from './storage/wallet-backup';
import { idempotencyKeySchema } from './wallet-entry';
import { WalletError } from './wallet-error';

export interface WalletServiceOptions {
  storage: WalletStorage;
  payments: PaymentProvider;
  clock?: Clock;
  catalog?: readonly Gift[];
  economy?: GiftEconomy;
  cashOut?: CashOutPolicy;
  /** The viewer whose coin wallet this is; one wallet per viewer. */
  viewerId?: string;
  /** The viewer's IANA time zone: day and month limits and monthly summaries follow it. */
  timeZone?: string;
  quote?: (input: RechargeQuoteInput) => RechargeQuote;
}

/** Room for the prefixes of derived ids (`rc-`, `ap-`, `pay-`) within their 128-character limit. */
const serviceKeySchema = idempotencyKeySchema.max(120);

const rechargeInputSchema = z
  .object({
    idempotencyKey: serviceKeySchema,
    region: z.string().min(1).max(8),
    packId: z.string().min(1).max(64).optional(),
    customCoins: positiveCoinsSchema.optional(),
    instrument: z.object({ method: paymentMethodIdSchema, token: z.string().min(1).max(200) }),
  })
  .refine((input) => (input.packId === undefined) !== (input.customCoins === undefined), {
    message: 'a recharge buys either a pack or a custom number of coins',
  });
/** A recharge: a pack or a custom amount, in a region, paid with an instrument (checked on arrival). */
export interface RechargeInput {
  idempotencyKey: string;
  region: string;
  packId?: string;
  customCoins?: number;
  instrument: PaymentInstrument;
}

const giftInputSchema = z.object({
  giftId: z.string().min(1).max(40),
  count: z.number().int().positive().max(9999),
  creator: partyIdSchema,
  stream: z.string().min(1).max(128),
  idempotencyKey: serviceKeySchema,
});
export type GiftInput = z.infer<typeof giftInputSchema>;

const historyInputSchema = z.object({
  kind: z.enum(['recharge', 'gift', 'reversal']).optional(),
  fromMs: z.number().int().optional(),
  toMs: z.number().int().optional(),
  cursor: z.string().max(40).nullable().optional(),
  limit: z.number().int().min(1).max(500).default(50),
});
export type HistoryInput = z.input<typeof historyInputSchema>;

export interface RechargeResult {
  recharge: RechargeRecord;
  /** Set once the recharge settled. */
  receipt: ReceiptRecord | null;
  balance: number;
}

export interface GiftResult {
  transferId: string;
  receiptId: string;
  giftId: string;
  count: number;
  coins: number;
  creator: string;
  stream: string;
  creatorDiamonds: number;
  platformDiamonds: number;
  balanceAfter: number;
  createdAt: number;
  /** The self-set budget is at or above 80 % after this gift. */
  budgetWarning: { usedPercent: number } | null;
  /** True when this key had been applied before and this is its first result again. */
  replayed: boolean;
}

const POLICY_SETTING = 'limit-policy';
/** How long a charge may take before a recharge stuck in 'created' is asked about. */
export const CREATED_GRACE_MS = 10 * 60 * 1000;

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new WalletError('invalid-request', z.prettifyError(result.error));
  return result.data;
}

/** Illegal state-machine moves become a refusal with a stable code, never an unexplained crash. */
function asWalletError(error: unknown): unknown {
  return isIllegalTransitionError(error) ? new WalletError('invalid-request', error.message) : error;
}

/** Recharges keep their key on the recharge record, not on a transfer: a gift or reversal may not reuse it. */
async function refuseKeyOfRecharge(tx: WalletWriteTx, idempotencyKey: string): Promise<void> {
  if (await tx.getDocument('recharges', `rc-${idempotencyKey}`)) {
    throw new WalletError('idempotency-conflict', `The request key "${idempotencyKey}" was already used for a recharge.`);
  }
}

/**
 * A key that raised an approval request stays bound to that action: reusing it for another is a conflict,
 * checked before anything else (balance, limits, duplicates) so the answer does not depend on them.
 */
async function refuseKeyOfOtherApproval(tx: WalletWriteTx, idempotencyKey: string, action: LimitAction): Promise<void> {
  const stored = await tx.getDocument('approvals', `ap-${idempotencyKey}`);
  if (stored && (stored.action.kind !== action.kind || stored.action.coins !== action.coins)) {
    throw new WalletError('idempotency-conflict', `The request key "${idempotencyKey}" was already used for a different request.`);
  }
}

/** A refusal decided inside a transaction that must still commit (an approval request was stored). */
class Refusal {
  constructor(readonly error: WalletError) {}
}

/**
 * The wallet engine behind the extension's background and the tray's in-page wallet: recharges through
 * the payment port, gifts through the ledger, limits and approvals before both, history and backups.
 */
export class WalletService {
  private readonly storage: WalletStorage;
  private readonly payments: PaymentProvider;
  private readonly clock: Clock;
  private readonly catalog: readonly Gift[];
  private readonly economy: GiftEconomy;
  private readonly cashOut: CashOutPolicy;
  private readonly quote: (input: RechargeQuoteInput) => RechargeQuote;
  readonly viewerId: string;
  readonly timeZone: string;
  readonly account: string;

  constructor(options: WalletServiceOptions) {
    this.storage = options.storage;
    this.payments = options.payments;
    this.clock = options.clock ?? systemClock;
    this.catalog = options.catalog ?? DEFAULT_GIFT_CATALOG;
    this.economy = options.economy ?? DEFAULT_GIFT_ECONOMY;
    this.cashOut = options.cashOut ?? DEFAULT_CASH_OUT_POLICY;
    this.quote = options.quote ?? ((input) => quoteRecharge(input));
    this.viewerId = partyIdSchema.parse(options.viewerId ?? DEFAULT_VIEWER_ID);
    this.timeZone = timeZoneSchema.parse(options.timeZone ?? 'UTC');
    this.account = viewerAccount(this.viewerId);
  }

  get paymentMode(): 'test' | 'live' {
    return this.payments.mode;
  }

  private context() {
    return { now: this.clock.now(), timeZone: this.timeZone };
  }

  balance(): Promise<number> {
    return this.storage.read((tx) => tx.balance(this.account));
  }

  creatorDiamonds(creator: string): Promise<number> {
    return this.storage.read((tx) => tx.balance(creatorAccount(parse(partyIdSchema, creator))));
  }

  async cashOutEstimate(creator: string): Promise<CashOutEstimate> {
    return estimateCashOut(await this.creatorDiamonds(creator), this.cashOut);
  }

  // ---- limits and approvals -------------------------------------------------------------------

  async getPolicy(): Promise<LimitPolicy> {
    return this.storage.read(async (tx) => this.policyFrom(await tx.getDocument('settings', POLICY_SETTING)));
  }

  private policyFrom(record: { value: unknown } | undefined): LimitPolicy {
    if (!record) return NO_LIMITS;
    const parsed = limitPolicySchema.safeParse(record.value);
    if (!parsed.success) throw new WalletError('corrupt-record', 'The stored limit settings are unreadable; nothing was spent.');
    return parsed.data;
  }

  /** Saves the budget and parental limits. Checking the parent's PIN is the caller's job. */
  async setPolicy(policy: LimitPolicy): Promise<LimitPolicy> {
    const valid = parse(limitPolicySchema, policy);
    await this.storage.write((tx) => tx.putDocument('settings', { id: POLICY_SETTING, value: valid }));
    return valid;
  }

  /**
   * Evaluates the limits for an action inside the caller's transaction. A parental block raises (or
   * finds) the approval request bound to the action's idempotency key; once a parent approves it, a retry
   * with the same key for the same coins goes through.
   */
  private async checkLimits(
    tx: WalletWriteTx,
    action: LimitAction,
    idempotencyKey: string,
    subject: string,
  ): Promise<Refusal | { usedPercent: number } | null> {
    const now = this.clock.now();
    const [setting, usage] = await Promise.all([
      tx.getDocument('settings', POLICY_SETTING),
      limitUsage(tx, this.account, now, this.timeZone),
    ]);
    const policy = this.policyFrom(setting);
    const decision = evaluateLimits({ action, policy, usage });
    if (decision.outcome === 'allow') return null;
    if (decision.outcome === 'warn') return { usedPercent: decision.usedPercent };
    if (decision.scope === 'budget' || decision.limit === 'budget') return new Refusal(new WalletError('over-budget', decision.message));
    const approvalId = `ap-${idempotencyKey}`;
    const stored = await tx.getDocument('approvals', approvalId);
    const existing = stored ? expireIfDue(stored, now) : undefined;
    if (existing && existing !== stored) await tx.putDocument('approvals', existing);
    if (existing?.state === 'approved') {
      // A parent's yes covers the parental limits only; the viewer's own budget still applies.
      const own = evaluateLimits({ action, policy: { ...policy, parental: NO_LIMITS.parental }, usage });
      if (own.outcome === 'block') return new Refusal(new WalletError('over-budget', own.message));
      return own.outcome === 'warn' ? { usedPercent: own.usedPercent } : null;
    }
    if (!existing) {
      await tx.putDocument('approvals', requestApproval({ id: approvalId, action, limit: decision.limit, subject, now }));
    }
    const code = decision.limit === 'rechargesLocked' ? 'recharges-locked' : 'over-parental-limit';
    const state = existing?.state ?? 'pending';
    const tail =
      state === 'pending'
        ? ' A request was sent to your parent.'
        : state === 'declined'
          ? ' A parent declined this request.'
          : ' The approval request expired after 24 hours; try again to ask anew.';
    return new Refusal(new WalletError(code, decision.message + tail, { approvalId }));
  }

  async listApprovals(state?: ApprovalRequest['state']): Promise<ApprovalRequest[]> {
    await this.expireApprovals();
    const all = await this.storage.read((tx) => tx.listDocuments('approvals', state));
    return all.sort((a, b) => b.requestedAt - a.requestedAt);
  }

  /** Marks every pending request older than 24 hours expired; returns how many. */
  async expireApprovals(): Promise<number> {
    const now = this.clock.now();
    return this.storage.write(async (tx) => {
      let expired = 0;
      for (const request of await tx.listDocuments('approvals', 'pending')) {
        const next = expireIfDue(request, now);
        if (next !== request) {
          await tx.putDocument('approvals', next);
          expired++;
        }
      }
      return expired;
    });
  }

  approve(approvalId: string): Promise<ApprovalRequest> {
    return this.answer(approvalId, approveRequest);
  }

  decline(approvalId: string): Promise<ApprovalRequest> {
    return this.answer(approvalId, declineRequest);
  }

  private async answer(approvalId: string, move: (request: ApprovalRequest, now: number) => ApprovalRequest) {
    const now = this.clock.now();
    return this.storage
      .write(async (tx) => {
        const request = await tx.getDocument('approvals', approvalId);
        if (!request) throw new WalletError('invalid-request', `There is no approval request ${approvalId}.`);
        const next = approvalRequestSchema.parse(move(request, now));
        await tx.putDocument('approvals', next);
        return next;
      })
      .catch((error: unknown) => {
        // An expired request is still recorded as expired, even though the answer was refused.
        throw asWalletError(error);
      });
  }

  // ---- recharges ------------------------------------------------------------------------------

  /**
   * Buys coins: limits, then refusal of a second purchase of the same pack while one is pending, then a
   * recharge record with its paymentId stored BEFORE the provider is called, then the charge. A success
   * settles (coins credited once, receipt issued); a pending payment settles later via refreshPending().
   * Retrying with the same key never charges or credits twice.
   */
  async recharge(input: RechargeInput): Promise<RechargeResult> {
    const request = parse(rechargeInputSchema, input);
    const quote =
      request.packId !== undefined
        ? this.quote({ region: request.region, packId: request.packId })
        : this.quote({ region: request.region, customCoins: request.customCoins! });
    const instrument = summarizeInstrument(request.instrument);
    const rechargeId = `rc-${request.idempotencyKey}`;
    const now = this.clock.now();
    const started = await this.storage.write(async (tx) => {
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
      await refuseKeyOfOtherApproval(tx, request.idempotencyKey, { kind: 'recharge', coins: quote.coins });
      const subject = `Recharge ${quote.coins.toLocaleString('en-US')} coins`;
      const limit = await this.checkLimits(tx, { kind: 'recharge', coins: quote.coins }, request.idempotencyKey, subject);
      if (limit instanceof Refusal) return limit;
      const inFlight = [
        ...(await tx.listDocuments('recharges', 'created')),
        ...(await tx.listDocuments('recharges', 'pending')),
      ];
      const duplicate = pendingDuplicateOf(inFlight, quote);
      if (duplicate) return new Refusal(new WalletError('recharge-pending', pendingDuplicateMessage(duplicate)));
      const record = createRecharge({
        id: rechargeId,
        idempotencyKey: request.idempotencyKey,
        quote,
        instrument,
        paymentId: `pay-${request.idempotencyKey}`,
        now,
      });
      await tx.putDocument('recharges', record);
      return record;
    });
    if (started instanceof Refusal) throw started.error;
    if (started.state === 'settled' || started.state === 'failed') return this.rechargeOutcome(started);
    let outcome: ChargeOutcome;
    try {
      outcome = await this.payments.charge({
        paymentId: started.paymentId,
        amountMinor: quote.totalMinor,
        currency: quote.currency,
        region: quote.region,
        instrument: request.instrument,
      });
    } catch {
      // The answer was lost: the payment may or may not exist. Keep it pending and ask again later.
      outcome = { status: 'pending', providerRef: 'unknown' };
    }
    return this.rechargeOutcome(await this.applyOutcome(started.id, outcome));
  }

  private async rechargeOutcome(record: RechargeRecord): Promise<RechargeResult> {
    if (record.state === 'failed') {
      throw new WalletError('payment-failed', `The payment failed (${record.failureReason}); no coins were added and nothing was charged.`, {
        paymentFailure: record.failureReason!,
      });
    }
    return this.storage.read(async (tx) => ({
      recharge: record,
      receipt: record.receiptId ? ((await tx.getDocument('receipts', record.receiptId)) ?? null) : null,
      balance: await tx.balance(this.account),
    }));
  }

  /** Applies a provider's answer exactly once: a final recharge ignores later answers. */
  private async applyOutcome(rechargeId: string, outcome: ChargeOutcome): Promise<RechargeRecord> {
    const context = this.context();
    return this.storage
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
            viewerId: this.viewerId,
            coins: record.quote.coins,
            idempotencyKey: `settle:${record.id}`,
            packId: record.quote.packId,
            rechargeId: record.id,
          }),
          context,
        );
        const receipt: ReceiptRecord = {
          id: `rcpt-${posted.transfer.id}`,
          transferId: posted.transfer.id,
          kind: 'recharge',
          issuedAt: posted.transfer.createdAt,
          coins: record.quote.coins,
          description: `${record.quote.coins.toLocaleString('en-US')} coins${this.payments.mode === 'test' ? ' (TEST MODE)' : ''}`,
          payment: {
            currency: record.quote.currency,
            subtotalMinor: record.quote.subtotalMinor,
            taxMinor: record.quote.taxMinor,
            totalMinor: record.quote.totalMinor,
            taxLabel: record.quote.taxLabel,
            paymentId: record.paymentId,
            providerRef: outcome.providerRef,
            testMode: this.payments.mode === 'test',
          },
        };
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
  async refreshPending(): Promise<RechargeRecord[]> {
    const now = this.clock.now();
    const open = await this.storage.read(async (tx) => [
      ...(await tx.listDocuments('recharges', 'created')).filter((record) => now - record.createdAt >= CREATED_GRACE_MS),
      ...(await tx.listDocuments('recharges', 'pending')),
    ]);
    const changed: RechargeRecord[] = [];
    for (const record of open) {
      let outcome: ChargeOutcome;
      try {
        outcome = await this.payments.lookup(record.paymentId);
      } catch {
        continue; // Still unknown: try again on the next refresh.
      }
      const next = await this.applyOutcome(record.id, outcome);
      if (next.state !== record.state) changed.push(next);
    }
    return changed;
  }

  listRecharges(state?: RechargeRecord['state']): Promise<RechargeRecord[]> {
    return this.storage.read((tx) => tx.listDocuments('recharges', state));
  }

  // ---- gifts ----------------------------------------------------------------------------------

  /** Sends a gift (times count): coins leave the viewer, diamonds reach the creator and the platform share. */
  async sendGift(input: GiftInput): Promise<GiftResult> {
    const request = parse(giftInputSchema, input);
    const gift = findGift(this.catalog, request.giftId);
    if (!gift) throw new WalletError('unknown-gift', `There is no gift "${request.giftId}".`);
    const coins = gift.coins * request.count;
    if (!Number.isSafeInteger(coins)) throw new WalletError('invalid-request', 'That many gifts cost more coins than a wallet can hold.');
    const context = this.context();
    const transfer = giftTransferRequest({ ...request, viewerId: this.viewerId, unitCoins: gift.coins }, this.economy);
    const outcome = await this.storage
      .write(async (tx): Promise<Refusal | { posted: PostResult; warning: { usedPercent: number } | null }> => {
        const [applied, balance] = await Promise.all([
          tx.transferByKey(request.idempotencyKey),
          tx.balance(this.account),
          refuseKeyOfRecharge(tx, request.idempotencyKey),
          refuseKeyOfOtherApproval(tx, request.idempotencyKey, { kind: 'gift', coins }),
        ]);
        // A retry of an applied gift returns its first result, whatever the limits say now.
        if (applied) return { posted: await postTransfer(tx, transfer, context), warning: null };
        if (coins > balance) {
          throw new WalletError('insufficient-coins', `${gift.name} ×${request.count} costs ${coins} coins; you have ${balance}.`);
        }
        const subject = `${gift.name} ×${request.count} to ${request.creator}`;
        const limit = await this.checkLimits(tx, { kind: 'gift', coins }, request.idempotencyKey, subject);
        if (limit instanceof Refusal) return limit;
        const posted = await postTransfer(tx, transfer, context);
        await tx.putDocument('receipts', {
          id: `rcpt-${posted.transfer.id}`,
          transferId: posted.transfer.id,
          kind: 'gift',
          issuedAt: posted.transfer.createdAt,
          coins,
          description: `${subject} on stream ${request.stream}`,
          payment: null,
        });
        return { posted, warning: limit };
      })
      .catch((error: unknown) => {
        throw asWalletError(error);
      });
    if (outcome instanceof Refusal) throw outcome.error;
    return this.giftResult(outcome.posted, outcome.warning);
  }

  private giftResult({ transfer, entries, replayed }: PostResult, warning: { usedPercent: number } | null): GiftResult {
    const coins = -entries.find((entry) => entry.account === this.account)!.amount;
    const split = splitGiftDiamonds(coins, this.economy);
    return {
      transferId: transfer.id,
      receiptId: `rcpt-${transfer.id}`,
      giftId: transfer.memo.giftId!,
      count: transfer.memo.count!,
      coins,
      creator: transfer.memo.creator!,
      stream: transfer.memo.stream!,
      creatorDiamonds: entries.find((entry) => entry.account === creatorAccount(transfer.memo.creator!))?.amount ?? 0,
      platformDiamonds: split.platformDiamonds,
      balanceAfter: entries.find((entry) => entry.account === this.account)!.balanceAfter,
      createdAt: transfer.createdAt,
      budgetWarning: warning,
      replayed,
    };
  }

  // ---- corrections ----------------------------------------------------------------------------

  /** Reverses a whole transfer with a new, opposite one (never an edit); refused if a wallet would go negative. */
  async reverse(input: { idempotencyKey: string; transferId: string; reason: string }): Promise<TransferRecord> {
    const request = parse(
      z.object({ idempotencyKey: serviceKeySchema, transferId: z.string().min(1), reason: z.string().min(1).max(500) }),
      input,
    );
    const context = this.context();
    return this.storage.write(async (tx) => {
      await refuseKeyOfRecharge(tx, request.idempotencyKey);
      const posted = await postReversal(tx, request, context);
      if (!posted.replayed) {
        await tx.putDocument('receipts', {
          id: `rcpt-${posted.transfer.id}`,
          transferId: posted.transfer.id,
          kind: 'reversal',
          issuedAt: posted.transfer.createdAt,
          coins: Math.abs(posted.entries.find((entry) => entry.unit === 'coins' && entry.account === this.account)?.amount ?? 0),
          description: `Reversal of ${request.transferId}: ${request.reason}`,
          payment: null,
        });
      }
      return posted.transfer;
    });
  }

  // ---- history --------------------------------------------------------------------------------

  /** One page of the viewer's entries, newest first, filtered by type and date range. */
  history(input: HistoryInput = {}): Promise<HistoryPage> {
    const query = parse(historyInputSchema, input);
    return this.storage.read((tx) => tx.historyPage({ account: this.account, ...query }));
  }

  /** Recharged, spent and spent per creator in a month ('YYYY-MM', the viewer's time zone): one read. */
  async monthlySummary(month: string): Promise<MonthlySummaryRecord> {
    parse(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), month);
    return (await this.storage.read((tx) => tx.monthlySummary(this.account, month))) ?? emptyMonthlySummary(this.account, month);
  }

  receipt(receiptId: string): Promise<ReceiptRecord | undefined> {
    return this.storage.read((tx) => tx.getDocument('receipts', receiptId));
  }

  /** The history matching a filter as CSV, read page by page. */
  async exportCsv(filter: { kind?: TransferKind; fromMs?: number; toMs?: number } = {}): Promise<string> {
    const entries: LedgerEntryRecord[] = [];
    let cursor: string | null = null;
    do {
      const page = await this.history({ ...filter, cursor, limit: 500 });
      entries.push(...page.entries);
      cursor = page.nextCursor;
    } while (cursor);
    return historyToCsv(entries);
  }

  // ---- whole wallet ---------------------------------------------------------------------------

  async verify(): Promise<LedgerReport> {
    return verifyLedger(await this.storage.exportRecords());
  }

  async exportBackup(): Promise<WalletBackup> {
    return toWalletBackup(await this.storage.exportRecords(), this.clock.now());
  }

  /** Checks a backup completely without writing anything; throws 'invalid-request' naming every problem. */
  checkBackup(backup: unknown): RestoredWallet {
    return parseWalletBackup(backup, this.timeZone);
  }

  /** Replaces the wallet's ledger with a checked backup in one write; the parents' controls stay as they are. */
  restoreBackup(restored: RestoredWallet): Promise<void> {
    return restoreKeepingControls(this.storage, restored);
  }

  /** Replaces the wallet with a backup, or changes nothing: everything is checked before one write. */
  async importBackup(backup: unknown): Promise<void> {
    await this.restoreBackup(this.checkBackup(backup));
  }
}
