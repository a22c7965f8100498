import { z } from 'zod';
import { monthlySummaryRecordSchema, type MonthlySummaryRecord } from '../history/history-records';
import { accountKind } from '../ledger/accounts';
import { balanceRecordSchema, type BalanceRecord, type LedgerEntryRecord, type TransferRecord } from '../ledger/ledger-records';
import { WalletError } from '../wallet-error';
import { LEDGER_HEAD_ID } from './wallet-db-layout';

/**
 * How the wallet's records sit in IndexedDB (schema v3). A gift touches few rows, so a transaction costs
 * few requests:
 * - a transfer row carries its own entries, with the keys the history indexes read (multi-entry: one
 *   index key per wallet entry, `[account, createdAt, seq]` and `[account, kind, createdAt, seq]`);
 * - one head row holds the last sequence number and every account's balance;
 * - one row per account and month holds the month's totals and its days'.
 */
export interface TransferRow extends TransferRecord {
  entries: LedgerEntryRecord[];
  history: [string, number, number][];
  historyByKind: [string, string, number, number][];
}

export interface LedgerHeadRow {
  id: typeof LEDGER_HEAD_ID;
  lastSeq: number;
  balances: Record<string, BalanceRecord>;
}

/** Totals of one account in one month, and of each of its days, by period ('YYYY-MM' or 'YYYY-MM-DD'). */
export interface MonthRow {
  key: string;
  periods: Record<string, MonthlySummaryRecord>;
}

export const ledgerHeadRowSchema = z.object({
  id: z.literal(LEDGER_HEAD_ID),
  lastSeq: z.number().int().nonnegative(),
  balances: z.record(z.string(), balanceRecordSchema),
});

/** A month row's shape; each period is checked with its own schema when it is read. */
export const monthRowSchema = z.object({ key: z.string().min(1), periods: z.record(z.string(), z.unknown()) });

export const emptyLedgerHead = (): LedgerHeadRow => ({ id: LEDGER_HEAD_ID, lastSeq: 0, balances: {} });

/** Wallets (viewers and creators) have a history to page through; system accounts only a balance. */
const hasHistory = (entry: LedgerEntryRecord) => accountKind(entry.account) !== 'system';

export function transferRow(transfer: TransferRecord, entries: readonly LedgerEntryRecord[]): TransferRow {
  const paged = entries.filter(hasHistory);
  return {
    ...transfer,
    entries: [...entries],
    history: paged.map((entry) => [entry.account, entry.createdAt, entry.seq]),
    historyByKind: paged.map((entry) => [entry.account, entry.kind, entry.createdAt, entry.seq]),
  };
}

/** The month row a period's totals live in: `account|YYYY-MM`. */
export function monthRowKey(account: string, period: string): string {
  return `${account}|${period.slice(0, 7)}`;
}

/**
 * A stored record is untrusted: another version or a corrupt disk may have written it. It is checked
 * when it is read from disk; records this transaction wrote are not read back.
 */
export function checked<T>(schema: z.ZodType<T>, table: string, record: unknown): T {
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    const key = record && typeof record === 'object' ? JSON.stringify(Object.values(record)[0] ?? null) : String(record);
    throw new WalletError(
      'corrupt-record',
      `A stored ${table} record (${key}) is unreadable, so the wallet stopped instead of guessing; it was left untouched. ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

export function checkedPeriod(row: MonthRow, period: string): MonthlySummaryRecord | undefined {
  const summary = row.periods[period];
  return summary === undefined ? undefined : checked(monthlySummaryRecordSchema, 'monthlySummaries', summary);
}

/** Rows for a whole wallet, e.g. a restored backup; an entry without its transfer is refused, not dropped. */
export function rowsOf(records: {
  transfers: readonly TransferRecord[];
  entries: readonly LedgerEntryRecord[];
  balances: readonly BalanceRecord[];
  monthlySummaries: readonly MonthlySummaryRecord[];
}): { transfers: TransferRow[]; head: LedgerHeadRow; months: MonthRow[] } {
  const entriesOf = new Map<string, LedgerEntryRecord[]>(records.transfers.map((transfer) => [transfer.id, []]));
  let lastSeq = 0;
  for (const entry of records.entries) {
    const list = entriesOf.get(entry.transferId);
    if (!list) throw new WalletError('invalid-request', `Entry ${entry.seq} belongs to no transfer (${entry.transferId}); nothing was stored.`);
    list.push(entry);
    lastSeq = Math.max(lastSeq, entry.seq);
  }
  const transfers = records.transfers.map((transfer) => {
    lastSeq = Math.max(lastSeq, transfer.seq);
    return transferRow(transfer, entriesOf.get(transfer.id)!.sort((a, b) => a.seq - b.seq));
  });
  const head: LedgerHeadRow = { ...emptyLedgerHead(), lastSeq };
  for (const balance of records.balances) head.balances[balance.account] = balance;
  const months = new Map<string, MonthRow>();
  for (const summary of records.monthlySummaries) {
    const key = monthRowKey(summary.account, summary.period);
    const row = months.get(key) ?? { key, periods: {} };
    row.periods[summary.period] = summary;
    months.set(key, row);
  }
  return { transfers, head, months: [...months.values()] };
}
