import { monthlySummaryRecordSchema } from '../history/history-records';
import { balanceRecordSchema, ledgerEntryRecordSchema, transferRecordSchema } from '../ledger/ledger-records';
import { checked, rowsOf } from './dexie-wallet-rows';
import { requestResult } from './idb-requests';
import { IndexedDbWalletTx } from './indexeddb-wallet-tx';
import { migrateLegacyEntries } from './legacy-migration';
import { LEDGER_HEAD_STORE } from './wallet-db-layout';

/**
 * Converts a v2 ledger (a row per entry, per balance and per period) into v3 rows, inside the upgrade's
 * own transaction; a v1 database (walking-skeleton lines, v2 tables still empty) has its lines posted
 * as transfers. Every old record passes its schema first: one that does not stops the upgrade, and the
 * database stays as it was, with nothing lost. `legacyLines` are a v1 database's lines.
 */
export async function upgradeToV3(transaction: IDBTransaction, legacyLines: readonly unknown[]): Promise<void> {
  const all = (name: string): Promise<unknown[]> => requestResult(transaction.objectStore(name).getAll());
  const [transfers, entries, balances, summaries] = await Promise.all(['transfers', 'ledgerEntries', 'balances', 'monthlySummaries'].map(all));
  const rows = rowsOf({
    transfers: transfers!.map((row) => checked(transferRecordSchema, 'transfers', row)),
    entries: entries!.map((row) => checked(ledgerEntryRecordSchema, 'ledgerEntries', row)),
    balances: balances!.map((row) => checked(balanceRecordSchema, 'balances', row)),
    monthlySummaries: summaries!.map((row) => checked(monthlySummaryRecordSchema, 'monthlySummaries', row)),
  });
  const store = (name: string) => transaction.objectStore(name);
  store('monthlySummaries').clear();
  await Promise.all([
    ...rows.transfers.map((row) => requestResult(store('transfers').put(row))),
    requestResult(store(LEDGER_HEAD_STORE).put(rows.head)),
    ...rows.months.map((row) => requestResult(store('monthlySummaries').put(row))),
  ]);
  if (legacyLines.length > 0) {
    const tx = new IndexedDbWalletTx(transaction);
    await migrateLegacyEntries(tx, legacyLines);
    await tx.settled();
  }
}
