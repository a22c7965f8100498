import { BackupRejection } from './backup-rejection';
import { checkBackupSignature, signBackupJson, type BackupSigningKey } from './backup-signature';
import { WALLET_BACKUP_FORMAT, type WalletBackup } from './wallet-backup';

/** The text of a backup file: the wallet as JSON, signed with the installation's key. */
export function writeBackupFile(backup: WalletBackup, key: BackupSigningKey): Promise<string> {
  return signBackupJson(JSON.stringify(backup), key);
}

function looksLikeBackup(text: string): 'not-json' | 'not-a-backup' | 'backup' {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'not-json';
  }
  const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  return format === WALLET_BACKUP_FORMAT ? 'backup' : 'not-a-backup';
}

/**
 * The wallet in a file, once its signature proves this installation wrote it and nobody changed it
 * since. Only a signed file is parsed for restoring: a ledger's sums can be recomputed by anyone who
 * edits it, so they prove nothing about where its coins came from. `key` is null before this
 * installation has signed anything (a fresh install), which can check no file at all.
 */
export async function readBackupFile(text: string, key: BackupSigningKey | null): Promise<unknown> {
  const check = await checkBackupSignature(text, key);
  switch (check.status) {
    case 'valid':
      return JSON.parse(check.json) as unknown;
    case 'unsigned': {
      const shape = looksLikeBackup(text);
      if (shape === 'not-json') throw new BackupRejection('not-json', 'The file is not JSON.');
      if (shape === 'not-a-backup') throw new BackupRejection('not-a-backup', 'The file is JSON but not a LiveGift wallet backup.');
      throw new BackupRejection('unsigned', 'The backup carries no signature from this installation of LiveGift.');
    }
    case 'other-key':
      throw new BackupRejection(
        'other-install',
        key === null
          ? 'This installation has made no backup yet, so it holds no key to check a file with.'
          : 'The backup was signed by another installation of LiveGift (or by this one before it was reinstalled).',
      );
    case 'altered':
      throw new BackupRejection('altered', 'The backup was changed after it was exported: its signature does not match its contents.');
  }
}
