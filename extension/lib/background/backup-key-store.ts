import { backupSigningKeySchema, newBackupSigningKey, type BackupSigningKey } from '@core/storage';
import type { KeyValueStore } from '../platform/key-value-store';

const KEY = 'backup.signingKey';

/**
 * The installation's backup signing key, in storage.local: created once, never sent to a page or
 * written into a file. Uninstalling the extension deletes it, so a reinstalled extension cannot check
 * files the old one signed (the README's trust model says why that is the safe side).
 */
export class BackupKeyStore {
  private pending: Promise<BackupSigningKey> | null = null;

  constructor(private readonly store: KeyValueStore) {}

  /** The key, created on first use; concurrent first uses share one key. */
  key(): Promise<BackupSigningKey> {
    this.pending ??= this.readOrCreate().catch((error: unknown) => {
      this.pending = null;
      throw error;
    });
    return this.pending;
  }

  private async readOrCreate(): Promise<BackupSigningKey> {
    const stored = backupSigningKeySchema.safeParse(await this.store.get(KEY));
    if (stored.success) return stored.data;
    const created = await newBackupSigningKey();
    await this.store.set(KEY, created);
    return created;
  }
}
