import { z } from 'zod';
import { monthlySummaryKey, type MonthlySummaryRecord } from '../history/history-records';
import { addToMonthlySummary, emptyMonthlySummary, summaryKindOf, summaryPeriods } from '../history/monthly-summary';
import type { WalletReadTx, WalletWriteTx } from '../ports/wallet-storage';
import { WalletError } from '../wallet-error';
import { accountKind, mustStayNonNegative, unitOfAccount } from './accounts';
import { canonicalJson } from './fingerprint';
import {
  legSchema,
  type LedgerEntryRecord,
  type Leg,
  type TransferKind,
  type TransferMemo,
  type TransferRecord,
} from './ledger-records';

export interface TransferRequest {
  idempotencyKey: string;
  kind: Exclude<TransferKind, 'reversal'>;
  legs: Leg[];
  memo?: TransferMemo;
  /** What the caller asked for, compared on a retry; defaults to the legs and memo. */
  params?: unknown;
}

export interface PostContext {
  now: number;
  /** The viewer's time zone: monthly and daily totals bucket by its calendar. */
  timeZone: string;
}

export interface PostResult {
  transfer: TransferRecord;
  entries: LedgerEntryRecord[];
  /** True when the key had already been applied and nothing new was posted. */
  replayed: boolean;
}

/**
 * Everything posting a transfer reads, fetched in one go: inside one IndexedDB transaction the requests
 * queue together, so a transfer costs one round of reads and one round of writes however many legs it has.
 */
export interface TransferReads {
  /** The transfer already posted under this key, if any. */
  previous: TransferRecord | undefined;
  lastSeq: number;
  /** Opening balance of every account a leg touches. */
  balances: Map<string, number>;
  /** The viewer accounts' current month and day totals, by `monthlySummaryKey`. */
  summaries: Map<string, MonthlySummaryRecord | undefined>;
  /** For a reversal: the transfer it reverses. */
  original: TransferRecord | undefined;
}

/** Issues every read a transfer needs together; `readTransfer(...)` then `writeTransfer(...)` is `postTransfer`. */
export async function readTransfer(
  tx: WalletReadTx,
  request: { idempotencyKey: string; legs: readonly Leg[]; reverses?: string | null },
  context: PostContext,
): Promise<TransferReads> {
  const legs = Array.isArray(request.legs) ? request.legs : [];
  const accounts = [...new Set(legs.map((leg) => leg.account))];
  const periods = summaryPeriods(context.now, context.timeZone);
  const summaryKeys = accounts
    .filter((account) => accountKind(account) === 'viewer')
    .flatMap((account) => periods.map((period) => ({ account, period })));
  const [previous, lastSeq, original, balances, summaries] = await Promise.all([
    tx.transferByKey(request.idempotencyKey),
    tx.lastSeq(),
    request.reverses ? tx.transfer(request.reverses) : undefined,
    Promise.all(accounts.map((account) => tx.balance(account))),
    Promise.all(summaryKeys.map(({ account, period }) => tx.monthlySummary(account, period))),
  ]);
  return {
    previous,
    lastSeq,
    original,
    balances: new Map(accounts.map((account, index) => [account, balances[index]!])),
    summaries: new Map(summaryKeys.map(({ account, period }, index) => [monthlySummaryKey(account, period), summaries[index]])),
  };
}

/** Same key, same request: the first result. Same key, another request: refused. */
async function replay(tx: WalletReadTx, previous: TransferRecord | undefined, idempotencyKey: string, fingerprint: string): Promise<PostResult | undefined> {
  if (!previous) return undefined;
  if (previous.fingerprint !== fingerprint) {
    throw new WalletError(
      'idempotency-conflict',
      `The request key "${idempotencyKey}" was already used for a different operation; nothing was changed.`,
    );
  }
  return { transfer: previous, entries: await tx.entriesOfTransfer(previous.id), replayed: true };
}

function checkLegs(legs: Leg[]): void {
  const parsed = z.array(legSchema).min(2).safeParse(legs);
  if (!parsed.success) throw new WalletError('invalid-request', `Invalid transfer legs: ${z.prettifyError(parsed.error)}`);
  const sums = new Map<string, bigint>();
  const viewers = new Set<string>();
  for (const leg of legs) {
    if (unitOfAccount(leg.account) !== leg.unit) {
      throw new WalletError('invalid-request', `Account ${leg.account} does not hold ${leg.unit}.`);
    }
    if (accountKind(leg.account) === 'viewer') viewers.add(leg.account);
    sums.set(leg.unit, (sums.get(leg.unit) ?? 0n) + BigInt(leg.amount));
  }
  for (const [unit, sum] of sums) {
    if (sum !== 0n) throw new WalletError('invalid-request', `The ${unit} legs of a transfer must sum to zero (they sum to ${sum}).`);
  }
  // Coins are bought and spent, never handed from one viewer to another.
  if (viewers.size > 1) throw new WalletError('invalid-request', 'Coins cannot move between viewers.');
}

/** The viewer accounts' month and day totals with this transfer's entries added. */
function updatedSummaries(transfer: TransferRecord, entries: LedgerEntryRecord[], reads: TransferReads, timeZone: string): MonthlySummaryRecord[] {
  const kind = summaryKindOf(transfer, reads.original);
  if (!kind) return [];
  const updated = new Map<string, MonthlySummaryRecord>();
  for (const entry of entries) {
    if (accountKind(entry.account) !== 'viewer') continue;
    for (const period of summaryPeriods(entry.createdAt, timeZone)) {
      const key = monthlySummaryKey(entry.account, period);
      const summary = updated.get(key) ?? reads.summaries.get(key) ?? emptyMonthlySummary(entry.account, period);
      updated.set(key, addToMonthlySummary(summary, entry, kind));
    }
  }
  return [...updated.values()];
}

