import { decodeHistoryCursor, encodeHistoryCursor } from '../history/history-cursor';
import type { HistoryQuery, MonthlySummaryRecord } from '../history/history-records';
import type { BalanceRecord, LedgerEntryRecord, TransferRecord } from '../ledger/ledger-records';
import type { DocumentTable, HistoryPage, WalletReadTx, WalletRecords, WalletStorage, WalletWriteTx } from '../ports/wallet-storage';
import { STORED_DOCUMENT_SCHEMAS, type StoredDocuments } from './stored-documents';

interface State {
  transfers: Map<string, TransferRecord>;
  transferIdByKey: Map<string, string>;
  reversalByOriginal: Map<string, string>;
  entries: LedgerEntryRecord[];
  balances: Map<string, BalanceRecord>;
  monthly: Map<string, MonthlySummaryRecord>;
  documents: Map<DocumentTable, Map<string, unknown>>;
  lastSeq: number;
}

const documentTables = Object.keys(STORED_DOCUMENT_SCHEMAS) as DocumentTable[];

function emptyState(): State {
  return {
    transfers: new Map(),
    transferIdByKey: new Map(),
    reversalByOriginal: new Map(),
    entries: [],
    balances: new Map(),
    monthly: new Map(),
    documents: new Map(documentTables.map((table) => [table, new Map()])),
    lastSeq: 0,
  };
}

/** A write transaction works on a copy; committing swaps it in, so a failed one leaves nothing behind. */
function copyState(state: State): State {
  return {
    transfers: new Map(state.transfers),
    transferIdByKey: new Map(state.transferIdByKey),
    reversalByOriginal: new Map(state.reversalByOriginal),
    entries: [...state.entries],
    balances: new Map(state.balances),
    monthly: new Map(state.monthly),
    documents: new Map([...state.documents].map(([table, records]) => [table, new Map(records)])),
    lastSeq: state.lastSeq,
  };
}

const documentId = (record: { id: string }) => record.id;

function readTx(state: State): WalletReadTx {
  const clone = <T>(value: T): T => structuredClone(value);
  return {
    balance: async (account) => state.balances.get(account)?.balance ?? 0,
    transfer: async (id) => clone(state.transfers.get(id)),
    transferByKey: async (key) => {
      const id = state.transferIdByKey.get(key);
      return id === undefined ? undefined : clone(state.transfers.get(id));
    },
    reversalOf: async (transferId) => {
      const id = state.reversalByOriginal.get(transferId);
      return id === undefined ? undefined : clone(state.transfers.get(id));
    },
    lastSeq: async () => state.lastSeq,
    monthlySummary: async (account, month) => clone(state.monthly.get(`${account}|${month}`)),
    entriesOfTransfer: async (transferId) => clone(state.entries.filter((entry) => entry.transferId === transferId)),
    historyPage: async (query) => historyPage(state.entries, query),
    getDocument: async (table, id) => clone(state.documents.get(table)!.get(id)) as never,
    listDocuments: async (table, stateFilter) =>
      clone(
        [...state.documents.get(table)!.values()].filter(
          (record) => stateFilter === undefined || (record as { state?: string }).state === stateFilter,
        ),
      ) as never,
  };
}

function historyPage(entries: readonly LedgerEntryRecord[], query: HistoryQuery): HistoryPage {
  const after = query.cursor ? decodeHistoryCursor(query.cursor) : undefined;
  const matching = entries
    .filter(
      (entry) =>
        entry.account === query.account &&
        (query.kind === undefined || entry.kind === query.kind) &&
        (query.fromMs === undefined || entry.createdAt >= query.fromMs) &&
        (query.toMs === undefined || entry.createdAt < query.toMs) &&
        (!after || entry.createdAt < after.createdAt || (entry.createdAt === after.createdAt && entry.seq < after.seq)),
    )
    .sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq);
  const page = matching.slice(0, query.limit);
  const last = page.at(-1);
  return {
    entries: structuredClone(page),
    nextCursor: matching.length > query.limit && last ? encodeHistoryCursor(last) : null,
  };
}

function writeTx(state: State): WalletWriteTx {
  return {
    ...readTx(state),
    addTransfer: async (transfer, entries) => {
      state.transfers.set(transfer.id, structuredClone(transfer));
      state.transferIdByKey.set(transfer.idempotencyKey, transfer.id);
      if (transfer.reverses !== null) state.reversalByOriginal.set(transfer.reverses, transfer.id);
      state.entries.push(...structuredClone(entries));
      state.lastSeq = Math.max(state.lastSeq, transfer.seq, ...entries.map((entry) => entry.seq));
    },
    putBalance: async (balance) => {
      state.balances.set(balance.account, { ...balance });
    },
    putMonthlySummary: async (summary) => {
      state.monthly.set(summary.key, structuredClone(summary));
    },
    putDocument: async (table, record) => {
      state.documents.get(table)!.set(documentId(record), structuredClone(record));
    },
  };
}

function stateFrom(records: WalletRecords): State {
  const state = emptyState();
  const tx = writeTx(state);
  const entriesByTransfer = new Map<string, LedgerEntryRecord[]>();
  for (const entry of records.entries) {
    entriesByTransfer.set(entry.transferId, [...(entriesByTransfer.get(entry.transferId) ?? []), entry]);
  }
  for (const transfer of records.transfers) void tx.addTransfer(transfer, entriesByTransfer.get(transfer.id) ?? []);
  state.entries.sort((a, b) => a.seq - b.seq);
  for (const balance of records.balances) void tx.putBalance(balance);
  for (const summary of records.monthlySummaries) void tx.putMonthlySummary(summary);
  for (const table of documentTables) {
    for (const record of records.documents[table] as StoredDocuments[DocumentTable][]) void tx.putDocument(table, record);
  }
  return state;
}

/** WalletStorage in memory: for tests, and for pages that must not persist anything. */
export class MemoryWalletStore implements WalletStorage {
  private state = emptyState();
  private queue: Promise<unknown> = Promise.resolve();

  /** Writes run one after another, like IndexedDB readwrite transactions over the same stores. */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  write<T>(work: (tx: WalletWriteTx) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      const staged = copyState(this.state);
      const result = await work(writeTx(staged));
      this.state = staged;
      return result;
    });
  }

  read<T>(work: (tx: WalletReadTx) => Promise<T>): Promise<T> {
    return work(readTx(this.state));
  }

  async exportRecords(): Promise<WalletRecords> {
    const { state } = this;
    return structuredClone({
      transfers: [...state.transfers.values()].sort((a, b) => a.seq - b.seq),
      entries: state.entries,
      balances: [...state.balances.values()],
      monthlySummaries: [...state.monthly.values()],
      documents: Object.fromEntries(documentTables.map((table) => [table, [...state.documents.get(table)!.values()]])) as WalletRecords['documents'],
    });
  }

  replaceAll(records: WalletRecords): Promise<void> {
    return this.enqueue(async () => {
      this.state = stateFrom(records);
    });
  }
}
