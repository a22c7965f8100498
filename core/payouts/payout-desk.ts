import { z } from 'zod';
import { callerKeySchema } from '../derived-keys';
import { DEFAULT_CASH_OUT_POLICY, type CashOutPolicy } from '../gifts/cash-out';
import { creatorAccount, payoutPendingAccount } from '../ledger/accounts';
import type { LedgerEntryRecord, TransferRecord } from '../ledger/ledger-records';
import { postReversal, postTransfer, type PostContext } from '../ledger/post-transfer';
import { systemClock, type Clock } from '../ports/clock';
import type { WalletReadTx, WalletStorage } from '../ports/wallet-storage';
import { WalletError } from '../wallet-error';
import { PayoutError } from './payout-error';
import { payoutsFromEntries, type PayoutView } from './payout-records';
import { payoutRefusal } from './payout-rules';
import { paidKeyOf, payoutIdOf, payoutPaidTransfer, payoutRequestTransfer, rejectedKeyOf, requestKeyOf } from './payout-transfers';

/** What a creator sends to be paid: a key chosen before the call, and a whole number of diamonds. */
export const payoutRequestInputSchema = z
  .object({
    idempotencyKey: callerKeySchema,
    diamonds: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  })
  .strict();
export type PayoutRequestInput = z.infer<typeof payoutRequestInputSchema>;

export const payoutDecisionInputSchema = z.object({ note: z.string().trim().max(300).default('') }).strict();
export const payoutRejectionInputSchema = z.object({ reason: z.string().trim().min(1).max(300) }).strict();

export interface PayoutDeskOptions {
  /** Storage whose write transactions serialise this creator's payout operations. */
  storage: WalletStorage;
  creatorId: string;
  policy?: CashOutPolicy;
  clock?: Clock;
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new WalletError('invalid-request', z.prettifyError(parsed.error));
  return parsed.data;
}

/**
 * One creator's payouts on the ledger. Nothing is ever edited: a request is a transfer to the pending
 * account (once per key, only at or above the minimum, never above the balance), paid is a transfer out
 * of it, and a rejection is the request's reversal, which returns the diamonds.
 */
export class PayoutDesk {
  private readonly storage: WalletStorage;
  readonly creatorId: string;
  readonly policy: CashOutPolicy;
  private readonly clock: Clock;

  constructor(options: PayoutDeskOptions) {
    this.storage = options.storage;
    this.creatorId = options.creatorId;
    this.policy = options.policy ?? DEFAULT_CASH_OUT_POLICY;
    this.clock = options.clock ?? systemClock;
  }

  private context(): PostContext {
    return { now: this.clock.now(), timeZone: 'UTC' };
  }

  /** The creator's diamonds and what is waiting to be paid. */
  balances(): Promise<{ diamonds: number; pendingDiamonds: number }> {
    return this.storage.read(async (tx) => {
      const [diamonds, pendingDiamonds] = await Promise.all([tx.balance(creatorAccount(this.creatorId)), tx.balance(payoutPendingAccount(this.creatorId))]);
      return { diamonds, pendingDiamonds };
    });
  }

  /** Asks to be paid: the same key replays the same payout; another amount under it is refused. */
  async request(input: unknown): Promise<PayoutView> {
    const { idempotencyKey, diamonds } = parse(payoutRequestInputSchema, input);
    const request = payoutRequestTransfer(this.creatorId, idempotencyKey, diamonds, this.policy);
    await this.storage.write(async (tx) => {
      // A replay answers what was done, even if the balance has changed since.
      if (!(await tx.transferByKey(request.idempotencyKey))) {
        const refusal = payoutRefusal(diamonds, await tx.balance(creatorAccount(this.creatorId)), this.policy);
        if (refusal) throw refusal;
      }
      await postTransfer(tx, request, this.context());
    });
    return this.get(payoutIdOf(idempotencyKey));
  }

  /** The operator paid it. Marking a paid payout paid again changes nothing; a rejected one is refused. */
  async markPaid(payoutId: string, input: unknown = {}): Promise<PayoutView> {
    const { note } = parse(payoutDecisionInputSchema, input);
    await this.storage.write(async (tx) => {
      const request = await this.pendingRequest(tx, payoutId, 'paid');
      if (request) await postTransfer(tx, payoutPaidTransfer(request, note), this.context());
    });
    return this.get(payoutId);
  }

  /** The operator refused it: the request is reversed and the diamonds are the creator's again. */
  async reject(payoutId: string, input: unknown): Promise<PayoutView> {
    const { reason } = parse(payoutRejectionInputSchema, input);
    await this.storage.write(async (tx) => {
      const request = await this.pendingRequest(tx, payoutId, 'rejected');
      if (request) await postReversal(tx, { idempotencyKey: rejectedKeyOf(payoutId), transferId: request.id, reason }, this.context());
    });
    return this.get(payoutId);
  }

  /** The request still waiting for a decision; undefined when it already has `wanted`; refused otherwise. */
  private async pendingRequest(tx: WalletReadTx, payoutId: string, wanted: 'paid' | 'rejected'): Promise<TransferRecord | undefined> {
    const request = await tx.transferByKey(requestKeyOf(payoutId));
    if (!request || request.kind !== 'payout-request' || request.memo.creator !== this.creatorId) {
      throw new PayoutError('unknown-payout', `There is no payout "${payoutId}" of ${this.creatorId}.`);
    }
    const [paid, rejected] = await Promise.all([tx.transferByKey(paidKeyOf(payoutId)), tx.reversalOf(request.id)]);
    const state = paid ? 'paid' : rejected ? 'rejected' : 'pending';
    if (state === 'pending') return request;
    if (state === wanted) return undefined;
    throw new PayoutError('payout-decided', `Payout "${payoutId}" was already ${state}; it cannot be ${wanted} now.`);
  }

  async get(payoutId: string): Promise<PayoutView> {
    const payout = (await this.list()).find((candidate) => candidate.id === payoutId);
    if (!payout) throw new PayoutError('unknown-payout', `There is no payout "${payoutId}" of ${this.creatorId}.`);
    return payout;
  }

  /** Every payout of this creator, newest first, in every state. */
  list(): Promise<PayoutView[]> {
    return this.storage.read(async (tx) => {
      const entries: LedgerEntryRecord[] = [];
      let cursor: string | null = null;
      do {
        const page = await tx.historyPage({ account: payoutPendingAccount(this.creatorId), cursor, limit: 500 });
        entries.push(...page.entries);
        cursor = page.nextCursor;
      } while (cursor);
      return payoutsFromEntries(entries);
    });
  }
}
