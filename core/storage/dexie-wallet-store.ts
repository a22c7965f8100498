import { Dexie, type EntityTable } from 'dexie';
import type { WalletStore, WalletStoreTransaction } from '../ports/wallet-store';
import { walletEntrySchema, type WalletEntry } from '../wallet-entry';
import { WalletError } from '../wallet-error';

interface StoredEntry extends Record<string, unknown> {
  /** Auto-incremented: gives entries a stable order independent of clocks. */
  seq?: number;
  idempotencyKey: string;
}

class WalletDatabase extends Dexie {
  entries!: EntityTable<StoredEntry, 'seq'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ entries: '++seq, &idempotencyKey, kind, createdAt' });
  }
}

/** A stored record is untrusted: another version or a corrupt disk may have written it. */
function toEntry(record: StoredEntry | undefined): WalletEntry | undefined {
  if (!record) return undefined;
  const { seq: _seq, ...fields } = record;
  const parsed = walletEntrySchema.safeParse(fields);
  if (!parsed.success) {
    throw new WalletError('corrupt-record', `Wallet record #${String(record.seq)} is unreadable; it was left untouched.`);
  }
  return parsed.data;
}

/** The wallet in IndexedDB through Dexie: used by the extension's background and by the in-page wallet. */
export class DexieWalletStore implements WalletStore {
  private readonly db: WalletDatabase;

  constructor(databaseName = 'livegift-wallet') {
    this.db = new WalletDatabase(databaseName);
  }

  async readBalance(): Promise<number> {
    return toEntry(await this.db.entries.orderBy('seq').last())?.balanceAfter ?? 0;
  }

  async recentEntries(limit: number): Promise<WalletEntry[]> {
    const records = await this.db.entries.orderBy('seq').reverse().limit(limit).toArray();
    return records.map((record) => toEntry(record)!);
  }

  transaction<T>(work: (tx: WalletStoreTransaction) => Promise<T>): Promise<T> {
    const { entries } = this.db;
    return this.db.transaction('rw', entries, () =>
      work({
        readBalance: () => this.readBalance(),
        findEntry: async (key) => toEntry(await entries.where('idempotencyKey').equals(key).first()),
        appendEntry: async (entry) => {
          await entries.add({ ...entry });
        },
      }),
    );
  }

  close(): void {
    this.db.close();
  }
}
