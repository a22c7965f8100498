import { describe, expect, it } from 'vitest';
import type { WalletPort } from '@core';
import { TrayController, type TrayConfig, type TrayDependencies } from '../../../../../widget/src/tray-controller';
import { SELF, topGifters } from '../../../../../widget/src/logic/leaderboard';
import { FakeEventSource } from '../../../support/fake-event-source';
import { fakeGiftServer } from '../../../support/fake-gift-server';

const CONFIG: TrayConfig = {
  creator: 'mia-cooks',
  stream: 'sunday-pancakes',
  catalogUrl: null,
  server: 'https://gifts.example',
  locale: 'en',
  currency: null,
  goal: 100,
  confirmAbove: 1000,
};

const SNAPSHOT = { stream: 'sunday-pancakes', creator: 'mia-cooks', goal: { coins: 5000, title: 'Griddle' }, progressCoins: 0, topGifters: [], lastEventId: '0' };

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function setup(options: { coins?: number; config?: Partial<TrayConfig> } = {}) {
  FakeEventSource.opened = [];
  const server = await fakeGiftServer({ coins: options.coins ?? 140 });
  const used: string[] = [];
  const events: { type: string; detail: Record<string, unknown> }[] = [];
  const warnings: string[] = [];
  let token: string | null = 'token-of-ana';
  let key = 0;
  const unused = (name: string) => () => {
    used.push(name);
    return Promise.reject(new Error(`${name} must not be asked`));
  };
  const deps: TrayDependencies = {
    emit: (type, detail) => events.push({ type, detail: { ...detail } }),
    loadPageWallet: unused('page wallet'),
    findExtensionWallet: unused('extension wallet'),
    loadSchemas: () => import('../../../../../widget/src/catalog/tray-schemas'),
    loadServer: async () => {
      const module = await import('../../../../../widget/src/server-mode/server-session');
      return {
        ...module,
        openServerSession: (config, tray, onStream) =>
          module.openServerSession(config, tray, onStream, { fetch: server.fetch, EventSource: FakeEventSource as unknown as typeof EventSource }),
      };
    },
    getToken: () => token,
    newKey: () => `tap-key-${String(++key).padStart(4, '0')}`,
    now: () => Date.now(),
    warn: (message) => warnings.push(message),
  };
  const controller = new TrayController(deps, { ...CONFIG, ...options.config });
  await controller.ensureWallet();
  await settle();
  const feed = () => FakeEventSource.opened.at(-1)!;
  return { server, controller, used, events, warnings, feed, signIn: (next: string | null) => (token = next) };
}

