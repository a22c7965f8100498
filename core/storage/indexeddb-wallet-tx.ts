import { z } from 'zod';
import { decodeHistoryCursor, encodeHistoryCursor } from '../history/history-cursor';
import { monthlySummaryKey, type HistoryQuery, type MonthlySummaryRecord } from '../history/history-records';
import { ledgerEntryRecordSchema, transferRecordSchema, type BalanceRecord, type LedgerEntryRecord, type TransferRecord } from '../ledger/ledger-records';
import { WalletError } from '../wallet-error';
import type { DocumentTable, HistoryPage, WalletWriteTx } from '../ports/wallet-storage';
import {
  checked,
  checkedPeriod,
  emptyLedgerHead,
  ledgerHeadRowSchema,
  monthRowKey,
  monthRowSchema,
  transferRow,
  type LedgerHeadRow,
  type MonthRow,
  type TransferRow,
} from './dexie-wallet-rows';
import { requestResult, walkCursor } from './idb-requests';
import { STATE_INDEXED_TABLES, STORED_DOCUMENT_SCHEMAS, type StoredDocuments } from './stored-documents';
import { LEDGER_HEAD_ID, LEDGER_HEAD_STORE } from './wallet-db-layout';

/** Every store a wallet transaction may touch (schema v3). */
export const WALLET_STORES = ['transfers', LEDGER_HEAD_STORE, 'monthlySummaries', ...Object.keys(STORED_DOCUMENT_SCHEMAS)];

function historyRange(query: HistoryQuery): { index: 'history' | 'historyByKind'; range: IDBKeyRange } {
  const prefix = query.kind ? [query.account, query.kind] : [query.account];
  const lower = [...prefix, query.fromMs ?? -Infinity, -Infinity];
  let upper = [...prefix, query.toMs ?? Infinity, -Infinity];
  if (query.cursor) {
    const after = decodeHistoryCursor(query.cursor);
    if (query.toMs === undefined || after.createdAt < query.toMs) upper = [...prefix, after.createdAt, after.seq];
  }
  return { index: query.kind ? 'historyByKind' : 'history', range: IDBKeyRange.bound(lower, upper, false, true) };
}

/** `getAllRecords` reads an index in either direction in one request (Chromium 141 and later). */
type IndexWithRecords = IDBIndex & {
  getAllRecords?: (options: { query: IDBKeyRange; count: number; direction: IDBCursorDirection }) => IDBRequest<
    { key: IDBValidKey; primaryKey: IDBValidKey; value: unknown }[]
  >;
};

const transferOf = (row: unknown): TransferRecord | undefined =>
  row === undefined ? undefined : checked(transferRecordSchema, 'transfers', row);

const entryListSchema = z.array(ledgerEntryRecordSchema);

/** The entries a transfer row carries, checked like every stored record. */
export function entriesOf(row: unknown): LedgerEntryRecord[] {
  return checked(entryListSchema, 'transfers', (row as Partial<TransferRow> | null)?.entries);
}

/**
 * The wallet's reads and writes inside one native IndexedDB transaction: each call is one request, and
 * calls made together go out together. The head and month rows are read at most once per transaction and
 * written once per round of writes, however many balances and totals a posting changes; inside a
 * readwrite transaction no other writer can come between, so this transaction's copy is the truth.
 */
export class IndexedDbWalletTx implements WalletWriteTx {
  private head: Promise<LedgerHeadRow> | undefined;
  private readonly months = new Map<string, Promise<MonthRow>>();
  private readonly dirtyMonths = new Set<string>();
  private dirtyHead = false;
  private pendingFlush: Promise<void> | null = null;

  constructor(private readonly transaction: IDBTransaction) {}

  /** One of the transaction's stores, for bulk work (export, restore, upgrades) that needs no wallet rules. */
  objectStore(name: string): IDBObjectStore {
    return this.transaction.objectStore(name);
  }

  private ledgerHead(): Promise<LedgerHeadRow> {
    this.head ??= requestResult(this.objectStore(LEDGER_HEAD_STORE).get(LEDGER_HEAD_ID)).then((row) =>
      row === undefined ? emptyLedgerHead() : (checked(ledgerHeadRowSchema, LEDGER_HEAD_STORE, row) as LedgerHeadRow),
    );
    return this.head;
  }

  private monthRow(key: string): Promise<MonthRow> {
    let row = this.months.get(key);
    if (!row) {
      row = requestResult(this.objectStore('monthlySummaries').get(key)).then((stored) =>
        stored === undefined ? { key, periods: {} } : (checked(monthRowSchema, 'monthlySummaries', stored) as MonthRow),
      );
      this.months.set(key, row);
    }
    return row;
  }

  /** Writes the changed head and month rows once, after every change made in the same tick. */
  private flush(): Promise<void> {
    this.pendingFlush ??= Promise.resolve().then(async () => {
      this.pendingFlush = null;
      const writes: Promise<unknown>[] = [];
      if (this.dirtyHead) {
        this.dirtyHead = false;
        writes.push(requestResult(this.objectStore(LEDGER_HEAD_STORE).put(await this.ledgerHead())));
      }
      for (const key of this.dirtyMonths) writes.push(requestResult(this.objectStore('monthlySummaries').put(await this.monthRow(key))));
      this.dirtyMonths.clear();
      await Promise.all(writes);
    });
    return this.pendingFlush;
  }

