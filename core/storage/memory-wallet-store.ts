import type { WalletStore, WalletStoreTransaction } from '../ports/wallet-store';
import type { WalletEntry } from '../wallet-entry';

/** A WalletStore in memory, for tests and for pages that must not persist anything. */
export class MemoryWalletStore implements WalletStore {
  private entries: WalletEntry[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  readBalance(): Promise<number> {
    return Promise.resolve(this.entries.at(-1)?.balanceAfter ?? 0);
  }

  recentEntries(limit: number): Promise<WalletEntry[]> {
    return Promise.resolve(this.entries.slice(-limit).reverse());
  }

  /** Transactions run one after another, like IndexedDB's readwrite transactions on one store. */
  transaction<T>(work: (tx: WalletStoreTransaction) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const staged: WalletEntry[] = [];
      const tx: WalletStoreTransaction = {
        readBalance: () => Promise.resolve((staged.at(-1) ?? this.entries.at(-1))?.balanceAfter ?? 0),
        findEntry: (key) =>
          Promise.resolve([...this.entries, ...staged].find((entry) => entry.idempotencyKey === key)),
        appendEntry: (entry) => {
          staged.push(entry);
          return Promise.resolve();
        },
      };
      const result = await work(tx);
      this.entries.push(...staged);
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
