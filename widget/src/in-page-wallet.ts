// Loaded lazily: Dexie and zod stay out of the code that runs before the first tap.
import { Wallet } from '../../core';
import { DexieWalletStore } from '../../core/storage/dexie-wallet-store';

/** The default wallet: the core wallet in this page's IndexedDB, in test mode. */
export function createInPageWallet(): Wallet {
  return new Wallet(new DexieWalletStore('livegift-tray-wallet'));
}