  /** Resolves once every change made so far is written. */
  async settled(): Promise<void> {
    while (this.pendingFlush) await this.pendingFlush;
  }

  async balance(account: string): Promise<number> {
    return (await this.ledgerHead()).balances[account]?.balance ?? 0;
  }

  async transfer(id: string): Promise<TransferRecord | undefined> {
    return transferOf(await requestResult(this.objectStore('transfers').get(id)));
  }

  async transferByKey(idempotencyKey: string): Promise<TransferRecord | undefined> {
    return transferOf(await requestResult(this.objectStore('transfers').index('idempotencyKey').get(idempotencyKey)));
  }

  async reversalOf(transferId: string): Promise<TransferRecord | undefined> {
    return transferOf(await requestResult(this.objectStore('transfers').index('reverses').get(transferId)));
  }

  async lastSeq(): Promise<number> {
    return (await this.ledgerHead()).lastSeq;
  }

  async monthlySummary(account: string, period: string): Promise<MonthlySummaryRecord | undefined> {
    return checkedPeriod(await this.monthRow(monthRowKey(account, period)), period);
  }

  async historyPage(query: HistoryQuery): Promise<HistoryPage> {
    const { index: name, range } = historyRange(query);
    const index = this.objectStore('transfers').index(name) as IndexWithRecords;
    // Each index key names one entry of the transfer row it points to: [account, (kind,) createdAt, seq].
    const entryAt = (row: unknown, key: IDBValidKey): LedgerEntryRecord => {
      const seq = (key as unknown[]).at(-1);
      const held = (row as Partial<TransferRow> | null)?.entries;
      const entry: unknown = Array.isArray(held) ? held.find((candidate: { seq?: unknown } | null) => candidate?.seq === seq) : undefined;
      if (entry === undefined) throw new WalletError('corrupt-record', `A stored transfers record lists entry ${String(seq)} in its history but does not hold it.`);
      return checked(ledgerEntryRecordSchema, 'transfers', entry);
    };
    const entries: LedgerEntryRecord[] = [];
    let more = false;
    // Newest first, one extra to know whether another page exists: never the whole history.
    if (typeof index.getAllRecords === 'function') {
      // One request for the page where the browser can read an index backwards in bulk.
      const records = await requestResult(index.getAllRecords({ query: range, count: query.limit + 1, direction: 'prev' }));
      for (const record of records.slice(0, query.limit)) entries.push(entryAt(record.value, record.key));
      more = records.length > query.limit;
    } else {
      await walkCursor(index.openCursor(range, 'prev'), (cursor) => {
        if (entries.length === query.limit) {
          more = true;
          return false;
        }
        entries.push(entryAt(cursor.value, cursor.key));
        return true;
      });
    }
    const last = entries.at(-1);
    return { entries, nextCursor: more && last ? encodeHistoryCursor(last) : null };
  }

  async entriesOfTransfer(transferId: string): Promise<LedgerEntryRecord[]> {
    const row = await requestResult(this.objectStore('transfers').get(transferId));
    return row === undefined ? [] : entriesOf(row).sort((a, b) => a.seq - b.seq);
  }

  async getDocument<T extends DocumentTable>(table: T, id: string): Promise<StoredDocuments[T] | undefined> {
    const record = await requestResult(this.objectStore(table).get(id));
    return (record === undefined ? undefined : checked(STORED_DOCUMENT_SCHEMAS[table] as z.ZodType, table, record)) as never;
  }

  async listDocuments<T extends DocumentTable>(table: T, state?: string): Promise<StoredDocuments[T][]> {
    const store = this.objectStore(table);
    const rows: unknown[] = await requestResult(
      state !== undefined && STATE_INDEXED_TABLES.has(table) ? store.index('state').getAll(state) : store.getAll(),
    );
    return rows
      .map((row) => checked(STORED_DOCUMENT_SCHEMAS[table] as z.ZodType, table, row))
      .filter((row) => state === undefined || (row as { state?: string }).state === state) as never;
  }

  async addTransfer(transfer: TransferRecord, entries: LedgerEntryRecord[]): Promise<void> {
    // A key already used fails the add on the unique index and aborts the whole transaction.
    const added = requestResult(this.objectStore('transfers').add(transferRow(transfer, entries)));
    const head = await this.ledgerHead();
    head.lastSeq = Math.max(head.lastSeq, transfer.seq, ...entries.map((entry) => entry.seq));
    this.dirtyHead = true;
    await Promise.all([added, this.flush()]);
  }

  async putBalance(balance: BalanceRecord): Promise<void> {
    const head = await this.ledgerHead();
    head.balances[balance.account] = { ...balance };
    this.dirtyHead = true;
    await this.flush();
  }

  async putMonthlySummary(summary: MonthlySummaryRecord): Promise<void> {
    const key = monthRowKey(summary.account, summary.period);
    const row = await this.monthRow(key);
    row.periods[summary.period] = { ...summary, key: monthlySummaryKey(summary.account, summary.period) };
    this.dirtyMonths.add(key);
    await this.flush();
  }

  async putDocument<T extends DocumentTable>(table: T, record: StoredDocuments[T]): Promise<void> {
    await requestResult(this.objectStore(table).put(record));
  }
}
