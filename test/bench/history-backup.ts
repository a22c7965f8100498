import { parseWalletBackup, type WalletBackup } from '@core';

const DAY = 24 * 60 * 60 * 1000;

/**
 * A wallet backup with `count` history entries, written record by record (posting 100,000 transfers
 * through the service would take minutes). Each entry is a 70-coin recharge, spread over the past year.
 * The result is checked with the core's own backup parser, ledger verification included, so the bench
 * never measures a wallet the extension would refuse.
 */
export function historyBackup(count: number, now = Date.now()): string {
  const transfers: WalletBackup['transfers'] = [];
  const entries: WalletBackup['entries'] = [];
  let balance = 0;
  for (let i = 0; i < count; i += 1) {
    const seq = 3 * i + 1;
    const createdAt = now - Math.floor(((count - i) * 365 * DAY) / count);
    const memo = { packId: 'pack-70' };
    const legs = [
      { account: 'viewer:me', unit: 'coins' as const, amount: 70 },
      { account: 'system:purchase-clearing', unit: 'coins' as const, amount: -70 },
    ];
    const id = `tr-${seq}`;
    const idempotencyKey = `bench-${String(seq).padStart(7, "0")}`;
    transfers.push({ id, seq, idempotencyKey, fingerprint: 'bench', kind: 'recharge', legs, memo, reverses: null, createdAt });
    balance += 70;
    const common = { transferId: id, idempotencyKey, kind: 'recharge' as const, memo, createdAt };
    entries.push({ seq: seq + 1, ...common, ...legs[0]!, balanceAfter: balance });
    entries.push({ seq: seq + 2, ...common, ...legs[1]!, balanceAfter: -balance });
  }
  const backup: WalletBackup = {
    format: 'livegift-wallet-backup',
    version: 2,
    exportedAt: now,
    transfers,
    entries,
    balances: [
      { account: 'viewer:me', unit: 'coins', balance },
      { account: 'system:purchase-clearing', unit: 'coins', balance: -balance },
    ],
    documents: { recharges: [], receipts: [] },
  };
  parseWalletBackup(backup, 'UTC');
  return JSON.stringify(backup);
}
