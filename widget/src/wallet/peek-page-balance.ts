import { PAGE_VIEWER_ACCOUNT, PAGE_WALLET_BALANCES, PAGE_WALLET_DB } from './page-wallet-db';

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
      if (!db.objectStoreNames.contains(PAGE_WALLET_BALANCES)) return finish(null);
      try {
        const read = db.transaction(PAGE_WALLET_BALANCES, 'readonly').objectStore(PAGE_WALLET_BALANCES).get(PAGE_VIEWER_ACCOUNT);
        read.onsuccess = () => finish(readCoins(read.result));
        read.onerror = () => finish(null);
      } catch {
        finish(null);
      }
    };
  });
}

function readCoins(record: unknown): number | null {
  if (record === undefined) return 0;
  if (typeof record !== 'object' || record === null || !('balance' in record)) return null;
  const { balance } = record;
  return typeof balance === 'number' && Number.isSafeInteger(balance) && balance >= 0 ? balance : null;
}
