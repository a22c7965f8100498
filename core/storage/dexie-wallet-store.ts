import { Dexie } from 'dexie';
import type { z } from 'zod';
import { transferRecordSchema } from '../ledger/ledger-records';
import type { DocumentTable, WalletReadTx, WalletRecords, WalletStorage, WalletWriteTx } from '../ports/wallet-storage';
import { checked, checkedPeriod, emptyLedgerHead, ledgerHeadRowSchema, monthRowSchema, rowsOf, type LedgerHeadRow, type MonthRow } from './dexie-wallet-rows';
import { upgradeToV3 } from './dexie-v3-upgrade';
import { requestResult, transactionDone } from './idb-requests';
import { entriesOf, IndexedDbWalletTx, WALLET_STORES } from './indexeddb-wallet-tx';
import { STORED_DOCUMENT_SCHEMAS, type StoredDocuments } from './stored-documents';
import { LEDGER_HEAD_STORE } from './wallet-db-layout';

/**
 * Version 1 (the walking skeleton) kept one `entries` table of wallet lines. Version 2 was the
 * double-entry ledger, one row per entry and per balance. Version 3 stores the same records in fewer,
 * larger rows (see dexie-wallet-rows.ts); its upgrade converts a v2 ledger, or posts every v1 line as a
 * transfer. Tables set to null are dropped once every upgrade has read them.
 */
export const WALLET_DB_SCHEMA_V2 = {
  entries: null,
  transfers: 'id, &idempotencyKey, reverses',
  ledgerEntries: 'seq, transferId, [account+createdAt+seq], [account+kind+createdAt+seq]',
  balances: 'account',
  monthlySummaries: 'key',
  recharges: 'id, state',
  approvals: 'id, state',
  receipts: 'id, transferId',
  settings: 'id',
} as const;

/** History pages read the multi-entry indexes newest first, so a page continues exactly where the last stopped. */
export const WALLET_DB_SCHEMA_V3 = {
  ledgerEntries: null,
  balances: null,
  transfers: 'id, &idempotencyKey, reverses, *history, *historyByKind',
  [LEDGER_HEAD_STORE]: 'id',
  monthlySummaries: 'key',
  recharges: 'id, state',
  approvals: 'id, state',
  receipts: 'id, transferId',
  settings: 'id',
} as const;

const DOCUMENT_TABLES = Object.keys(STORED_DOCUMENT_SCHEMAS) as DocumentTable[];

function openWalletDatabase(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({ entries: '++seq, &idempotencyKey, kind, createdAt' });
  // A v1 database's lines are read before version 2 drops their table, and posted by version 3's upgrade:
  // both steps run in the one upgrade transaction, so either all of it happens or none.
  let legacyLines: unknown[] = [];
  db.version(2)
    .stores(WALLET_DB_SCHEMA_V2)
    .upgrade(async (trans) => {
      legacyLines = await requestResult(trans.idbtrans.objectStore('entries').getAll());
    });
  db.version(3)
    .stores(WALLET_DB_SCHEMA_V3)
    .upgrade((trans) => upgradeToV3(trans.idbtrans, legacyLines));
  return db;
}

/** Aborting a transaction that already ended throws; there is nothing left to undo then. */
function abortQuietly(transaction: IDBTransaction): void {
  try {
    transaction.abort();
  } catch {
    // already committed or aborted
  }
}

/**
 * The wallet in IndexedDB: used by the extension's background and by the in-page wallet. Dexie opens the
 * database and runs its upgrades; the wallet's transactions are native IndexedDB ones, so a gift costs
 * its requests and nothing more (see IndexedDbWalletTx).
 */
export class DexieWalletStore implements WalletStorage {
  private readonly db: Dexie;
  private closed = false;

  constructor(databaseName = 'livegift-wallet') {
    this.db = openWalletDatabase(databaseName);
  }

  /** The open database; opened again when another tab's upgrade or the browser closed it. */
  private async database(): Promise<IDBDatabase> {
    if (this.closed) throw new Dexie.DatabaseClosedError('The wallet database was closed.');
    if (!this.db.isOpen()) await this.db.open();
    return this.db.backendDB();
  }

  private async run<T>(mode: IDBTransactionMode, work: (tx: IndexedDbWalletTx) => Promise<T>): Promise<T> {
    const transaction = (await this.database()).transaction(WALLET_STORES, mode);
    const committed = transactionDone(transaction);
    committed.catch(() => undefined);
    const tx = new IndexedDbWalletTx(transaction);
    let result: T;
    try {
      result = await work(tx);
      await tx.settled();
    } catch (error) {
      abortQuietly(transaction);
      throw error;
    }
    transaction.commit?.();
    await committed;
    return result;
  }

  write<T>(work: (tx: WalletWriteTx) => Promise<T>): Promise<T> {
    return this.writeNative(work);
  }

  private writeNative<T>(work: (tx: IndexedDbWalletTx) => Promise<T>): Promise<T> {
    return this.run('readwrite', work);
  }

  read<T>(work: (tx: WalletReadTx) => Promise<T>): Promise<T> {
    return this.run('readonly', work);
  }

  async exportRecords(): Promise<WalletRecords> {
    return this.run('readonly', async (tx) => {
      const all = (name: string): Promise<unknown[]> => requestResult(tx.objectStore(name).getAll());
      const [transferRows, headRows, monthRows, ...documentRows] = await Promise.all([
        all('transfers'),
        all(LEDGER_HEAD_STORE),
        all('monthlySummaries'),
        ...DOCUMENT_TABLES.map(all),
      ]);
      const transfers = transferRows.map((row) => checked(transferRecordSchema, 'transfers', row)).sort((a, b) => a.seq - b.seq);
      const entries = transferRows.flatMap((row) => entriesOf(row)).sort((a, b) => a.seq - b.seq);
      const head = headRows.length === 0 ? emptyLedgerHead() : (checked(ledgerHeadRowSchema, LEDGER_HEAD_STORE, headRows[0]) as LedgerHeadRow);
      const monthlySummaries = monthRows.flatMap((row) => {
        const month = checked(monthRowSchema, 'monthlySummaries', row) as MonthRow;
        return Object.keys(month.periods).map((period) => checkedPeriod(month, period)!);
      });
      const documents = Object.fromEntries(
        DOCUMENT_TABLES.map((name, index) => [name, documentRows[index]!.map((row) => checked(STORED_DOCUMENT_SCHEMAS[name] as z.ZodType, name, row))]),
      ) as unknown as { [T in DocumentTable]: StoredDocuments[T][] };
      return { transfers, entries, balances: Object.values(head.balances), monthlySummaries, documents };
    });
  }

  replaceAll(records: WalletRecords): Promise<void> {
    const rows = rowsOf(records);
    return this.writeNative(async (tx) => {
      const store = (name: string) => tx.objectStore(name);
      for (const name of WALLET_STORES) store(name).clear();
      // Every put goes out at once: one transaction, all of it or, on any error, nothing.
      const puts: Promise<unknown>[] = rows.transfers.map((row) => requestResult(store('transfers').add(row)));
      puts.push(requestResult(store(LEDGER_HEAD_STORE).put(rows.head)));
      for (const row of rows.months) puts.push(requestResult(store('monthlySummaries').put(row)));
      for (const name of DOCUMENT_TABLES) for (const record of records.documents[name]) puts.push(requestResult(store(name).add(record)));
      await Promise.all(puts);
    });
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }
}

