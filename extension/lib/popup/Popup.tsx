import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { findCoinPack, type WalletEntry } from '../../../core';
import { askWallet } from '../wallet-client';
import { ScamWarnings } from './ScamWarnings';

const QUICK_PACK = findCoinPack('pack-70')!;

/** The toolbar popup: balance, a test-mode recharge and the latest activity. */
export function Popup() {
  const balance = useSignal<number | null>(null);
  const recent = useSignal<WalletEntry[]>([]);
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);

  async function load(request: Parameters<typeof askWallet>[0]) {
    const response = await askWallet(request);
    if (response.ok) {
      balance.value = response.balance;
      recent.value = response.recent;
      error.value = null;
    } else {
      error.value = response.message;
    }
  }

  useEffect(() => {
    void load({ type: 'wallet/summary', recentLimit: 5 });
  }, []);

  async function recharge() {
    busy.value = true;
    try {
      // The key is chosen before the call, so a retried click cannot credit twice.
      await load({ type: 'wallet/recharge', packId: QUICK_PACK.id, idempotencyKey: crypto.randomUUID() });
    } finally {
      busy.value = false;
    }
  }

  return (
    <main>
      <header>
        <h1>LiveGift</h1>
        <span class="test-mode" title="Payments use the sandbox provider; no real money moves.">
          TEST MODE
        </span>
      </header>
      <section aria-label="Coin balance">
        <p class="balance" data-testid="balance">
          {balance.value === null ? '…' : `${balance.value.toLocaleString()} coins`}
        </p>
      </section>
      <button type="button" onClick={recharge} disabled={busy.value}>
        Recharge {QUICK_PACK.coins} coins (test mode)
      </button>
      {error.value && (
        <p role="alert" class="error">
          {error.value}
        </p>
      )}
      <section aria-label="Recent activity">
        <ul>
          {recent.value.map((entry) => (
            <li key={entry.idempotencyKey}>
              {entry.kind === 'recharge' ? `+${entry.coins} coins recharged` : `−${entry.coins} coins on ${entry.giftId}`}
            </li>
          ))}
        </ul>
      </section>
      <ScamWarnings />
    </main>
  );
}
