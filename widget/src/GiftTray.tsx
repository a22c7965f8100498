import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { DEFAULT_GIFT_CATALOG } from '../../core/gift-catalog';
import type { Gift } from '../../core/gift-schema';
import type { WalletPort } from '../../core/ports/wallet-port';
import { emit } from './tray-events';

const TEST_RECHARGE_PACK = { id: 'pack-70', coins: 70 };

export interface GiftTrayProps {
  host: HTMLElement;
  creator: string;
  stream: string;
  loadWallet: () => Promise<WalletPort>;
}

function errorDetails(error: unknown): { code: string; message: string } {
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    return { code: String(error.code), message: String(error.message) };
  }
  return { code: 'internal', message: 'The gift could not be sent. No coins were taken.' };
}

/** The tray's view: balance, gifts and a test-mode top-up. */
export function GiftTray({ host, creator, stream, loadWallet }: GiftTrayProps) {
  const balance = useSignal<number | null>(null);
  const status = useSignal<string>('');

  async function refreshBalance(wallet: WalletPort) {
    balance.value = await wallet.balance();
    emit(host, 'wallet-change', { source: 'page', balance: balance.value });
  }

  useEffect(() => {
    void loadWallet().then(refreshBalance);
  }, []);

  async function send(gift: Gift) {
    const wallet = await loadWallet();
    const count = 1;
    try {
      const receipt = await wallet.sendGift({
        giftId: gift.id,
        count,
        creator,
        stream,
        idempotencyKey: crypto.randomUUID(),
      });
      status.value = `Sent ${gift.name} for ${receipt.coins} coins.`;
      emit(host, 'gift-sent', {
        giftId: gift.id,
        count,
        coins: receipt.coins,
        receiptId: receipt.idempotencyKey,
        creator,
        stream,
      });
    } catch (error) {
      const details = errorDetails(error);
      status.value = details.message;
      emit(host, 'gift-failed', { giftId: gift.id, count, ...details });
    }
    await refreshBalance(wallet);
  }

  async function topUp() {
    const wallet = await loadWallet();
    await wallet.recharge({ packId: TEST_RECHARGE_PACK.id, idempotencyKey: crypto.randomUUID() });
    status.value = `Added ${TEST_RECHARGE_PACK.coins} test coins.`;
    await refreshBalance(wallet);
  }

  return (
    <section class="tray" part="tray" aria-label="Send a gift">
      <header class="bar" part="header">
        <span class="balance" part="balance" data-testid="tray-balance">
          {balance.value === null ? '… coins' : `${balance.value.toLocaleString()} coins`}
        </span>
        <span class="test-mode" part="test-mode" title="This tray uses a test wallet; no real money moves.">
          TEST MODE
        </span>
        <button type="button" class="top-up" part="top-up" onClick={topUp}>
          Add {TEST_RECHARGE_PACK.coins} test coins
        </button>
      </header>
      <ul class="gifts" part="gifts">
        {DEFAULT_GIFT_CATALOG.map((gift) => (
          <li key={gift.id}>
            <button
              type="button"
              class={`gift tier-${gift.tier}`}
              part="gift"
              aria-label={`${gift.name}, ${gift.coins} coins`}
              onClick={() => void send(gift)}
            >
              <span class="icon" aria-hidden="true">
                {gift.icon}
              </span>
              <span class="name">{gift.name}</span>
              <span class="price">{gift.coins} coins</span>
            </button>
          </li>
        ))}
      </ul>
      <p class="status" part="status" role="status" aria-live="polite">
        {status.value}
      </p>
    </section>
  );
}
