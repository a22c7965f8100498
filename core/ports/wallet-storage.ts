import type { HistoryQuery, MonthlySummaryRecord, ReceiptRecord } from '../history/history-records';
import type { BalanceRecord, LedgerEntryRecord, TransferRecord } from '../ledger/ledger-records';
import type { StoredDocuments } from '../storage/stored-documents';

export interface HistoryPage {
  entries: LedgerEntryRecord[];
  /** Pass back to read the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export type DocumentTable = keyof StoredDocuments;

/** Reads inside one transaction; every record returned has passed its zod schema. */
export interface WalletReadTx {
  balance(account: string): Promise<number>;
  transfer(id: string): Promise<TransferRecord | undefined>;
  transferByKey(idempotencyKey: string): Promise<TransferRecord | undefined>;
  reversalOf(transferId: string): Promise<TransferRecord | undefined>;
  /** The highest sequence number used by a transfer or entry, 0 for an empty ledger. */
  lastSeq(): Promise<number>;
  /** The running totals of a month ('YYYY-MM') or a day ('YYYY-MM-DD'). */
  monthlySummary(account: string, period: string): Promise<MonthlySummaryRecord | undefined>;
  /** A page of a wallet's (a viewer's or a creator's) entries, newest first; system accounts keep no history. */
  historyPage(query: HistoryQuery): Promise<HistoryPage>;
  entriesOfTransfer(transferId: string): Promise<LedgerEntryRecord[]>;
  getDocument<T extends DocumentTable>(table: T, id: string): Promise<StoredDocuments[T] | undefined>;
  /** Documents of a table, optionally only those in one state (recharges and approvals have states). */
  listDocuments<T extends DocumentTable>(table: T, state?: string): Promise<StoredDocuments[T][]>;
}

export interface WalletWriteTx extends WalletReadTx {
  addTransfer(transfer: TransferRecord, entries: LedgerEntryRecord[]): Promise<void>;
  putBalance(balance: BalanceRecord): Promise<void>;
  putMonthlySummary(summary: MonthlySummaryRecord): Promise<void>;
  putDocument<T extends DocumentTable>(table: T, record: StoredDocuments[T]): Promise<void>;
}

/** Everything a wallet holds, as plain records: what a backup carries. */
export interface WalletRecords {
  transfers: TransferRecord[];
  entries: LedgerEntryRecord[];
  balances: BalanceRecord[];
  monthlySummaries: MonthlySummaryRecord[];
  documents: { [T in DocumentTable]: StoredDocuments[T][] };
}

/** Storage port: Dexie (IndexedDB) in browsers, memory in tests. Write transactions run one at a time. */
export interface WalletStorage {
  write<T>(work: (tx: WalletWriteTx) => Promise<T>): Promise<T>;
  read<T>(work: (tx: WalletReadTx) => Promise<T>): Promise<T>;
  /** Every record, for a backup or a full ledger check. */
  exportRecords(): Promise<WalletRecords>;
  /** Replaces the whole wallet in one transaction: all of it or, on any error, nothing. */
  replaceAll(records: WalletRecords): Promise<void>;
  close?(): void;
}

export type { ReceiptRecord };