describe('the tray with a gift server', () => {
  it('pays from the server account only: never the page’s test wallet or the extension’s', async () => {
    const { controller, used, server, events } = await setup();
    expect(controller.state.source).toBe('server');
    expect(controller.state.balance).toBe(140);
    await controller.send('doughnut');
    expect(await server.wallet.balance()).toBe(110);
    expect(controller.state.balance).toBe(110);
    expect(used).toEqual([]);
    expect(events.find((event) => event.type === 'wallet-change')?.detail).toEqual({ source: 'server', balance: 140 });
  });

  it('a site’s own wallet does not take over from the server account', async () => {
    const { controller, server } = await setup();
    const site: WalletPort = {
      balance: () => Promise.resolve(1_000_000),
      sendGift: () => Promise.reject(new Error('the site wallet must not pay')),
      recharge: () => Promise.reject(new Error('no')),
      recentEntries: () => Promise.resolve([]),
    };
    controller.setCustomWallet(site);
    await controller.send('rose');
    expect(await server.wallet.balance()).toBe(139);
    expect(controller.state.source).toBe('server');
  });

  it('shows the server’s gifts and prices', async () => {
    const { controller, server } = await setup();
    const priced = [{ id: 'rose', name: 'Server Rose', coins: 3, icon: '🌹', tier: 'basic' }];
    server.overrides.set('/v1/catalog', () => server.json({ gifts: priced }));
    controller.configure({ ...CONFIG, stream: 'another-stream' });
    await settle();
    expect(controller.gifts).toEqual(priced);
    expect(controller.state.catalogFailed).toBe(false);
  });

  it('a bad catalog from the server falls back to the default gifts with the notice, and the tray still works', async () => {
    const { controller, server, warnings } = await setup();
    server.overrides.set('/v1/catalog', () => server.json({ gifts: [{ id: 'Rose!!', name: '', coins: -1, icon: 'javascript:alert(1)', tier: 'god' }] }));
    controller.configure({ ...CONFIG, stream: 'another-stream' });
    await settle();
    expect(controller.state.catalogFailed).toBe(true);
    expect(controller.gifts.some((gift) => gift.id === 'rose')).toBe(true);
    expect(warnings.some((warning) => warning.includes('refused'))).toBe(true);
    await controller.send('rose');
    expect(await server.wallet.balance()).toBe(139);
  });

  it('the goal and top gifters come from the stream’s feed; this viewer’s gift is counted once, when the feed brings it', async () => {
    const { controller, feed } = await setup();
    feed().open();
    feed().send('snapshot', { ...SNAPSHOT, progressCoins: 40, topGifters: [{ name: 'joe', coins: 40 }], lastEventId: '3' }, '3');
    expect(controller.state).toMatchObject({ collected: 40, streamGoal: 5000, offline: false });
    await controller.send('doughnut');
    expect(controller.state.collected).toBe(40);
    feed().send('gift', { id: '4', from: 'ana', giftId: 'doughnut', count: 1, coins: 30, at: 1 }, '4');
    expect(controller.state.collected).toBe(70);
    // Ana is the signed-in viewer: her row is the tray's own, which the view shows as "You".
    expect(topGifters(controller.state.leaderboard).map(({ name, coins }) => [name, coins])).toEqual([['joe', 40], [SELF, 30]]);
  });

  it('the signed-in viewer’s row is the tray’s own ("You"), and moves when another viewer signs in', async () => {
    const { controller, feed, server, signIn } = await setup();
    feed().open();
    feed().send('snapshot', { ...SNAPSHOT, progressCoins: 70, topGifters: [{ name: 'ana', coins: 40 }, { name: 'bo', coins: 30 }], lastEventId: '2' }, '2');
    expect(topGifters(controller.state.leaderboard).map(({ name }) => name)).toEqual([SELF, 'bo']);
    // Bo signs in on this tray: Bo's row is now the own one, Ana's shows her name.
    server.overrides.set('/v1/wallet', () => server.json({ viewer: { id: 'viewer-bo', name: 'bo' }, balance: 0, mode: 'test', budget: { monthlyGiftCoins: null, spentThisMonth: 0 } }));
    signIn('token-of-bo');
    controller.tokenChanged();
    await settle();
    expect(topGifters(controller.state.leaderboard).map(({ name }) => name)).toEqual(['ana', SELF]);
  });

  it('gift events fed by the page are ignored: the server’s feed is the only count', async () => {
    const { controller, feed } = await setup();
    feed().send('snapshot', SNAPSHOT, '0');
    await controller.addGiftEvent({ from: 'sam_k', coins: 500 });
    expect(controller.state.collected).toBe(0);
  });

  it('says offline while the feed is away, and back when it returns', async () => {
    const { controller, feed } = await setup();
    feed().open();
    feed().fail(FakeEventSource.CONNECTING);
    expect(controller.state.offline).toBe(true);
    feed().open();
    expect(controller.state.offline).toBe(false);
  });

  it('refusals from the server show as the tray’s limit banner', async () => {
    const { controller, server, events } = await setup();
    server.overrides.set('/v1/gifts', () =>
      server.json({ error: { code: 'over-parental-limit', message: 'A parent must approve it.', approvalId: 'ap-7' } }, 403),
    );
    await expect(controller.send('rose')).rejects.toMatchObject({ code: 'over-parental-limit', approvalId: 'ap-7' });
    expect(controller.state.limit).toEqual({ kind: 'parental', approvalId: 'ap-7' });
    expect(events.at(-1)).toMatchObject({ type: 'gift-failed', detail: { code: 'over-parental-limit' } });
  });

  it('an unreadable answer to a gift is retried under the same key, so the gift is paid exactly once', async () => {
    const { controller, server } = await setup();
    let garbled = 1;
    const real = server.fetch;
    server.overrides.set('/v1/gifts', async () => {
      server.overrides.delete('/v1/gifts');
      const answer = await real('https://gifts.example/v1/gifts', { method: 'POST', headers: { authorization: 'Bearer token-of-ana' }, body: JSON.stringify(server.seen.at(-1)!.body) });
      return garbled-- > 0 ? new Response('{"kind":"gift","coins":"lots"}') : answer;
    });
    const receipt = await controller.send('doughnut');
    expect(receipt.coins).toBe(30);
    const keys = server.seen.filter((request) => request.path === '/v1/gifts').map((request) => (request.body as { idempotencyKey: string }).idempotencyKey);
    expect(new Set(keys)).toEqual(new Set(['tap-key-0001']));
    expect(await server.wallet.balance()).toBe(110);
  });

  it('another viewer signing in never shows the previous viewer’s balance; signed out, a tap is refused without a request', async () => {
    const { controller, signIn, server } = await setup();
    expect(controller.state.balance).toBe(140);
    signIn('token-of-someone-the-server-refuses');
    controller.tokenChanged();
    await settle();
    expect(controller.state.balance).toBeNull();
    signIn('token-of-ana');
    controller.tokenChanged();
    await settle();
    expect(controller.state.balance).toBe(140);
    signIn(null);
    await expect(controller.send('rose')).rejects.toMatchObject({ code: 'unauthorized' });
    expect(server.seen.some((request) => request.path === '/v1/gifts')).toBe(false);
  });
});
