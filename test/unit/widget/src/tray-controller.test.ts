import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_GIFT_CATALOG, MemoryWalletStore, SandboxWallet, type WalletPort } from '@core';
import { TrayController, type TrayConfig, type TrayDependencies } from '../../../../widget/src/tray-controller';
import { pickWallet } from '../../../../widget/src/wallet/wallet-source';

const CONFIG: TrayConfig = {
  creator: 'mia-cooks',
  stream: 'sunday-pancakes',
  catalogUrl: null,
  locale: 'en',
  currency: null,
  goal: 5000,
  confirmAbove: 1000,
};

interface Emitted {
  type: string;
  detail: Record<string, unknown>;
}

async function pageWallet(coins: number): Promise<SandboxWallet> {
  const wallet = new SandboxWallet(new MemoryWalletStore(), { catalog: DEFAULT_GIFT_CATALOG });
  for (let i = 0; i < coins / 70; i++) await wallet.recharge({ packId: 'pack-70', idempotencyKey: `seed-key-${i}` });
  return wallet;
}

function setup(wallet: WalletPort, config: Partial<TrayConfig> = {}, fetched?: unknown) {
  const events: Emitted[] = [];
  let key = 0;
  const deps: TrayDependencies = {
    emit: (type, detail) => events.push({ type, detail: { ...detail } }),
    loadPageWallet: () => Promise.resolve(wallet),
    findExtensionWallet: () => Promise.resolve(null),
    loadSchemas: async () => {
      const module = await import('../../../../widget/src/catalog/tray-schemas');
      if (fetched === undefined) return module;
      return { ...module, loadCatalog: (url: string) => module.loadCatalog(url, () => Promise.resolve(new Response(JSON.stringify(fetched)))) };
    },
    newKey: () => `tap-key-${++key}`,
    now: () => Date.now(),
    warn: () => undefined,
  };
  const controller = new TrayController(deps, { ...CONFIG, ...config });
  return { controller, events };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the tray controller', () => {
  it('sends five quick taps as five gifts, each with its own key, counted as a ×5 combo', async () => {
    const wallet = await pageWallet(70);
    const { controller, events } = setup(wallet);
    await Promise.all(Array.from({ length: 5 }, () => controller.send('finger-heart')));
    expect(await wallet.balance()).toBe(70 - 5 * 5);
    const sent = events.filter((event) => event.type === 'gift-sent');
    expect(sent.map((event) => event.detail.receiptId)).toEqual(['tap-key-1', 'tap-key-2', 'tap-key-3', 'tap-key-4', 'tap-key-5']);
    expect(controller.state.combo?.taps).toBe(5);
    expect(controller.state.balance).toBe(45);
  });

  it('retries a tap the wallet did not answer with the same key, so the gift is paid exactly once', async () => {
    const wallet = await pageWallet(70);
    const keys: string[] = [];
    let failures = 1;
    const flaky: WalletPort = {
      ...wallet,
      balance: () => wallet.balance(),
      recentEntries: (limit) => wallet.recentEntries(limit),
      recharge: (request) => wallet.recharge(request),
      sendGift: async (request) => {
        keys.push(request.idempotencyKey);
        const receipt = await wallet.sendGift(request);
        if (failures-- > 0) throw new TypeError('the answer was lost');
        return receipt;
      },
    };
    const { controller } = setup(flaky);
    const receipt = await controller.send('doughnut');
    expect(keys).toEqual(['tap-key-1', 'tap-key-1']);
    expect(receipt.coins).toBe(30);
    expect(await wallet.balance()).toBe(40);
  });

  it('sends the picked quantity in one tap', async () => {
    const wallet = await pageWallet(140);
    const { controller, events } = setup(wallet);
    controller.setQuantity('10');
    controller.tap('finger-heart');
    await vi.waitFor(() => expect(events.some((event) => event.type === 'gift-sent')).toBe(true));
    expect(events.find((event) => event.type === 'gift-sent')?.detail).toMatchObject({ count: 10, coins: 50 });
  });

  it('waits for the viewer at the threshold; cancelling sends nothing and confirming sends once', async () => {
    const wallet = await pageWallet(1400);
    const { controller } = setup(wallet);
    const cancelled = controller.send('galaxy');
    await vi.waitFor(() => expect(controller.state.confirmation).toMatchObject({ count: 1, cost: 1000 }));
    controller.answer(false);
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    expect(await wallet.balance()).toBe(1400);

    const confirmed = controller.send('galaxy');
    await vi.waitFor(() => expect(controller.state.confirmation).not.toBeNull());
    controller.answer(true);
    await confirmed;
    expect(await wallet.balance()).toBe(400);
    expect(controller.state.confirmation).toBeNull();
  });

  it('never asks to confirm a gift the balance cannot pay: it says so, sends nothing and points at the recharge', async () => {
    const wallet = await pageWallet(140);
    const { controller, events } = setup(wallet, { confirmAbove: 100 });
    await controller.ensureWallet();
    await vi.waitFor(() => expect(controller.state.balance).toBe(140));
    controller.setQuantity('99');
    await expect(controller.send('hat', 99)).rejects.toMatchObject({ code: 'insufficient-coins' });
    expect(controller.state.confirmation).toBeNull();
    expect(controller.state.note).toMatchObject({ kind: 'failed', refusal: { code: 'insufficient-coins' } });
    expect(events.at(-1)).toMatchObject({ type: 'gift-failed', detail: { giftId: 'hat', count: 99, code: 'insufficient-coins' } });
    expect(await wallet.balance()).toBe(140);
  });

  it('goes back to ×1 after a multi-gift is sent', async () => {
    const { controller } = setup(await pageWallet(140));
    controller.setQuantity('10');
    expect(controller.state.quantity).toBe(10);
    controller.tap('finger-heart');
    await vi.waitFor(() => expect(controller.state.note).toMatchObject({ kind: 'sent', count: 10 }));
    expect(controller.state.quantity).toBe(1);
  });

  it('does not ask below the threshold', async () => {
    const { controller } = setup(await pageWallet(140), { confirmAbove: 100 });
    await controller.send('hat');
    expect(controller.state.confirmation).toBeNull();
  });

  it('names the budget or the parental limit when the wallet refuses with its code', async () => {
    const refusing = (error: unknown): WalletPort => ({
      balance: () => Promise.resolve(500),
      recentEntries: () => Promise.resolve([]),
      recharge: () => Promise.reject(error),
      sendGift: () => Promise.reject(error),
    });
    const budget = setup(refusing(Object.assign(new Error('Monthly budget reached'), { code: 'over-budget' })));
    await expect(budget.controller.send('rose')).rejects.toMatchObject({ code: 'over-budget' });
    expect(budget.controller.state.limit).toEqual({ kind: 'budget' });
    expect(budget.events.at(-1)).toEqual({
      type: 'gift-failed',
      detail: { giftId: 'rose', count: 1, code: 'over-budget', message: 'Monthly budget reached' },
    });

    const parental = setup(refusing({ code: 'over-parental-limit', message: 'Daily limit', approvalId: 'approval-7' }));
    await expect(parental.controller.send('rose')).rejects.toMatchObject({ approvalId: 'approval-7' });
    expect(parental.controller.state.limit).toEqual({ kind: 'parental', approvalId: 'approval-7' });
    parental.controller.dismissLimit();
    expect(parental.controller.state.limit).toBeNull();
  });

  it('refuses a gift the balance cannot pay, keeps the coins and ends the combo', async () => {
    const wallet = await pageWallet(70);
    const { controller } = setup(wallet);
    await controller.send('doughnut');
    await controller.send('doughnut');
    await expect(controller.send('doughnut')).rejects.toMatchObject({ code: 'insufficient-coins' });
    expect(controller.state.combo).toBeNull();
    expect(await wallet.balance()).toBe(10);
  });

  it('counts its own gifts and other viewers’ toward the goal and the top gifters, each event once', async () => {
    const { controller } = setup(await pageWallet(70));
    await controller.send('doughnut');
    await controller.addGiftEvent({ id: 'e1', from: 'ana.b', coins: 99 });
    await controller.addGiftEvent({ id: 'e1', from: 'ana.b', coins: 99 });
    await controller.addGiftEvent({ from: 'joe', coins: 5, stream: 'another-stream' });
    await controller.addGiftEvent({ from: 'joe', coins: -5 });
    expect(controller.state.collected).toBe(129);
    expect([...controller.state.leaderboard.values()].map((gifter) => gifter.coins).sort()).toEqual([30, 99]);
  });

  it('announces the balance with its source, and a custom wallet takes over from the page wallet', async () => {
    const { controller, events } = setup(await pageWallet(70));
    await controller.ensureWallet();
    await vi.waitFor(() => expect(controller.state.balance).toBe(70));
    expect(events.at(-1)).toEqual({ type: 'wallet-change', detail: { source: 'page', balance: 70 } });

    const custom = await pageWallet(140);
    controller.setCustomWallet(custom);
    await vi.waitFor(() => expect(controller.state.balance).toBe(140));
    expect(events.at(-1)).toEqual({ type: 'wallet-change', detail: { source: 'custom', balance: 140 } });
    expect(controller.state.testMode).toBe(false);
  });

  it('never lets a late balance from the replaced page wallet overwrite the custom wallet’s', async () => {
    let answerLate: (balance: number) => void = () => undefined;
    const slowPage: WalletPort = {
      balance: () => new Promise((resolve) => (answerLate = resolve)),
      recentEntries: () => Promise.resolve([]),
      recharge: () => Promise.reject(new Error('unused')),
      sendGift: () => Promise.reject(new Error('unused')),
    };
    const { controller } = setup(slowPage);
    await controller.ensureWallet();
    controller.setCustomWallet(await pageWallet(140));
    await vi.waitFor(() => expect(controller.state.balance).toBe(140));
    answerLate(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(controller.state.balance).toBe(140);
  });

  it('adds test coins through the recharge shortcut', async () => {
    const wallet = await pageWallet(0);
    const { controller } = setup(wallet);
    await controller.recharge();
    expect(await wallet.balance()).toBe(70);
    expect(controller.state.note).toEqual({ kind: 'recharged', coins: 70 });
  });

  it('uses a valid catalog from its URL and falls back to the default one, with a notice, on a bad one', async () => {
    const good = setup(await pageWallet(0), { catalogUrl: '/good.json' }, [{ id: 'sparkler', name: 'Sparkler', coins: 2, icon: '🎇', tier: 'basic' }]);
    expect(good.controller.state.catalog).toBeNull();
    await vi.waitFor(() => expect(good.controller.state.catalog).toHaveLength(1));
    expect(good.controller.state.catalogFailed).toBe(false);

    const bad = setup(await pageWallet(0), { catalogUrl: '/bad.json' }, { gifts: [{ id: 'x', coins: -1 }] });
    await vi.waitFor(() => expect(bad.controller.state.catalog).toBe(DEFAULT_GIFT_CATALOG));
    expect(bad.controller.state.catalogFailed).toBe(true);
  });

  it('waits for a catalog still loading before it looks up a gift sent through send()', async () => {
    const wallet = new SandboxWallet(new MemoryWalletStore(), { catalog: [{ id: 'sparkler', name: 'Sparkler', coins: 2, icon: '🎇', tier: 'basic' }] });
    await wallet.recharge({ packId: 'pack-70', idempotencyKey: 'seed-key-0' });
    const { controller } = setup(wallet, { catalogUrl: '/festival.json' }, [{ id: 'sparkler', name: 'Sparkler', coins: 2, icon: '🎇', tier: 'basic' }]);
    expect(controller.state.catalog).toBeNull();
    await expect(controller.send('sparkler')).resolves.toMatchObject({ coins: 2 });
  });

  it('ends a combo three seconds after the last tap', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { controller } = setup(await pageWallet(70));
    await controller.send('rose');
    await controller.send('rose');
    expect(controller.state.combo?.taps).toBe(2);
    vi.advanceTimersByTime(3000);
    expect(controller.state.combo).toBeNull();
  });

  it('refuses an unknown gift or a count that is not a whole number from 1 to 9999 without asking the wallet', async () => {
    const { controller } = setup(await pageWallet(70));
    await expect(controller.send('unicorn')).rejects.toMatchObject({ code: 'unknown-gift' });
    await expect(controller.send('rose', 1.5)).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(controller.send('rose', 0)).rejects.toMatchObject({ code: 'invalid-request' });
  });
});

describe('wallet choice', () => {
  const wallet = (name: string) => ({ name }) as unknown as WalletPort;

  it('prefers the site’s custom wallet, then the extension, then the page', async () => {
    const page = () => Promise.resolve(wallet('page'));
    const extension = () => Promise.resolve(wallet('extension'));
    const none = () => Promise.resolve(null);
    expect((await pickWallet({ custom: wallet('custom'), extension, page })).source).toBe('custom');
    expect((await pickWallet({ custom: null, extension, page })).source).toBe('extension');
    expect((await pickWallet({ custom: null, extension: none, page })).source).toBe('page');
    const broken = () => Promise.reject(new Error('no bridge'));
    expect((await pickWallet({ custom: null, extension: broken, page })).source).toBe('page');
  });
});

