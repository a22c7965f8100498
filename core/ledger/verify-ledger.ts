import { mustStayNonNegative, unitOfAccount } from './accounts';
import type { BalanceRecord, LedgerEntryRecord, TransferRecord } from './ledger-records';

export type LedgerProblemCode =
  | 'unbalanced-transfer'
  | 'unit-mismatch'
  | 'unit-sum-not-zero'
  | 'duplicate-idempotency-key'
  | 'duplicate-id'
  | 'entries-do-not-match-legs'
  | 'orphan-entry'
  | 'running-balance-mismatch'
  | 'negative-wallet'
  | 'balance-mismatch'
  | 'reversal-of-unknown-transfer'
  | 'reversal-of-reversal'
  | 'reversed-twice'
  | 'reversal-legs-mismatch';

export interface LedgerProblem {
  code: LedgerProblemCode;
  message: string;
  transferId?: string;
  account?: string;
}

export interface LedgerSnapshot {
  transfers: readonly TransferRecord[];
  entries: readonly LedgerEntryRecord[];
  balances: readonly BalanceRecord[];
}

export interface LedgerReport {
  ok: boolean;
  problems: LedgerProblem[];
}

const legKey = (account: string, unit: string, amount: number) => `${account}|${unit}|${amount}`;

/**
 * Exact per-key sums of whole amounts: plain numbers while they stay safe integers, BigInt only past
 * that, so a ledger of 100,000 transfers is summed without a BigInt per leg.
 */
class ExactSums {
  private readonly sums = new Map<string, number | bigint>();

  add(key: string, amount: number): void {
    const prior = this.sums.get(key) ?? 0;
    if (typeof prior === 'bigint') return void this.sums.set(key, prior + BigInt(amount));
    const sum = prior + amount;
    this.sums.set(key, Number.isSafeInteger(sum) ? sum : BigInt(prior) + BigInt(amount));
  }

  /** Every key whose sum is not zero, with its sum. */
  nonZero(): [string, bigint][] {
    const found: [string, bigint][] = [];
    for (const [key, sum] of this.sums) if (sum !== 0 && sum !== 0n) found.push([key, BigInt(sum)]);
    return found;
  }
}

/** The unit each account holds, looked up once per account: a ledger has few accounts and many legs. */
function unitsOfAccounts(): (account: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (account) => {
    if (!known.has(account)) known.set(account, unitOfAccount(account));
    return known.get(account);
  };
}

/** Whether a transfer's entries are its legs, in any order (posting keeps the legs' order: checked first). */
function entriesMatchLegs(entries: readonly LedgerEntryRecord[], legs: TransferRecord['legs']): boolean {
  if (entries.length !== legs.length) return false;
  const same = (entry: LedgerEntryRecord, leg: TransferRecord['legs'][number]) =>
    entry.account === leg.account && entry.unit === leg.unit && entry.amount === leg.amount;
  if (entries.every((entry, index) => same(entry, legs[index]!))) return true;
  const expected = legs.map((leg) => legKey(leg.account, leg.unit, leg.amount)).sort();
  const actual = entries.map((entry) => legKey(entry.account, entry.unit, entry.amount)).sort();
  return expected.join() === actual.join();
}

/** The entries by sequence number; stored and exported ledgers already are, and are not copied then. */
function inSeqOrder(entries: readonly LedgerEntryRecord[]): readonly LedgerEntryRecord[] {
  for (let index = 1; index < entries.length; index++) {
    if (entries[index - 1]!.seq > entries[index]!.seq) return [...entries].sort((a, b) => a.seq - b.seq);
  }
  return entries;
}

