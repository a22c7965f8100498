import { z } from 'zod';
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

/** Same key, same request: the first result. Same key, another request: refused. */
async function replay(tx: WalletReadTx, idempotencyKey: string, fingerprint: string): Promise<PostResult | undefined> {
  const previous = await tx.transferByKey(idempotencyKey);
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

async function updateMonthlySummaries(tx: WalletWriteTx, transfer: TransferRecord, entries: LedgerEntryRecord[], timeZone: string) {
  const original = transfer.reverses ? await tx.transfer(transfer.reverses) : undefined;
  const kind = summaryKindOf(transfer, original);
  if (!kind) return;
  for (const entry of entries) {
    if (accountKind(entry.account) !== 'viewer') continue;
    await Promise.all(
      summaryPeriods(entry.createdAt, timeZone).map(async (period) => {
        const summary = (await tx.monthlySummary(entry.account, period)) ?? emptyMonthlySummary(entry.account, period);
        await tx.putMonthlySummary(addToMonthlySummary(summary, entry, kind));
      }),
    );
  }
}

async function append(
  tx: WalletWriteTx,
  fields: Omit<TransferRecord, 'id' | 'seq' | 'createdAt'>,
  context: PostContext,
): Promise<PostResult> {
  // Independent reads go out together: inside one IndexedDB transaction they queue without round trips.
  const accounts = [...new Set(fields.legs.map((leg) => leg.account))];
  const [lastSeq, ...before] = await Promise.all([tx.lastSeq(), ...accounts.map((account) => tx.balance(account))]);
  const opening = new Map(accounts.map((account, index) => [account, before[index]!]));
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
  const seq = lastSeq! + 1;
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
  await Promise.all([
    tx.addTransfer(transfer, entries),
    ...[...running].map(([account, balance]) => tx.putBalance({ account, unit: unitOfAccount(account)!, balance })),
  ]);
  await updateMonthlySummaries(tx, transfer, entries, context.timeZone);
  return { transfer, entries, replayed: false };
}

/**
 * Posts one balanced transfer inside the caller's write transaction, exactly once per idempotency key.
 * Refuses unbalanced legs, wrong units, coins between viewers and any wallet going below zero.
 */
export async function postTransfer(tx: WalletWriteTx, request: TransferRequest, context: PostContext): Promise<PostResult> {
  const memo = request.memo ?? {};
  const fingerprint = canonicalJson({ kind: request.kind, params: request.params ?? { legs: request.legs, memo } });
  const replayed = await replay(tx, request.idempotencyKey, fingerprint);
  if (replayed) return replayed;
  checkLegs(request.legs);
  return append(
    tx,
    { idempotencyKey: request.idempotencyKey, fingerprint, kind: request.kind, legs: request.legs, memo, reverses: null },
    context,
  );
}

export interface ReversalRequest {
  idempotencyKey: string;
  transferId: string;
  reason: string;
}

/** Corrects a transfer by posting its exact opposite; the original stays as it was. Once per transfer. */
export async function postReversal(tx: WalletWriteTx, request: ReversalRequest, context: PostContext): Promise<PostResult> {
  const fingerprint = canonicalJson({ kind: 'reversal', params: { transferId: request.transferId, reason: request.reason } });
  const replayed = await replay(tx, request.idempotencyKey, fingerprint);
  if (replayed) return replayed;
  const original = await tx.transfer(request.transferId);
  if (!original) throw new WalletError('invalid-request', `There is no transfer ${request.transferId} to reverse.`);
  if (original.kind === 'reversal') throw new WalletError('invalid-request', 'A reversal cannot itself be reversed.');
  const earlier = await tx.reversalOf(original.id);
  if (earlier) throw new WalletError('invalid-request', `Transfer ${original.id} was already reversed by ${earlier.id}.`);
  const legs = original.legs.map((leg) => ({ ...leg, amount: -leg.amount }));
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
    context,
  );
}