async function append(
  tx: WalletWriteTx,
  fields: Omit<TransferRecord, 'id' | 'seq' | 'createdAt'>,
  reads: TransferReads,
  context: PostContext,
  alongside: (transfer: TransferRecord) => Promise<unknown>,
): Promise<PostResult> {
  const opening = reads.balances;
  const next = new Map(opening);
  for (const leg of fields.legs) next.set(leg.account, next.get(leg.account)! + leg.amount);
  for (const [account, balance] of next) {
    if (balance < 0 && mustStayNonNegative(account)) {
      const have = balance - fields.legs.filter((leg) => leg.account === account).reduce((sum, leg) => sum + leg.amount, 0);
      throw new WalletError(
        accountKind(account) === 'viewer' ? 'insufficient-coins' : 'invalid-request',
        `This needs ${have - balance} ${unitOfAccount(account)}; ${account} has ${have}.`,
      );
    }
    if (!Number.isSafeInteger(balance)) throw new WalletError('invalid-request', `The balance of ${account} would overflow.`);
  }
  const seq = reads.lastSeq + 1;
  const transfer: TransferRecord = { ...fields, id: `tr-${seq}`, seq, createdAt: context.now };
  const running = new Map<string, number>();
  const entries: LedgerEntryRecord[] = [];
  for (const [index, leg] of transfer.legs.entries()) {
    const balanceAfter = (running.get(leg.account) ?? opening.get(leg.account)!) + leg.amount;
    running.set(leg.account, balanceAfter);
    entries.push({
      seq: seq + 1 + index,
      transferId: transfer.id,
      idempotencyKey: transfer.idempotencyKey,
      account: leg.account,
      unit: leg.unit,
      amount: leg.amount,
      balanceAfter,
      kind: transfer.kind,
      memo: transfer.memo,
      createdAt: transfer.createdAt,
    });
  }
  // Every write goes out together; the unique index on the key still refuses a second transfer under it.
  await Promise.all([
    tx.addTransfer(transfer, entries),
    ...[...running].map(([account, balance]) => tx.putBalance({ account, unit: unitOfAccount(account)!, balance })),
    ...updatedSummaries(transfer, entries, reads, context.timeZone).map((summary) => tx.putMonthlySummary(summary)),
    alongside(transfer),
  ]);
  return { transfer, entries, replayed: false };
}

const nothingAlongside = async () => undefined;

/**
 * Posts one balanced transfer inside the caller's write transaction, exactly once per idempotency key.
 * Refuses unbalanced legs, wrong units, coins between viewers and any wallet going below zero.
 * `reads` lets a caller fetch them together with its own; `alongside` writes a record in the same round
 * as the transfer (a receipt), and is skipped on a replay.
 */
export async function postTransfer(
  tx: WalletWriteTx,
  request: TransferRequest,
  context: PostContext,
  options: { reads?: TransferReads; alongside?: (transfer: TransferRecord) => Promise<unknown> } = {},
): Promise<PostResult> {
  const memo = request.memo ?? {};
  const fingerprint = canonicalJson({ kind: request.kind, params: request.params ?? { legs: request.legs, memo } });
  const reads = options.reads ?? (await readTransfer(tx, request, context));
  const replayed = await replay(tx, reads.previous, request.idempotencyKey, fingerprint);
  if (replayed) return replayed;
  checkLegs(request.legs);
  return append(
    tx,
    { idempotencyKey: request.idempotencyKey, fingerprint, kind: request.kind, legs: request.legs, memo, reverses: null },
    reads,
    context,
    options.alongside ?? nothingAlongside,
  );
}

export interface ReversalRequest {
  idempotencyKey: string;
  transferId: string;
  reason: string;
}

/** Corrects a transfer by posting its exact opposite; the original stays as it was. Once per transfer. */
export async function postReversal(
  tx: WalletWriteTx,
  request: ReversalRequest,
  context: PostContext,
): Promise<PostResult> {
  const fingerprint = canonicalJson({ kind: 'reversal', params: { transferId: request.transferId, reason: request.reason } });
  const [previous, original] = await Promise.all([tx.transferByKey(request.idempotencyKey), tx.transfer(request.transferId)]);
  const replayed = await replay(tx, previous, request.idempotencyKey, fingerprint);
  if (replayed) return replayed;
  if (!original) throw new WalletError('invalid-request', `There is no transfer ${request.transferId} to reverse.`);
  if (original.kind === 'reversal') throw new WalletError('invalid-request', 'A reversal cannot itself be reversed.');
  const earlier = await tx.reversalOf(original.id);
  if (earlier) throw new WalletError('invalid-request', `Transfer ${original.id} was already reversed by ${earlier.id}.`);
  const legs = original.legs.map((leg) => ({ ...leg, amount: -leg.amount }));
  const reads = await readTransfer(tx, { idempotencyKey: request.idempotencyKey, legs, reverses: original.id }, context);
  return append(
    tx,
    {
      idempotencyKey: request.idempotencyKey,
      fingerprint,
      kind: 'reversal',
      legs,
      memo: { ...original.memo, reason: request.reason },
      reverses: original.id,
    },
    reads,
    context,
    nothingAlongside,
  );
}
