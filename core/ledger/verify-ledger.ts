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

/** Checks a whole ledger and reports every break it finds, not just the first. */
export function verifyLedger(ledger: LedgerSnapshot): LedgerReport {
  const problems: LedgerProblem[] = [];
  const report = (problem: LedgerProblem) => problems.push(problem);
  const byId = new Map<string, TransferRecord>();
  const keys = new Set<string>();
  const reversedBy = new Map<string, string>();

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
    const sums = new Map<string, bigint>();
    for (const leg of transfer.legs) {
      if (unitOfAccount(leg.account) !== leg.unit) {
        report({ code: 'unit-mismatch', transferId: transfer.id, account: leg.account, message: `${leg.account} does not hold ${leg.unit}.` });
      }
      sums.set(leg.unit, (sums.get(leg.unit) ?? 0n) + BigInt(leg.amount));
    }
    for (const [unit, sum] of sums) {
      if (sum !== 0n) {
        report({ code: 'unbalanced-transfer', transferId: transfer.id, message: `Transfer ${transfer.id}'s ${unit} legs sum to ${sum}.` });
      }
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

  const entriesByTransfer = new Map<string, string[]>();
  const unitTotals = new Map<string, bigint>();
  const running = new Map<string, number>();
  for (const entry of [...ledger.entries].sort((a, b) => a.seq - b.seq)) {
    const transfer = byId.get(entry.transferId);
    if (!transfer) {
      report({ code: 'orphan-entry', transferId: entry.transferId, account: entry.account, message: `Entry #${entry.seq} belongs to no transfer.` });
    }
    const legs = entriesByTransfer.get(entry.transferId) ?? [];
    legs.push(legKey(entry.account, entry.unit, entry.amount));
    entriesByTransfer.set(entry.transferId, legs);
    unitTotals.set(entry.unit, (unitTotals.get(entry.unit) ?? 0n) + BigInt(entry.amount));
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
    if (balance < 0 && mustStayNonNegative(entry.account)) {
      report({ code: 'negative-wallet', account: entry.account, transferId: entry.transferId, message: `${entry.account} went to ${balance} at entry #${entry.seq}.` });
    }
  }
  for (const transfer of ledger.transfers) {
    const expected = transfer.legs.map((leg) => legKey(leg.account, leg.unit, leg.amount)).sort();
    const actual = (entriesByTransfer.get(transfer.id) ?? []).sort();
    if (expected.join() !== actual.join()) {
      report({ code: 'entries-do-not-match-legs', transferId: transfer.id, message: `The entries of ${transfer.id} do not match its legs.` });
    }
  }
  for (const [unit, total] of unitTotals) {
    if (total !== 0n) report({ code: 'unit-sum-not-zero', message: `All ${unit} entries sum to ${total}, not zero.` });
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
