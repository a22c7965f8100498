import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebuildMonthlySummaries, summaryPeriods } from '@core/history';
import type { LedgerEntryRecord, TransferRecord } from '@core/ledger';

/** Recharges of 1 coin at the given instants, as the ledger stores them (the viewer's entries only). */
function recharges(instants: number[]): { transfers: TransferRecord[]; entries: LedgerEntryRecord[] } {
  const transfers: TransferRecord[] = [];
  const entries: LedgerEntryRecord[] = [];
  instants.forEach((createdAt, i) => {
    const id = `tr-${i}`;
    const legs = [
      { account: 'viewer:me', unit: 'coins' as const, amount: 1 },
      { account: 'system:purchase-clearing', unit: 'coins' as const, amount: -1 },
    ];
    transfers.push({ id, seq: 2 * i + 1, idempotencyKey: `key-${i}`, fingerprint: 'f', kind: 'recharge', legs, memo: {}, reverses: null, createdAt });
    entries.push({ seq: 2 * i + 2, transferId: id, idempotencyKey: `key-${i}`, kind: 'recharge', memo: {}, createdAt, ...legs[0]!, balanceAfter: i + 1 });
  });
  return { transfers, entries };
}

describe('monthly summaries rebuilt from a backup', () => {
  it.each(['Europe/Berlin', 'America/Santiago', 'America/Havana', 'Asia/Kolkata', 'Pacific/Apia'])(
    'count every entry in the same day and month as one entry at a time would, in %s',
    (timeZone) => {
      const year = Date.UTC(2026, 0, 1);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 2 * 365 * 24 * 3600 * 1000 }), { minLength: 1, maxLength: 300 }), (offsets) => {
          const instants = offsets.map((offset) => year + offset).sort((a, b) => a - b);
          const { transfers, entries } = recharges(instants);
          const expected = new Map<string, number>();
          for (const instant of instants) for (const period of summaryPeriods(instant, timeZone)) expected.set(period, (expected.get(period) ?? 0) + 1);
          const rebuilt = new Map(rebuildMonthlySummaries(transfers, entries, timeZone).map((summary) => [summary.period, summary.recharged]));
          expect(rebuilt).toEqual(expected);
        }),
        { numRuns: 40 },
      );
    },
  );
});
