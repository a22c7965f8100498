import type { LedgerEntryRecord } from '../ledger/ledger-records';
import { toCsv } from './csv';

export const HISTORY_CSV_HEADER = [
  'date_utc',
  'type',
  'amount',
  'unit',
  'balance_after',
  'gift',
  'count',
  'creator',
  'stream',
  'pack',
  'transfer',
  'note',
] as const;

function csvRow(entry: LedgerEntryRecord) {
  return [
    new Date(entry.createdAt).toISOString(),
    entry.kind,
    entry.amount,
    entry.unit,
    entry.balanceAfter,
    entry.memo.giftId,
    entry.memo.count,
    entry.memo.creator,
    entry.memo.stream,
    entry.memo.packId,
    entry.transferId,
    entry.memo.reason,
  ];
}

/** The CSV's first line. */
export function historyCsvHeader(): string {
  return toCsv([HISTORY_CSV_HEADER]);
}

/** Entries as CSV lines without the header: a long history is written a page at a time. */
export function historyCsvLines(entries: readonly LedgerEntryRecord[]): string {
  return entries.length === 0 ? '' : toCsv(entries.map(csvRow));
}

/** The viewer's entries as CSV, one row per entry, newest first as the history shows them. */
export function historyToCsv(entries: readonly LedgerEntryRecord[]): string {
  return historyCsvHeader() + historyCsvLines(entries);
}
