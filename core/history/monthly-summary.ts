import { accountKind } from '../ledger/accounts';
import type { LedgerEntryRecord, TransferKind, TransferRecord } from '../ledger/ledger-records';
import { monthlySummaryKey, type MonthlySummaryRecord } from './history-records';
import { dayWindow } from '../limits/time-windows';
import { dayKeyOf, monthKeyOf } from './month-key';

/** What a viewer's totals count: payouts touch no viewer. */
export type SummaryKind = Extract<TransferKind, 'recharge' | 'gift'>;

export function emptyMonthlySummary(account: string, period: string): MonthlySummaryRecord {
  return { key: monthlySummaryKey(account, period), account, period, recharged: 0, spent: 0, byCreator: {} };
}

/** Counts one viewer entry into totals being built; `kind` is what it counts as (a reversal as its original). */
function countInto(summary: MonthlySummaryRecord, entry: LedgerEntryRecord, kind: SummaryKind): MonthlySummaryRecord {
  if (kind === 'recharge') {
    summary.recharged += entry.amount;
    return summary;
  }
  const creator = entry.memo.creator ?? 'unknown';
  summary.spent -= entry.amount;
  summary.byCreator[creator] = (summary.byCreator[creator] ?? 0) - entry.amount;
  return summary;
}

/** Adds one viewer entry to its month's totals, as a new record. */
export function addToMonthlySummary(summary: MonthlySummaryRecord, entry: LedgerEntryRecord, kind: SummaryKind): MonthlySummaryRecord {
  return countInto({ ...summary, byCreator: { ...summary.byCreator } }, entry, kind);
}

/** Which kind of activity a transfer counts as in a summary: a reversal counts as its original, negated. */
export function summaryKindOf(transfer: TransferRecord, original: TransferRecord | undefined): SummaryKind | null {
  const kind = transfer.kind === 'reversal' ? original?.kind : transfer.kind;
  return kind === 'recharge' || kind === 'gift' ? kind : null;
}

/** The month and the day an entry counts in, in the viewer's time zone. */
export function summaryPeriods(epochMs: number, timeZone: string): [string, string] {
  return [monthKeyOf(epochMs, timeZone), dayKeyOf(epochMs, timeZone)];
}

/**
 * summaryPeriods for many instants in a row: the periods of the local day an instant falls in serve
 * every later instant of that day, so a history of 100,000 entries asks the time zone database once
 * per day rather than twice per entry.
 */
function periodsByDay(timeZone: string): (epochMs: number) => [string, string] {
  let day: { startMs: number; endMs: number; periods: [string, string] } | null = null;
  return (epochMs) => {
    if (day === null || epochMs < day.startMs || epochMs >= day.endMs) {
      day = { ...dayWindow(epochMs, timeZone), periods: summaryPeriods(epochMs, timeZone) };
    }
    return day.periods;
  };
}

/** Every monthly summary, rebuilt from the entries: used when a backup is imported. */
export function rebuildMonthlySummaries(
  transfers: readonly TransferRecord[],
  entries: readonly LedgerEntryRecord[],
  timeZone: string,
): MonthlySummaryRecord[] {
  const byId = new Map(transfers.map((transfer) => [transfer.id, transfer]));
  const summaries = new Map<string, MonthlySummaryRecord>();
  const periodsOf = periodsByDay(timeZone);
  const isViewer = new Map<string, boolean>();
  for (const entry of entries) {
    if (!isViewer.has(entry.account)) isViewer.set(entry.account, accountKind(entry.account) === 'viewer');
    if (!isViewer.get(entry.account)) continue;
    const transfer = byId.get(entry.transferId);
    if (!transfer) continue;
    const kind = summaryKindOf(transfer, transfer.reverses ? byId.get(transfer.reverses) : undefined);
    if (!kind) continue;
    for (const period of periodsOf(entry.createdAt)) {
      const key = monthlySummaryKey(entry.account, period);
      // The summaries are this function's own until it returns: counted in place, not copied per entry.
      summaries.set(key, countInto(summaries.get(key) ?? emptyMonthlySummary(entry.account, period), entry, kind));
    }
  }
  return [...summaries.values()];
}
