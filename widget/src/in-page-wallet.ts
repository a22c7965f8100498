// Loaded lazily: Dexie and zod stay out of the code that runs before the first tap.
import './zod-jitless'; // first: before the core builds its schemas
import { SandboxWallet } from '@core/wallet/sandbox-wallet';
import type { Gift } from '@core';
import type { WalletPort } from '@core/ports';
import { DexieWalletStore } from '@core/storage/dexie-wallet-store';
import { PAGE_WALLET_DB } from './wallet/page-wallet-db';

let store: DexieWalletStore | undefined;
/** One wallet per catalog: each builds a WalletService, which need not be rebuilt for every call. */
const wallets = new WeakMap<readonly Gift[], SandboxWallet>();
const listeners = new Set<(balance: number) => void>();

/**
 * The default wallet: the core wallet in this page's IndexedDB, in test mode. All trays on a page share
 * one store and hear each other's balance changes. Prices come from the asking tray's current catalog.
 */
export function createInPageWallet(catalog: () => readonly Gift[]): WalletPort {
  store ??= new DexieWalletStore(PAGE_WALLET_DB);
  const shared = store;
  const wallet = () => {
    const gifts = catalog();
    let forCatalog = wallets.get(gifts);
    if (!forCatalog) wallets.set(gifts, (forCatalog = new SandboxWallet(shared, { catalog: gifts })));
    return forCatalog;
  };
  const announce = async <T>(operation: Promise<T>): Promise<T> => {
    const result = await operation;
    const balance = await wallet().balance();
    for (const listener of listeners) listener(balance);
    return result;
  };
  // Subscriptions go through onPageBalanceChange: the light page wallet forwards them to every tray.
  return {
    mode: 'test',
    balance: () => wallet().balance(),
    recentEntries: (limit) => wallet().recentEntries(limit),
    recharge: (request) => announce(wallet().recharge(request)),
    sendGift: (request) => announce(wallet().sendGift(request)),
  };
}

/** Balance changes made through any tray on this page. */
export function onPageBalanceChange(listener: (balance: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
