import { describe, expect, it } from 'vitest';
import { quoteRecharge } from '@core/pricing';
import { createServerClient, ServerUnreadableError } from '../../../../../widget/src/server-mode/server-client';
import { createServerWallet } from '../../../../../widget/src/wallet/server-wallet';
import { fakeGiftServer } from '../../../support/fake-gift-server';

const GIFT = { creator: 'mia-cooks', stream: 'sunday-pancakes', giftId: 'doughnut', count: 2 };

async function setup(options: { coins?: number; token?: string | null } = {}) {
  const server = await fakeGiftServer({ coins: options.coins ?? 140 });
  const token = options.token === undefined ? 'token-of-ana' : options.token;
  const client = createServerClient({ server: 'https://gifts.example', getToken: () => token, fetch: server.fetch });
  const opened: string[] = [];
  return { server, opened, wallet: createServerWallet(client, { openCheckout: (url) => opened.push(url) }) };
}

/** A live server's answer to a recharge: pending, with the checkout to pay at. */
function pendingRecharge(checkoutUrl: string) {
  const quote = quoteRecharge({ region: 'US', packId: 'pack-70' });
  const recharge = { id: 'rc-k', idempotencyKey: 'recharge-key', quote, instrument: { method: 'card', last4OrLabel: 'Checkout' }, paymentId: 'pay-k', state: 'pending', createdAt: 1, updatedAt: 1 };
  return { recharge, receipt: null, balance: 5, checkoutUrl };
}

describe('the gift server wallet', () => {
  it('pays a gift from the viewer’s server account with the bearer token, and the server’s receipt comes back', async () => {
    const { server, wallet } = await setup();
    expect(await wallet.balance()).toBe(140);
    const receipt = await wallet.sendGift({ ...GIFT, idempotencyKey: 'tap-key-0001' });
    expect(receipt).toMatchObject({ kind: 'gift', giftId: 'doughnut', count: 2, coins: 60, balanceAfter: 80, idempotencyKey: 'tap-key-0001' });
    expect(await wallet.balance()).toBe(80);
    const post = server.seen.find((request) => request.path === '/v1/gifts')!;
    expect(post).toMatchObject({ method: 'POST', authorization: 'Bearer token-of-ana', credentials: 'omit' });
    expect(post.body).toEqual({ ...GIFT, idempotencyKey: 'tap-key-0001' });
  });

  it('the same key sent again is the same gift: the server replays its receipt and takes the coins once', async () => {
    const { server, wallet } = await setup();
    const first = await wallet.sendGift({ ...GIFT, idempotencyKey: 'tap-key-0002' });
    const again = await wallet.sendGift({ ...GIFT, idempotencyKey: 'tap-key-0002' });
    expect(again).toEqual(first);
    expect(await server.wallet.balance()).toBe(80);
  });

  it('a refusal in the API’s error shape becomes the tray’s refusal, approval id included', async () => {
    const { server, wallet } = await setup({ coins: 70 });
    await expect(wallet.sendGift({ ...GIFT, giftId: 'lion', count: 1, idempotencyKey: 'tap-key-0003' })).rejects.toMatchObject({
      code: 'insufficient-coins',
    });
    server.overrides.set('/v1/gifts', () =>
      server.json({ error: { code: 'over-parental-limit', message: 'A parent must approve this.', approvalId: 'ap-1' } }, 403),
    );
    await expect(wallet.sendGift({ ...GIFT, idempotencyKey: 'tap-key-0004' })).rejects.toEqual({
      code: 'over-parental-limit',
      message: 'A parent must approve this.',
      approvalId: 'ap-1',
    });
    expect(await server.wallet.balance()).toBe(70);
  });

  it('asks getToken before every request, so a refreshed token is the one sent', async () => {
    const server = await fakeGiftServer({ coins: 70 });
    const tokens = ['token-of-ana', 'expired-token'];
    const client = createServerClient({ server: 'https://gifts.example', getToken: async () => tokens.shift(), fetch: server.fetch });
    const wallet = createServerWallet(client);
    expect(await wallet.balance()).toBe(70);
    await expect(wallet.balance()).rejects.toMatchObject({ code: 'unauthorized' });
    expect(server.seen.map((request) => request.authorization)).toEqual(['Bearer token-of-ana', 'Bearer expired-token']);
  });

  it('without a token it refuses as signed out and sends nothing', async () => {
    const { server, wallet } = await setup({ token: null });
    await expect(wallet.sendGift({ ...GIFT, idempotencyKey: 'tap-key-0005' })).rejects.toMatchObject({ code: 'unauthorized' });
    expect(server.seen).toEqual([]);
  });

  it('an expired or forged token is the server’s 401: a refusal, no coins moved', async () => {
    const { server, wallet } = await setup({ token: 'forged' });
    await expect(wallet.balance()).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(wallet.sendGift({ ...GIFT, idempotencyKey: 'tap-key-0006' })).rejects.toMatchObject({ code: 'unauthorized' });
    expect(await server.wallet.balance()).toBe(140);
  });

  it('the test-coins shortcut buys the pack on the server with the sandbox’s test card', async () => {
    const { server, wallet } = await setup({ coins: 0 });
    await wallet.balance();
    expect(await wallet.recharge({ packId: 'pack-70', idempotencyKey: 'recharge-key-1' })).toMatchObject({
      kind: 'recharge',
      coins: 70,
      balanceAfter: 70,
      packId: 'pack-70',
    });
    expect(server.seen.at(-1)!.body).toMatchObject({ packId: 'pack-70', region: 'US', instrument: { method: 'card', token: '4242 4242 4242 4242' } });
    expect(await wallet.recentEntries(5)).toMatchObject([{ kind: 'recharge', coins: 70, idempotencyKey: 'recharge-key-1' }]);
  });

  it('a live server’s shortcut opens its checkout: no test card is sent, and no coins are claimed before the payment settles', async () => {
    const { server, wallet, opened } = await setup();
    server.overrides.set('/v1/wallet', () =>
      server.json({ viewer: { id: 'viewer-ana', name: 'ana' }, balance: 5, mode: 'live', budget: { monthlyGiftCoins: null, spentThisMonth: 0 } }),
    );
    await wallet.balance();
    expect(wallet.mode).toBe('live');
    server.overrides.set('/v1/recharges', () => server.json(pendingRecharge('https://checkout.example/pay/cs_1'), 202));
    await expect(wallet.recharge({ packId: 'pack-70', idempotencyKey: 'recharge-key-2' })).rejects.toMatchObject({ code: 'checkout-opened' });
    expect(server.seen.at(-1)!.body).toMatchObject({ packId: 'pack-70', instrument: { method: 'card', token: 'checkout' } });
    expect(opened).toEqual(['https://checkout.example/pay/cs_1']);
    // A checkout URL that is not http(s) is not opened.
    server.overrides.set('/v1/recharges', () => server.json(pendingRecharge('javascript:alert(1)'), 202));
    await expect(wallet.recharge({ packId: 'pack-70', idempotencyKey: 'recharge-key-3' })).rejects.toBeInstanceOf(ServerUnreadableError);
    expect(opened).toHaveLength(1);
  });
});

