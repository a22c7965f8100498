import { Dexie, type Table, type Transaction } from 'dexie';
import { z } from 'zod';
import { decodeHistoryCursor, encodeHistoryCursor } from '../history/history-cursor';
import { monthlySummaryRecordSchema, type HistoryQuery } from '../history/history-records';
import { balanceRecordSchema, ledgerEntryRecordSchema, transferRecordSchema } from '../ledger/ledger-records';
import type { DocumentTable, HistoryPage, WalletReadTx, WalletRecords, WalletStorage, WalletWriteTx } from '../ports/wallet-storage';
import { WalletError } from '../wallet-error';
import { migrateLegacyEntries } from './legacy-migration';
import { STATE_INDEXED_TABLES, STORED_DOCUMENT_SCHEMAS, type StoredDocuments } from './stored-documents';

/**
 * Version 1 (the walking skeleton) kept one `entries` table of wallet lines. Version 2 is the
 * double-entry ledger; its upgrade posts every v1 line as a transfer and then drops `entries`.
 * Compound indexes end in `seq` so history pages continue exactly where the last one stopped.
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

const LEDGER_TABLES = ['transfers', 'ledgerEntries', 'balances', 'monthlySummaries'] as const;
const DOCUMENT_TABLES = Object.keys(STORED_DOCUMENT_SCHEMAS) as DocumentTable[];
export const WALLET_TABLES: readonly string[] = [...LEDGER_TABLES, ...DOCUMENT_TABLES];


function openWalletDatabase(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({ entries: '++seq, &idempotencyKey, kind, createdAt' });
  db.version(2)
    .stores(WALLET_DB_SCHEMA_V2)
    .upgrade(async (trans) => {
      const legacy: unknown[] = await trans.table('entries').toArray();
      await migrateLegacyEntries(dexieWriteTx((table) => trans.table(table)), legacy);
    });
  return db;
}

/** A stored record is untrusted: another version or a corrupt disk may have written it. */
function checked<T>(schema: z.ZodType<T>, table: string, record: unknown): T {
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

const maybe = <T>(schema: z.ZodType<T>, table: string, record: unknown): T | undefined =>
  record === undefined ? undefined : checked(schema, table, record);

type TableOf = (name: string) => Table;

function historyBounds(query: HistoryQuery): { index: string; lower: unknown[]; upper: unknown[] } {
  const prefix = query.kind ? [query.account, query.kind] : [query.account];
  const index = query.kind ? '[account+kind+createdAt+seq]' : '[account+createdAt+seq]';
  const lower = [...prefix, query.fromMs ?? -Infinity, -Infinity];
  let upper = [...prefix, query.toMs ?? Infinity, -Infinity];
  if (query.cursor) {
    const after = decodeHistoryCursor(query.cursor);
    if (query.toMs === undefined || after.createdAt < query.toMs) upper = [...prefix, after.createdAt, after.seq];
  }
  return { index, lower, upper };
}

function dexieReadTx(table: TableOf): WalletReadTx {
  return {
    balance: async (account) => maybe(balanceRecordSchema, 'balances', await table('balances').get(account))?.balance ?? 0,
    transfer: async (id) => maybe(transferRecordSchema, 'transfers', await table('transfers').get(id)),
    transferByKey: async (key) => maybe(transferRecordSchema, 'transfers', await table('transfers').get({ idempotencyKey: key })),
    reversalOf: async (transferId) =>
      maybe(transferRecordSchema, 'transfers', await table('transfers').where('reverses').equals(transferId).first()),
    lastSeq: async () => {
      const [last] = await table('ledgerEntries').orderBy(':id').reverse().limit(1).primaryKeys();
      return typeof last === 'number' ? last : 0;
    },
    monthlySummary: async (account, month) =>
      maybe(monthlySummaryRecordSchema, 'monthlySummaries', await table('monthlySummaries').get(`${account}|${month}`)),
    entriesOfTransfer: async (transferId) =>
      (await table('ledgerEntries').where('transferId').equals(transferId).sortBy('seq')).map((record) =>
        checked(ledgerEntryRecordSchema, 'ledgerEntries', record),
      ),
    historyPage: async (query): Promise<HistoryPage> => {
      const { index, lower, upper } = historyBounds(query);
      // Newest first, one extra row to know whether another page exists: never the whole table.
      const rows: unknown[] = await table('ledgerEntries')
        .where(index)
        .between(lower, upper, true, false)
        .reverse()
        .limit(query.limit + 1)
        .toArray();
      const entries = rows.slice(0, query.limit).map((row) => checked(ledgerEntryRecordSchema, 'ledgerEntries', row));
      const last = entries.at(-1);
      return { entries, nextCursor: rows.length > query.limit && last ? encodeHistoryCursor(last) : null };
    },
    getDocument: async (name, id) => maybe(STORED_DOCUMENT_SCHEMAS[name] as z.ZodType, name, await table(name).get(id)) as never,
    listDocuments: async (name, state) => {
      const rows: unknown[] =
        state !== undefined && STATE_INDEXED_TABLES.has(name)
          ? await table(name).where('state').equals(state).toArray()
          : await table(name).toArray();
      return rows
        .map((row) => checked(STORED_DOCUMENT_SCHEMAS[name] as z.ZodType, name, row))
        .filter((row) => state === undefined || (row as { state?: string }).state === state) as never;
    },
  };
}

function dexieWriteTx(table: TableOf): WalletWriteTx {
  return {
    ...dexieReadTx(table),
    addTransfer: async (transfer, entries) => {
      // Both go out at once; a key already used fails the add on the unique index and aborts the whole write.
      await Promise.all([table('transfers').add(transfer), table('ledgerEntries').bulkAdd(entries)]);
    },
    putBalance: async (balance) => {
      await table('balances').put(balance);
    },
    putMonthlySummary: async (summary) => {
      await table('monthlySummaries').put(summary);
    },
    putDocument: async (name, record) => {
      await table(name).put(record);
    },
  };
}

function runTransaction(db: Dexie, mode: 'r' | 'rw', tables: Table[], scope: (trans: Transaction) => Promise<unknown>): Promise<unknown> {
  return db.transaction(mode, tables, scope);
}

/** The wallet in IndexedDB through Dexie: used by the extension's background and by the in-page wallet. */
export class DexieWalletStore implements WalletStorage {
  private readonly db: Dexie;

  constructor(databaseName = 'livegift-wallet') {
    this.db = openWalletDatabase(databaseName);
  }

  private tables(): Table[] {
    return WALLET_TABLES.map((name) => this.db.table(name));
  }

  write<T>(work: (tx: WalletWriteTx) => Promise<T>): Promise<T> {
    const scope = (trans: Transaction): Promise<unknown> => work(dexieWriteTx((name) => trans.table(name)));
    return runTransaction(this.db, 'rw', this.tables(), scope).then((result) => result as T);
  }

  read<T>(work: (tx: WalletReadTx) => Promise<T>): Promise<T> {
    const scope = (trans: Transaction): Promise<unknown> => work(dexieReadTx((name) => trans.table(name)));
    return runTransaction(this.db, 'r', this.tables(), scope) as Promise<T>;
  }

  exportRecords(): Promise<WalletRecords> {
    return (this.db as Dexie).transaction('r', this.tables(), async (trans: Transaction) => {
      const all = async (name: string, schema: z.ZodType): Promise<unknown[]> =>
        ((await trans.table(name).toArray()) as unknown[]).map((row) => checked(schema, name, row));
      const documents = {} as Record<DocumentTable, unknown[]>;
      for (const name of DOCUMENT_TABLES) documents[name] = await all(name, STORED_DOCUMENT_SCHEMAS[name] as z.ZodType);
      const transfers = (await all('transfers', transferRecordSchema)) as WalletRecords['transfers'];
      return {
        transfers: transfers.sort((a, b) => a.seq - b.seq),
        entries: (await all('ledgerEntries', ledgerEntryRecordSchema)) as WalletRecords['entries'],
        balances: (await all('balances', balanceRecordSchema)) as WalletRecords['balances'],
        monthlySummaries: (await all('monthlySummaries', monthlySummaryRecordSchema)) as WalletRecords['monthlySummaries'],
        documents: documents as { [T in DocumentTable]: StoredDocuments[T][] },
      };
    });
  }

  replaceAll(records: WalletRecords): Promise<void> {
    return (this.db as Dexie).transaction('rw', this.tables(), async (trans: Transaction) => {
      for (const name of WALLET_TABLES) await trans.table(name).clear();
      await trans.table('transfers').bulkAdd(records.transfers);
      await trans.table('ledgerEntries').bulkAdd(records.entries);
      await trans.table('balances').bulkAdd(records.balances);
      await trans.table('monthlySummaries').bulkAdd(records.monthlySummaries);
      for (const name of DOCUMENT_TABLES) await trans.table(name).bulkAdd(records.documents[name]);
    });
  }

  close(): void {
    this.db.close();
  }
}
