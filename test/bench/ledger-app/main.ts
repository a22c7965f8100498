// Runs in Chromium: the real core on real IndexedDB, timed with performance.now().
import {
  DEFAULT_VIEWER_ID,
  rebuildMonthlySummaries,
  SandboxPaymentProvider,
  SYSTEM_ACCOUNTS,
  viewerAccount,
  WalletService,
  type BalanceRecord,
  type LedgerEntryRecord,
  type TransferRecord,
} from '@core';
import { DexieWalletStore } from '@core/storage/dexie-wallet-store';

const CARD = { method: 'card', token: '4242 4242 4242 4242' };

function walletOn(name: string) {
  const storage = new DexieWalletStore(name);
  return { storage, wallet: new WalletService({ storage, payments: new SandboxPaymentProvider(), timeZone: 'UTC' }) };
}

/** A fresh raw store: one object store, small records. */
async function openRawStore(): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(`bench-raw-${crypto.randomUUID()}`, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('items', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The floor: one small record per readwrite transaction, straight into IndexedDB. */
function rawPut(db: IDBDatabase, id: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = db.transaction('items', 'readwrite');
    tx.objectStore('items').put({ id, account: 'viewer:me', amount: -1, createdAt: Date.now() });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/**
 * Gifts sent one after another through the whole service (limits, ledger, summaries, receipt), and raw
 * single-put transactions, in alternating slices of the same page: a busy machine slows both alike.
 */
async function giftsAndRawPutsPerSecond(count: number, slices: number): Promise<{ gifts: number; raw: number }> {
  const { storage, wallet } = walletOn(`bench-gifts-${crypto.randomUUID()}`);
  const db = await openRawStore();
  await wallet.recharge({ idempotencyKey: 'bench-recharge', region: 'US', customCoins: 100_000, instrument: CARD });
  const perSlice = Math.ceil(count / slices);
  let giftMs = 0;
  let rawMs = 0;
  let sent = 0;
  for (let slice = 0; slice < slices; slice++) {
    let started = performance.now();
    for (let i = 0; i < perSlice; i++) await rawPut(db, slice * perSlice + i);
    rawMs += performance.now() - started;
    started = performance.now();
    for (let i = 0; i < perSlice; i++) {
      await wallet.sendGift({ giftId: 'rose', count: 1, creator: 'bench-creator', stream: 'bench', idempotencyKey: `bench-gift-${sent++}` });
    }
    giftMs += performance.now() - started;
  }
  if ((await wallet.balance()) !== 100_000 - sent) throw new Error('the bench wallet lost coins');
  storage.close();
  db.close();
  return { gifts: sent / (giftMs / 1000), raw: sent / (rawMs / 1000) };
}

/**
 * A consistent ledger of one recharge and `gifts` one-coin gifts spread over a year: every gift has
 * four legs (viewer, gift sink, diamond issuance, platform share), so the viewer's history holds
 * gifts + 1 entries and the store 4 × gifts + 2.
 */
function syntheticLedger(gifts: number) {
  const viewer = viewerAccount(DEFAULT_VIEWER_ID);
  const start = Date.UTC(2025, 0, 1);
  const step = Math.floor((365 * 24 * 3600 * 1000) / gifts);
  const transfers: TransferRecord[] = [];
  const entries: LedgerEntryRecord[] = [];
  const balances = new Map<string, number>();
  let seq = 0;
  const post = (kind: 'recharge' | 'gift', createdAt: number, legs: [string, 'coins' | 'diamonds', number][], memo: TransferRecord['memo']) => {
    const id = `tr-${++seq}`;
    const key = `bench-${id}`;
    transfers.push({
      id,
      seq,
      idempotencyKey: key,
      fingerprint: key,
      kind,
      legs: legs.map(([account, unit, amount]) => ({ account, unit, amount })),
      memo,
      reverses: null,
      createdAt,
    });
    for (const [account, unit, amount] of legs) {
      const balanceAfter = (balances.get(account) ?? 0) + amount;
      balances.set(account, balanceAfter);
      entries.push({ seq: ++seq, transferId: id, idempotencyKey: key, account, unit, amount, balanceAfter, kind, memo, createdAt });
    }
  };
  post('recharge', start, [[SYSTEM_ACCOUNTS.purchaseClearing, 'coins', -gifts], [viewer, 'coins', gifts]], { packId: null });
  for (let i = 0; i < gifts; i++) {
    post(
      'gift',
      start + 1000 + i * step,
      [
        [viewer, 'coins', -1],
        [SYSTEM_ACCOUNTS.giftSink, 'coins', 1],
        [SYSTEM_ACCOUNTS.diamondIssuance, 'diamonds', -1],
        [SYSTEM_ACCOUNTS.platformShare, 'diamonds', 1],
      ],
      { giftId: 'rose', count: 1, creator: `creator-${i % 7}`, stream: 'bench' },
    );
  }
  const balanceRecords: BalanceRecord[] = [...balances].map(([account, balance]) => ({
    account,
    unit: account === viewer || account === SYSTEM_ACCOUNTS.purchaseClearing || account === SYSTEM_ACCOUNTS.giftSink ? 'coins' : 'diamonds',
    balance,
  }));
  return { transfers, entries, balances: balanceRecords, monthlySummaries: rebuildMonthlySummaries(transfers, entries, 'UTC') };
}

let big: ReturnType<typeof walletOn> | undefined;

async function seedHistory(gifts: number): Promise<{ seconds: number; viewerEntries: number; storedEntries: number }> {
  big = walletOn(`bench-history-${crypto.randomUUID()}`);
  const records = syntheticLedger(gifts);
  const started = performance.now();
  await big.storage.replaceAll({ ...records, documents: { recharges: [], approvals: [], receipts: [], settings: [] } });
  return { seconds: (performance.now() - started) / 1000, viewerEntries: gifts + 1, storedEntries: records.entries.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeIt(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Median ms to read the newest 50 entries, a 50-entry page deep in the year by type and date, and a month's summary. */
async function readTimings(runs: number) {
  const { wallet } = big!;
  const first = await wallet.history({ limit: 50 });
  if (first.entries.length !== 50 || !first.nextCursor) throw new Error('the seeded history is missing');
  const summary = await wallet.monthlySummary('2025-06');
  if (summary.spent <= 0) throw new Error('the seeded summary is missing');
  return {
    newestPageMs: await timeIt(runs, () => wallet.history({ limit: 50 })),
    filteredPageMs: await timeIt(runs, () =>
      wallet.history({ kind: 'gift', fromMs: Date.UTC(2025, 5, 1), toMs: Date.UTC(2025, 6, 1), cursor: first.nextCursor, limit: 50 }),
    ),
    monthlySummaryMs: await timeIt(runs, () => wallet.monthlySummary('2025-06')),
    spentInJune: summary.spent,
  };
}

const benches = { giftsAndRawPutsPerSecond, seedHistory, readTimings };
declare global {
  interface Window {
    ledgerBench: typeof benches;
  }
}
window.ledgerBench = benches;
document.body.dataset.ready = 'true';
