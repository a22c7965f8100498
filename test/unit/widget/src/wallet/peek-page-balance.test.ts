import { IDBFactory } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { MemoryWalletStore, SandboxWallet } from '@core';
import { DexieWalletStore } from '@core/storage/dexie-wallet-store';
import { LEDGER_HEAD_ID, LEDGER_HEAD_STORE } from '@core/storage';
import { PAGE_WALLET_DB } from '../../../../../widget/src/wallet/page-wallet-db';
import { peekPageBalance } from '../../../../../widget/src/wallet/peek-page-balance';
import { createPageWallet } from '../../../../../widget/src/wallet/page-wallet';

describe('the tray shows the in-page balance before it loads the full wallet', () => {
  it('reads the balance the full wallet stored', async () => {
    const wallet = new SandboxWallet(new DexieWalletStore(PAGE_WALLET_DB));
    await wallet.recharge({ packId: 'pack-350', idempotencyKey: 'peek-test-1' });
    await wallet.sendGift({ giftId: 'doughnut', count: 2, creator: 'mia', stream: 's1', idempotencyKey: 'peek-test-2' });
    expect(await peekPageBalance()).toBe(290);
  });

  it('answers 0 for a page that never had a wallet, without creating a database', async () => {
    const indexedDb = new IDBFactory();
    expect(await peekPageBalance(indexedDb)).toBe(0);
    expect((await indexedDb.databases()).map((db) => db.name)).not.toContain(PAGE_WALLET_DB);
  });

  it('declines to guess when the stored balance is not a whole, non-negative number', async () => {
    const indexedDb = new IDBFactory();
    const db = new Dexie(PAGE_WALLET_DB, { indexedDB: indexedDb });
    db.version(3).stores({ [LEDGER_HEAD_STORE]: 'id' });
    await db.table(LEDGER_HEAD_STORE).put({ id: LEDGER_HEAD_ID, lastSeq: 2, balances: { 'viewer:me': { account: 'viewer:me', unit: 'coins', balance: 12.5 } } });
    db.close();
    expect(await peekPageBalance(indexedDb)).toBeNull();
  });

  it('declines to guess on an older database without a ledger head', async () => {
    const indexedDb = new IDBFactory();
    const db = new Dexie(PAGE_WALLET_DB, { indexedDB: indexedDb });
    db.version(1).stores({ entries: '++seq' });
    await db.open();
    db.close();
    expect(await peekPageBalance(indexedDb)).toBeNull();
  });

  it('loads the full wallet only when the viewer sends or recharges, and tells every tray', async () => {
    let loads = 0;
    const full = new SandboxWallet(new MemoryWalletStore());
    const changes: number[] = [];
    const listeners = new Set<(balance: number) => void>();
    const load = () => {
      loads += 1;
      return Promise.resolve({
        createInPageWallet: () => ({
          balance: () => full.balance(),
          recentEntries: (limit: number) => full.recentEntries(limit),
          sendGift: (request: Parameters<SandboxWallet['sendGift']>[0]) => full.sendGift(request),
          recharge: async (request: Parameters<SandboxWallet['recharge']>[0]) => {
            const entry = await full.recharge(request);
            listeners.forEach((listener) => listener(entry.balanceAfter));
            return entry;
          },
        }),
        onPageBalanceChange: (listener: (balance: number) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      });
    };
    const first = createPageWallet(() => [], load);
    const second = createPageWallet(() => [], load);
    second.onBalanceChange?.((balance) => changes.push(balance));
    expect(await first.balance()).toBeTypeOf('number');
    expect(loads).toBe(0);
    await first.recharge({ packId: 'pack-70', idempotencyKey: 'peek-test-3' });
    expect(loads).toBe(1);
    expect(changes).toEqual([70]);
  });
});
