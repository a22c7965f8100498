import type { WalletEntry } from '../wallet-entry';

/** What a wallet needs from storage, inside one atomic transaction. */
export interface WalletStoreTransaction {
  readBalance(): Promise<number>;
  findEntry(idempotencyKey: string): Promise<WalletEntry | undefined>;
  /** Appends an entry and moves the balance to entry.balanceAfter, both or neither. */
  appendEntry(entry: WalletEntry): Promise<void>;
}

/** Storage port: Dexie in browsers, memory in tests. */
export interface WalletStore {
  transaction<T>(work: (tx: WalletStoreTransaction) => Promise<T>): Promise<T>;
  readBalance(): Promise<number>;
  /** Newest first. */
  recentEntries(limit: number): Promise<WalletEntry[]>;
}
