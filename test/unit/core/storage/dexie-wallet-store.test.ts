import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SandboxPaymentProvider, WalletService, verifyLedger } from '@core';
import { DexieWalletStore } from '@core/storage/dexie-wallet-store';
import { TestClock } from '../../support/test-clock';

const card = { method: 'card', token: '4242 4242 4242 4242' };

function service(store: DexieWalletStore) {
  const clock = new TestClock();
  return new WalletService({ storage: store, payments: new SandboxPaymentProvider({ clock }), clock });
}

async function writeV1(name: string, entries: object[]) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ entries: '++seq, &idempotencyKey, kind, createdAt' });
  await v1.table('entries').bulkAdd(entries);
  v1.close();
}

describe('Dexie storage', () => {
  it('upgrades a v1 wallet to the ledger, keeping balance, history and request keys', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const at = Date.UTC(2026, 1, 3);
    await writeV1(name, [
      { kind: 'recharge', idempotencyKey: 'old-recharge-1', packId: 'pack-70', coins: 70, balanceAfter: 70, createdAt: at },
      {
        kind: 'gift',
        idempotencyKey: 'old-gift-0001',
        giftId: 'doughnut',
        count: 1,
        creator: 'mia-cooks',
        stream: 'sunday',
        coins: 30,
        balanceAfter: 40,
        createdAt: at + 1000,
      },
    ]);
    const store = new DexieWalletStore(name);
    const wallet = service(store);
    expect(await wallet.balance()).toBe(40);
    expect(await wallet.creatorDiamonds('mia-cooks')).toBe(15);
    expect((await wallet.history()).entries.map((entry) => entry.kind)).toEqual(['gift', 'recharge']);
    expect(await wallet.monthlySummary('2026-02')).toMatchObject({ recharged: 70, spent: 30 });
    const retried = await wallet.sendGift({ giftId: 'doughnut', count: 1, creator: 'mia-cooks', stream: 'sunday', idempotencyKey: 'old-gift-0001' });
    expect(retried.replayed).toBe(true);
    expect(verifyLedger(await store.exportRecords()).ok).toBe(true);
    store.close();
  });

  it('leaves a v1 wallet with an unreadable line untouched instead of upgrading it', async () => {
    const name = `v1-bad-${crypto.randomUUID()}`;
    await writeV1(name, [{ kind: 'recharge', idempotencyKey: 'old-recharge-1', packId: 'pack-70', coins: -70, balanceAfter: 70, createdAt: 1 }]);
    const store = new DexieWalletStore(name);
    await expect(service(store).balance()).rejects.toThrow(/unreadable/);
    store.close();
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(1);
    expect(await raw.table('entries').count()).toBe(1);
    raw.close();
  });

  it.each([
    ['transfers', { id: 'tr-1', seq: 'one' }],
    ['recharges', { id: 'rc-x', state: 'teleported' }],
    ['approvals', { id: 'ap-x', state: 'pending' }],
  ])('reports a corrupt %s record with a clear error instead of using it', async (table, record) => {
    const name = `corrupt-${crypto.randomUUID()}`;
    const store = new DexieWalletStore(name);
    const wallet = service(store);
    await wallet.recharge({ idempotencyKey: 'recharge-0001', region: 'US', packId: 'pack-70', instrument: card });
    const raw = new Dexie(name);
    await raw.open();
    await raw.table(table).put(record);
    raw.close();
    await expect(wallet.exportBackup()).rejects.toMatchObject({ code: 'corrupt-record', message: expect.stringContaining(table) });
    store.close();
  });

  it('pages a long history by cursor on the compound index, per type', async () => {
    const store = new DexieWalletStore(`paging-${crypto.randomUUID()}`);
    const clock = new TestClock();
    const wallet = new WalletService({ storage: store, payments: new SandboxPaymentProvider({ clock }), clock });
    await wallet.recharge({ idempotencyKey: 'recharge-0001', region: 'US', packId: 'pack-7000', instrument: card });
    for (let i = 0; i < 120; i++) {
      // Several gifts share a timestamp: the cursor must still neither skip nor repeat.
      if (i % 3 === 0) clock.advance(1000);
      await wallet.sendGift({ giftId: 'rose', count: 1 + (i % 4), creator: 'mia-cooks', stream: 's1', idempotencyKey: `gift-${String(i).padStart(6, '0')}` });
    }
    const seen = new Set<number>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await wallet.history({ kind: 'gift', limit: 50, cursor });
      for (const entry of page.entries) seen.add(entry.seq);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen.size).toBe(120);
    store.close();
  });
});
