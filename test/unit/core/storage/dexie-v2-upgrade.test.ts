// The v2 fixture was written by the v2 storage code itself (a Madrid wallet across a month boundary:
// a recharge, gifts to two creators, a reversal, a budget and a parental limit, a pending recharge and
// a pending approval), dumped table by table. Opening it with today's store must upgrade it in place.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SandboxPaymentProvider, verifyLedger, WalletService } from '@core';
import type { BalanceRecord, LedgerEntryRecord, TransferRecord } from '@core';
import { DexieWalletStore, WALLET_DB_SCHEMA_V2 } from '@core/storage/dexie-wallet-store';
import fixture from '../../../fixtures/wallet-db-v2.json';
import { TestClock } from '../../support/test-clock';

type Tables = typeof fixture.tables;

async function writeV2(name: string, tables: Tables) {
  const v2 = new Dexie(name);
  v2.version(2).stores(WALLET_DB_SCHEMA_V2);
  for (const [table, rows] of Object.entries(tables)) await v2.table(table).bulkAdd(rows as object[]);
  v2.close();
}

function openWallet(name: string) {
  const store = new DexieWalletStore(name);
  const clock = new TestClock(Date.UTC(2026, 2, 2, 12));
  const wallet = new WalletService({ storage: store, payments: new SandboxPaymentProvider({ clock }), clock, timeZone: fixture.timeZone });
  return { store, wallet };
}

const bySeq = <T extends { seq: number }>(rows: readonly T[]) => [...rows].sort((a, b) => a.seq - b.seq);

describe('upgrading a v2 wallet database', () => {
  it('keeps every record, balance, total, key and document, and goes on posting after them', async () => {
    const name = `v2-upgrade-${crypto.randomUUID()}`;
    await writeV2(name, fixture.tables);
    const { store, wallet } = openWallet(name);
    const entries = fixture.tables.ledgerEntries as LedgerEntryRecord[];
    const viewerEntries = entries.filter((entry) => entry.account === 'viewer:me');

    expect(await wallet.balance()).toBe(346);
    const mia = entries.filter((entry) => entry.account === 'creator:mia-cooks').reduce((sum, entry) => sum + entry.amount, 0);
    expect(await wallet.creatorDiamonds('mia-cooks')).toBe(mia);
    expect((await wallet.history()).entries.map((entry) => entry.seq)).toEqual(
      [...viewerEntries].sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq).map((entry) => entry.seq),
    );
    expect((await wallet.history({ kind: 'gift', limit: 2 })).entries.map((entry) => entry.memo.stream)).toEqual(['monday', 'speedrun']);
    for (const summary of fixture.tables.monthlySummaries.filter((row) => row.period.length === 7)) {
      expect(await wallet.monthlySummary(summary.period)).toEqual(summary);
    }
    expect(await wallet.receipt('rcpt-tr-10')).toEqual(fixture.tables.receipts.find((receipt) => receipt.id === 'rcpt-tr-10'));
    expect(await wallet.getPolicy()).toEqual(fixture.tables.settings[0]!.value);
    expect((await wallet.listApprovals('pending')).map((approval) => approval.id)).toEqual(['ap-gift-00000004']);
    expect((await wallet.listRecharges('pending')).map((recharge) => recharge.id)).toEqual(['rc-recharge-0002']);

    const records = await store.exportRecords();
    expect(records.transfers).toEqual(bySeq(fixture.tables.transfers as TransferRecord[]));
    expect(records.entries).toEqual(bySeq(entries));
    expect(new Set(records.balances)).toEqual(new Set(fixture.tables.balances as BalanceRecord[]));
    expect(verifyLedger(records).ok).toBe(true);

    // A retried old key replays its first result; a new gift continues the sequence and the day's totals.
    const retried = await wallet.sendGift({ giftId: 'rose', count: 1, creator: 'mia-cooks', stream: 'monday', idempotencyKey: 'gift-00000003' });
    expect(retried).toMatchObject({ replayed: true, transferId: 'tr-16' });
    const next = await wallet.sendGift({ giftId: 'rose', count: 2, creator: 'mia-cooks', stream: 'wednesday', idempotencyKey: 'gift-00000005' });
    expect(next).toMatchObject({ replayed: false, transferId: 'tr-27', balanceAfter: 344 });
    expect(await wallet.monthlySummary('2026-03')).toMatchObject({ spent: 3, byCreator: { 'mia-cooks': 3 } });
    expect(verifyLedger(await store.exportRecords()).ok).toBe(true);
    store.close();

    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(3);
    expect(raw.tables.map((table) => table.name)).not.toContain('ledgerEntries');
    raw.close();
  });

  it('leaves a v2 database with an unreadable record as it was', async () => {
    const name = `v2-bad-${crypto.randomUUID()}`;
    const tables = structuredClone(fixture.tables);
    tables.ledgerEntries[3]!.amount = 1.5;
    await writeV2(name, tables);
    const { store, wallet } = openWallet(name);
    await expect(wallet.balance()).rejects.toThrow(/unreadable/);
    store.close();
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(2);
    expect(await raw.table('ledgerEntries').count()).toBe(fixture.tables.ledgerEntries.length);
    raw.close();
  });
});
