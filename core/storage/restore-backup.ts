import type { WalletStorage } from '../ports/wallet-storage';
import type { RestoredWallet } from './wallet-backup';

/**
 * Stores a checked backup in place of the wallet's ledger, recharges and receipts. The parents'
 * controls in force (limit policy, settings, approvals) are carried over untouched: a file can never
 * lift a limit or bring an approval along.
 */
export async function restoreKeepingControls(storage: WalletStorage, restored: RestoredWallet): Promise<void> {
  const [approvals, settings] = await storage.read((tx) => Promise.all([tx.listDocuments('approvals'), tx.listDocuments('settings')]));
  const { exportedAt: _exportedAt, ...records } = restored;
  await storage.replaceAll({ ...records, documents: { ...records.documents, approvals, settings } });
}