/** Checks a whole ledger and reports every break it finds, not just the first. */
export function verifyLedger(ledger: LedgerSnapshot): LedgerReport {
  const problems: LedgerProblem[] = [];
  const report = (problem: LedgerProblem) => problems.push(problem);
  const byId = new Map<string, TransferRecord>();
  const keys = new Set<string>();
  const reversedBy = new Map<string, string>();
  const unitOf = unitsOfAccounts();

  for (const transfer of ledger.transfers) {
    if (byId.has(transfer.id)) report({ code: 'duplicate-id', transferId: transfer.id, message: `Transfer id ${transfer.id} appears twice.` });
    byId.set(transfer.id, transfer);
    if (keys.has(transfer.idempotencyKey)) {
      report({
        code: 'duplicate-idempotency-key',
        transferId: transfer.id,
        message: `Idempotency key "${transfer.idempotencyKey}" was applied more than once.`,
      });
    }
    keys.add(transfer.idempotencyKey);
    const sums = new ExactSums();
    for (const leg of transfer.legs) {
      if (unitOf(leg.account) !== leg.unit) {
        report({ code: 'unit-mismatch', transferId: transfer.id, account: leg.account, message: `${leg.account} does not hold ${leg.unit}.` });
      }
      sums.add(leg.unit, leg.amount);
    }
    for (const [unit, sum] of sums.nonZero()) {
      report({ code: 'unbalanced-transfer', transferId: transfer.id, message: `Transfer ${transfer.id}'s ${unit} legs sum to ${sum}.` });
    }
  }

  for (const transfer of ledger.transfers) {
    if (transfer.reverses === null) continue;
    const original = byId.get(transfer.reverses);
    if (!original) {
      report({ code: 'reversal-of-unknown-transfer', transferId: transfer.id, message: `${transfer.id} reverses unknown transfer ${transfer.reverses}.` });
      continue;
    }
    if (original.reverses !== null) {
      report({ code: 'reversal-of-reversal', transferId: transfer.id, message: `${transfer.id} reverses a reversal (${original.id}).` });
    }
    const earlier = reversedBy.get(original.id);
    if (earlier) {
      report({ code: 'reversed-twice', transferId: transfer.id, message: `${original.id} is reversed by both ${earlier} and ${transfer.id}.` });
    }
    reversedBy.set(original.id, transfer.id);
    const expected = original.legs.map((leg) => legKey(leg.account, leg.unit, -leg.amount)).sort();
    const actual = transfer.legs.map((leg) => legKey(leg.account, leg.unit, leg.amount)).sort();
    if (expected.join() !== actual.join()) {
      report({ code: 'reversal-legs-mismatch', transferId: transfer.id, message: `${transfer.id} is not the exact opposite of ${original.id}.` });
    }
  }

  const entriesByTransfer = new Map<string, LedgerEntryRecord[]>();
  const unitTotals = new ExactSums();
  const running = new Map<string, number>();
  const nonNegative = new Map<string, boolean>();
  for (const entry of inSeqOrder(ledger.entries)) {
    const transfer = byId.get(entry.transferId);
    if (!transfer) {
      report({ code: 'orphan-entry', transferId: entry.transferId, account: entry.account, message: `Entry #${entry.seq} belongs to no transfer.` });
    }
    const posted = entriesByTransfer.get(entry.transferId);
    if (posted) posted.push(entry);
    else entriesByTransfer.set(entry.transferId, [entry]);
    unitTotals.add(entry.unit, entry.amount);
    const balance = (running.get(entry.account) ?? 0) + entry.amount;
    running.set(entry.account, balance);
    if (balance !== entry.balanceAfter) {
      report({
        code: 'running-balance-mismatch',
        account: entry.account,
        transferId: entry.transferId,
        message: `Entry #${entry.seq} says ${entry.account} held ${entry.balanceAfter}; its entries add up to ${balance}.`,
      });
    }
    if (!nonNegative.has(entry.account)) nonNegative.set(entry.account, mustStayNonNegative(entry.account));
    if (balance < 0 && nonNegative.get(entry.account)) {
      report({ code: 'negative-wallet', account: entry.account, transferId: entry.transferId, message: `${entry.account} went to ${balance} at entry #${entry.seq}.` });
    }
  }
  for (const transfer of ledger.transfers) {
    if (!entriesMatchLegs(entriesByTransfer.get(transfer.id) ?? [], transfer.legs)) {
      report({ code: 'entries-do-not-match-legs', transferId: transfer.id, message: `The entries of ${transfer.id} do not match its legs.` });
    }
  }
  for (const [unit, total] of unitTotals.nonZero()) {
    report({ code: 'unit-sum-not-zero', message: `All ${unit} entries sum to ${total}, not zero.` });
  }
  const stated = new Map(ledger.balances.map((record) => [record.account, record.balance]));
  for (const account of new Set([...stated.keys(), ...running.keys()])) {
    const fromEntries = running.get(account) ?? 0;
    const balance = stated.get(account) ?? 0;
    if (balance !== fromEntries) {
      report({ code: 'balance-mismatch', account, message: `${account} shows ${balance}; its entries add up to ${fromEntries}.` });
    }
  }
  return { ok: problems.length === 0, problems };
}