describe('a hostile gift server', () => {
  const unreadable = (promise: Promise<unknown>) => expect(promise).rejects.toBeInstanceOf(ServerUnreadableError);

  it('a balance that is not whole coins is not shown', async () => {
    const { server, wallet } = await setup();
    for (const balance of [-5, 1.5, '100', Number.MAX_SAFE_INTEGER + 2, null]) {
      server.overrides.set('/v1/wallet', () =>
        server.json({ viewer: { id: 'viewer-ana', name: 'ana' }, balance, mode: 'test', budget: { monthlyGiftCoins: null, spentThisMonth: 0 } }),
      );
      await unreadable(wallet.balance());
    }
  });

  it('a receipt for another gift, count or key is not this tap’s receipt', async () => {
    const { server, wallet } = await setup();
    const real = await wallet.sendGift({ ...GIFT, idempotencyKey: 'tap-key-0007' });
    for (const forged of [{ ...real, count: 1 }, { ...real, giftId: 'rose' }, { ...real, idempotencyKey: 'tap-key-9999' }, { ...real, creator: 'someone-else' }]) {
      server.overrides.set('/v1/gifts', () => server.json(forged));
      await unreadable(wallet.sendGift({ ...GIFT, idempotencyKey: 'tap-key-0007' }));
    }
  });

  it('an answer that is not JSON, a 500, or an error with an unknown code is “did not answer” (no code), so the tap is retried', async () => {
    const { server, wallet } = await setup();
    const answers = [
      () => new Response('<html>oops</html>', { status: 200 }),
      () => server.json({ error: { code: 'insufficient-coins', message: 'no' } }, 500),
      () => server.json({ error: { code: 'you-have-won', message: 'click here' } }, 400),
      () => server.json({ kind: 'gift' }),
    ];
    for (const answer of answers) {
      server.overrides.set('/v1/gifts', answer);
      const error = await wallet.sendGift({ ...GIFT, idempotencyKey: 'tap-key-0008' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ServerUnreadableError);
      expect(error).not.toHaveProperty('code');
    }
  });

  it('a refusal’s message is cut to a line’s length before the tray shows it', async () => {
    const { server, wallet } = await setup();
    server.overrides.set('/v1/gifts', () => server.json({ error: { code: 'over-budget', message: 'x'.repeat(100_000) } }, 403));
    const error = (await wallet.sendGift({ ...GIFT, idempotencyKey: 'tap-key-0010' }).catch((caught: unknown) => caught)) as { message: string };
    expect(error.message).toHaveLength(200);
  });

  it('the token goes to the gift server only with the viewer’s own requests, never with cookies', async () => {
    const { server, wallet } = await setup();
    const client = createServerClient({ server: 'https://gifts.example', getToken: () => 'token-of-ana', fetch: server.fetch });
    await client.read('/v1/catalog', (await import('@core/messages/gift-server-api')).catalogResponseSchema);
    await wallet.balance();
    expect(server.seen.map(({ path, authorization, credentials }) => [path, authorization, credentials])).toEqual([
      ['/v1/catalog', null, 'omit'],
      ['/v1/wallet', 'Bearer token-of-ana', 'omit'],
    ]);
  });
});
