import type { Gift } from '@core';
import type { WalletPort } from '@core/ports';
import { peekPageBalance } from './peek-page-balance';

type FullWalletModule = typeof import('../in-page-wallet');

/** Every tray on the page hears every change, whichever tray made it. */
const listeners = new Set<(balance: number) => void>();
let full: Promise<FullWalletModule> | undefined;

function loadFull(load: () => Promise<FullWalletModule>): Promise<FullWalletModule> {
  full ??= load().then(
    (module) => {
      module.onPageBalanceChange((balance) => listeners.forEach((listener) => listener(balance)));
      return module;
    },
    (error: unknown) => {
      full = undefined; // a failed chunk load (offline) is tried again on the next call
      throw error;
    },
  );
  return full;
}

/**
 * The in-page test wallet as the tray first sees it: the balance comes from a plain IndexedDB read, and the full
 * wallet (Dexie, zod, the core's wallet service) loads only when the viewer sends or recharges. This keeps the code
 * that runs before the first tap small.
 */
export function createPageWallet(
  catalog: () => readonly Gift[],
  load: () => Promise<FullWalletModule> = () => import('../in-page-wallet'),
): WalletPort {
  const wallet = async () => (await loadFull(load)).createInPageWallet(catalog);
  return {
    mode: 'test',
    async balance() {
      if (!full) {
        const peeked = await peekPageBalance();
        if (peeked !== null) return peeked;
      }
      return (await wallet()).balance();
    },
    recentEntries: async (limit) => (await wallet()).recentEntries(limit),
    recharge: async (request) => (await wallet()).recharge(request),
    sendGift: async (request) => (await wallet()).sendGift(request),
    onBalanceChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
