import type { WalletStorage } from '../ports/wallet-storage';

/** The same storage, calling `committed` after each write that committed (a refused one throws first). */
export function observeCommits(storage: WalletStorage, committed: () => void): WalletStorage {
  return {
    async write(work) {
      const result = await storage.write(work);
      committed();
      return result;
    },
    read: (work) => storage.read(work),
    exportRecords: () => storage.exportRecords(),
    async replaceAll(records) {
      await storage.replaceAll(records);
      committed();
    },
    close: () => storage.close?.(),
  };
}

/** Who hears of commits: a listener's failure is its own, the write it hears about has committed either way. */
export class CommitListeners {
  private readonly listeners = new Set<() => void>();

  add(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  tell(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (error) {
        console.error('LiveGift wallet: a commit listener failed', error);
      }
    }
  }
}
