import { LEDGER_HEAD_ID, LEDGER_HEAD_STORE } from '@core/storage/wallet-db-layout';
import { PAGE_VIEWER_ACCOUNT, PAGE_WALLET_DB } from './page-wallet-db';

/**
 * Reads the in-page wallet's balance with plain IndexedDB, so the tray can show it without loading Dexie and zod
 * (the full wallet loads when the viewer first sends or recharges). Resolves 0 when the page has no wallet yet,
 * and null when the answer is not trustworthy (an older schema, an odd record, storage blocked): the caller then
 * asks the full wallet, which validates and reports properly.
 */
export function peekPageBalance(indexedDb: IDBFactory | undefined = globalThis.indexedDB): Promise<number | null> {
  return new Promise((resolve) => {
    if (!indexedDb) return resolve(null);
    let created = false;
    let request: IDBOpenDBRequest;
    try {
      request = indexedDb.open(PAGE_WALLET_DB);
    } catch {
      return resolve(null);
    }
    // No database yet: abort, so that peeking never creates one, and the balance is simply zero.
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onerror = () => resolve(created ? 0 : null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      const finish = (value: number | null) => {
        db.close();
        resolve(value);
      };
      if (!db.objectStoreNames.contains(LEDGER_HEAD_STORE)) return finish(null);
      try {
        const read = db.transaction(LEDGER_HEAD_STORE, 'readonly').objectStore(LEDGER_HEAD_STORE).get(LEDGER_HEAD_ID);
        read.onsuccess = () => finish(readCoins(read.result));
        read.onerror = () => finish(null);
      } catch {
        finish(null);
      }
    };
  });
}

/** The viewer's coins in the ledger's head record: `{ balances: { 'viewer:me': { balance } } }`. */
function readCoins(head: unknown): number | null {
  if (head === undefined) return 0;
  const balances = typeof head === 'object' && head !== null && 'balances' in head ? head.balances : undefined;
  if (typeof balances !== 'object' || balances === null) return null;
  const record: unknown = (balances as Record<string, unknown>)[PAGE_VIEWER_ACCOUNT];
  if (record === undefined) return 0;
  if (typeof record !== 'object' || record === null || !('balance' in record)) return null;
  const { balance } = record;
  return typeof balance === 'number' && Number.isSafeInteger(balance) && balance >= 0 ? balance : null;
}
