import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExtensionSeam } from '../../../../../widget/src/wallet/extension-wallet';

const ICON = 'data:image/svg+xml,%3Csvg%2F%3E';

/** A wallet announcing itself as the extension does; `balance` is what it claims. */
function announce(uuid: string, balance: number) {
  const asked: string[] = [];
  const provider = {
    request: ({ method }: { method: string }) => {
      asked.push(method);
      return Promise.resolve(method === 'wallet_connect' ? { connected: true, balance, testMode: true } : { balance, testMode: true });
    },
    on: () => undefined,
  };
  // Same name and rdns as the real one: a page can claim anything.
  const detail = Object.freeze({ info: Object.freeze({ uuid, name: 'LiveGift Wallet', icon: ICON, rdns: 'invalid.livegift.wallet' }), provider });
  dispatchEvent(new CustomEvent('livegift:announceProvider', { detail }));
  return asked;
}

describe('a page that forges the wallet’s announcement', () => {
  let seam: ExtensionSeam;
  beforeAll(async () => {
    // The tray's entry listens on the page's window; in Node an EventTarget stands in for it.
    const page = new EventTarget();
    Object.assign(globalThis, { addEventListener: page.addEventListener.bind(page), dispatchEvent: page.dispatchEvent.bind(page) });
    ({ extensionWallet: seam } = await import('../../../../../widget/src/wallet/extension-wallet'));
  });

  it('with two wallets of the same name, the tray pays from neither and lets the viewer choose', async () => {
    const real = announce('3b241101-e2bb-4255-8caf-4136c566a962', 700);
    const forged = announce('6fa459ea-ee8a-4ca4-894e-db77e160355e', 1_000_000);
    await vi.waitFor(() => expect(seam.choices()).toHaveLength(2), { timeout: 10_000 });
    expect(seam.choices().map((choice) => choice.id)).toEqual(['3b241101-e2bb-4255-8caf-4136c566a962', '6fa459ea-ee8a-4ca4-894e-db77e160355e']);
    expect(seam.name()).toBeNull();
    expect(await seam.find()).toBeNull();
    expect(forged).toEqual([]); // the forged wallet's balance was never even asked for
    seam.choose('3b241101-e2bb-4255-8caf-4136c566a962');
    expect(seam.choices()).toEqual([]);
    expect(await (await seam.find())!.balance()).toBe(700);
    expect(real).toContain('wallet_balance');
    expect(forged).toEqual([]);
  });
});
