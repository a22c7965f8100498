// Every endpoint of the gift server and every error code, through app.request() on PGlite in memory.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GIFT_CATALOG } from '@core';
import {
  apiErrorSchema,
  catalogResponseSchema,
  demoSessionResponseSchema,
  historyResponseSchema,
  rechargeResponseSchema,
  sendGiftResponseSchema,
  streamSnapshotSchema,
  walletResponseSchema,
} from '@core/messages/gift-server-api';
import { viewerWallet } from '../../../../widget/server/viewer-wallet';
import { SandboxPaymentProvider } from '@core/payments';
import { apiOf, LIVE_PAYMENTS_ENV, newKey, newName, openMemoryDatabase, readEvents, testServer, type Api, type ServerParts } from './support/test-app';

const SECRET = 'a-site-secret-that-is-long-enough-1234567890';
let database: Awaited<ReturnType<typeof openMemoryDatabase>>;
let parts: ServerParts;
let api: Api;

beforeAll(async () => {
  database = await openMemoryDatabase();
  parts = await testServer(database, { LIVEGIFT_JWT_SECRET: SECRET, LIVEGIFT_ALLOWED_ORIGINS: 'https://site.example' });
  api = apiOf(parts);
}, 180_000);

afterAll(async () => {
  await parts?.close();
  await database?.close();
});

async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}

async function balanceOf(token: string): Promise<number> {
  return walletResponseSchema.parse(await (await api.request('/v1/wallet', { token })).json()).balance;
}

async function richViewer(): Promise<string> {
  const { token } = await api.signIn();
  expect((await api.recharge(token, 'pack-1400')).status).toBe(201);
  return token;
}

function siteToken(claims: Record<string, unknown>, options: { secret?: string; expires?: string | number; audience?: string } = {}) {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(options.expires ?? '1h');
  if (options.audience !== '') jwt.setAudience(options.audience ?? 'livegift');
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
}

describe('sessions and tokens', { timeout: 60_000 }, () => {
  it('signs a viewer in by name; the same name opens the same wallet', async () => {
    const first = demoSessionResponseSchema.parse(await (await api.request('/v1/demo/session', { json: { name: '  Ada  ' } })).json());
    const again = await api.signIn('Ada');
    expect(first.viewer).toEqual({ id: again.viewer.id, name: 'Ada' });
    const wallet = walletResponseSchema.parse(await (await api.request('/v1/wallet', { token: first.token })).json());
    expect(wallet).toMatchObject({ viewer: first.viewer, balance: 0, mode: 'test', budget: { monthlyGiftCoins: null, spentThisMonth: 0 } });
  });

  it('refuses bad names with invalid-request', async () => {
    for (const json of [{ name: '' }, { name: 'x'.repeat(41) }, { name: 42 }, {}, { name: 'Ann', admin: true }]) {
      const response = await api.request('/v1/demo/session', { json });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('invalid-request');
    }
  });

  it("accepts the site's own HS256 tokens", async () => {
    const token = await siteToken({ sub: 'site-user-1', name: 'Site User' });
    const wallet = walletResponseSchema.parse(await (await api.request('/v1/wallet', { token })).json());
    expect(wallet.viewer).toEqual({ id: 'site-user-1', name: 'Site User' });
  });

  it('refuses missing, expired, forged and wrong-audience tokens with 401 and changes nothing', async () => {
    const { token, viewer } = await api.signIn();
    const forgedPayload = token.split('.');
    const claims = { sub: viewer.id, name: viewer.name };
    const bad: (string | undefined)[] = [
      undefined,
      'not-a-jwt',
      await siteToken(claims, { expires: Math.floor(Date.now() / 1000) - 60 }),
      await siteToken(claims, { secret: 'someone-elses-secret-that-is-long-enough-123' }),
      await siteToken(claims, { audience: 'another-app' }),
      await siteToken(claims, { audience: '' }),
      await siteToken({ sub: viewer.id }),
      `${forgedPayload[0]}.${Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else', aud: 'livegift', exp: 9e9 })).toString('base64url')}.${forgedPayload[2]}`,
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${forgedPayload[1]}.`,
    ];
    for (const candidate of bad) {
      for (const response of [await api.request('/v1/wallet', { token: candidate }), await api.gift(candidate ?? '', {}), await api.recharge(candidate ?? '')]) {
        expect(response.status).toBe(401);
        expect((await errorOf(response)).code).toBe('unauthorized');
      }
    }
    expect(await balanceOf(token)).toBe(0);
  });

  it('says why an expired token was refused', async () => {
    const expired = await siteToken({ sub: 'late', name: 'Late' }, { expires: Math.floor(Date.now() / 1000) - 60 });
    expect((await errorOf(await api.request('/v1/wallet', { token: expired }))).message).toMatch(/expired/);
  });
});

describe('catalog', { timeout: 60_000 }, () => {
  it('lists the gifts at the prices the server charges, without a token', async () => {
    const response = await api.request('/v1/catalog');
    expect(response.status).toBe(200);
    expect(catalogResponseSchema.parse(await response.json()).gifts).toEqual(DEFAULT_GIFT_CATALOG);
  });
});

describe('recharges', { timeout: 60_000 }, () => {
  it('credits a pack once, and replays the same key without paying again', async () => {
    const { token } = await api.signIn();
    const key = newKey('rc');
    const first = await api.recharge(token, 'pack-350', undefined, key);
    expect(first.status).toBe(201);
    const result = rechargeResponseSchema.parse(await first.json());
    expect(result).toMatchObject({ balance: 350, recharge: { state: 'settled' }, receipt: { coins: 350, payment: { testMode: true } } });
    const again = rechargeResponseSchema.parse(await (await api.recharge(token, 'pack-350', undefined, key)).json());
    expect(again.recharge.id).toBe(result.recharge.id);
    expect(await balanceOf(token)).toBe(350);
  });

  it('buys a custom amount', async () => {
    const { token } = await api.signIn();
    const response = await api.request('/v1/recharges', {
      token,
      json: { idempotencyKey: newKey('rc'), region: 'DE', customCoins: 1234, instrument: { method: 'paypal', token: 'success@sandbox' } },
    });
    expect(response.status).toBe(201);
    expect(await balanceOf(token)).toBe(1234);
  });

  it('answers each refusal with its code and credits nothing', async () => {
    const { token } = await api.signIn();
    const key = newKey('rc');
    expect((await api.recharge(token, 'pack-70', undefined, key)).status).toBe(201);
    const conflict = await api.recharge(token, 'pack-350', undefined, key);
    expect([conflict.status, (await errorOf(conflict)).code]).toEqual([409, 'idempotency-conflict']);
    const declined = await api.recharge(token, 'pack-350', '4000 0000 0000 0002');
    expect([declined.status, (await errorOf(declined)).code]).toEqual([402, 'payment-failed']);
    const unknown = await api.recharge(token, 'pack-999999');
    expect([unknown.status, (await errorOf(unknown)).code]).toEqual([422, 'unknown-pack']);
    const pending = await api.recharge(token, 'pack-700', '4000 0000 0000 0077');
    expect(pending.status).toBe(202);
    expect(rechargeResponseSchema.parse(await pending.json()).recharge.state).toBe('pending');
    const second = await api.recharge(token, 'pack-700');
    expect([second.status, (await errorOf(second)).code]).toEqual([409, 'recharge-pending']);
    for (const json of [
      { idempotencyKey: newKey(), region: 'US', packId: 'pack-70', customCoins: 100, instrument: { method: 'card', token: '4242424242424242' } },
      { idempotencyKey: newKey(), region: 'US', customCoins: 12.5, instrument: { method: 'card', token: '4242424242424242' } },
      { idempotencyKey: 'short', region: 'US', packId: 'pack-70', instrument: { method: 'card', token: '4242424242424242' } },
      { idempotencyKey: newKey(), region: 'US', packId: 'pack-70', instrument: { method: 'cash', token: 'x' } },
      { idempotencyKey: newKey(), region: 'US', packId: 'pack-70' },
    ]) {
      const response = await api.request('/v1/recharges', { token, json });
      expect([response.status, (await errorOf(response)).code]).toEqual([400, 'invalid-request']);
    }
    expect(await balanceOf(token)).toBe(70);
  });
});

describe('gifts', { timeout: 60_000 }, () => {
  it('sends a gift and answers the receipt line; the same key replays it', async () => {
    const token = await richViewer();
    const key = newKey('gift');
    const response = await api.gift(token, { giftId: 'doughnut', count: 2, idempotencyKey: key });
    expect(response.status).toBe(201);
    const entry = sendGiftResponseSchema.parse(await response.json());
    const doughnut = DEFAULT_GIFT_CATALOG.find((gift) => gift.id === 'doughnut')!;
    expect(entry).toMatchObject({ kind: 'gift', giftId: 'doughnut', count: 2, coins: doughnut.coins * 2, balanceAfter: 1400 - doughnut.coins * 2 });
    const replay = sendGiftResponseSchema.parse(await (await api.gift(token, { giftId: 'doughnut', count: 2, idempotencyKey: key })).json());
    expect(replay).toEqual(entry);
    expect(await balanceOf(token)).toBe(1400 - doughnut.coins * 2);
  });

  it('refuses what it must with the right code and moves no coins', async () => {
    const token = await richViewer();
    const key = newKey('gift');
    expect((await api.gift(token, { idempotencyKey: key })).status).toBe(201);
    const cases: [Parameters<Api['gift']>[1], number, string][] = [
      [{ idempotencyKey: key, giftId: 'hat' }, 409, 'idempotency-conflict'],
      [{ giftId: 'no-such-gift' }, 422, 'unknown-gift'],
      [{ giftId: 'lion', count: 1 }, 402, 'insufficient-coins'],
      [{ count: 1.5 }, 400, 'invalid-request'],
      [{ count: 0 }, 400, 'invalid-request'],
      [{ count: '3' as unknown as number }, 400, 'invalid-request'],
      [{ idempotencyKey: 'short' }, 400, 'invalid-request'],
      [{ idempotencyKey: 'k'.repeat(129) }, 400, 'invalid-request'],
      [{ creator: 'someone else' }, 400, 'invalid-request'],
      [{ creator: 'leo', stream: 'sunday-pancakes' }, 400, 'invalid-request'],
    ];
    for (const [body, status, code] of cases) {
      const response = await api.gift(token, body);
      expect([response.status, (await errorOf(response)).code], JSON.stringify(body)).toEqual([status, code]);
    }
    expect(await balanceOf(token)).toBe(1399);
  });

  it('refuses malformed JSON and oversized bodies', async () => {
    const token = await richViewer();
    const malformed = await api.request('/v1/gifts', { method: 'POST', token, body: '{"giftId": "rose",', headers: { 'Content-Type': 'application/json' } });
    expect([malformed.status, (await errorOf(malformed)).code]).toEqual([400, 'invalid-request']);
    const huge = await api.request('/v1/gifts', {
      method: 'POST',
      token,
      body: JSON.stringify({ creator: 'mia-cooks', stream: 'sunday-pancakes', giftId: 'rose', count: 1, idempotencyKey: newKey(), pad: 'x'.repeat(100_000) }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect([huge.status, (await errorOf(huge)).code]).toEqual([413, 'body-too-large']);
    expect(await balanceOf(token)).toBe(1400);
  });

  it("applies the viewer's budget and parental limits", async () => {
    const token = await richViewer();
    const { viewer } = (await (await api.request('/v1/wallet', { token })).json()) as { viewer: { id: string; name: string } };
    const wallet = viewerWallet(database.driver, new SandboxPaymentProvider(), viewer);
    await wallet.service.setPolicy({
      budget: { monthlyGiftCoins: 100 },
      parental: { dailyRechargeCoins: null, monthlyRechargeCoins: null, dailyGiftCoins: null, monthlyGiftCoins: null, largestGiftCoins: 50, rechargesLocked: true },
    });
    const big = await api.gift(token, { giftId: 'hat' });
    const bigError = await errorOf(big);
    expect([big.status, bigError.code]).toEqual([403, 'over-parental-limit']);
    expect(bigError.approvalId).toMatch(/^ap-/);
    const locked = await api.recharge(token, 'pack-70');
    expect([locked.status, (await errorOf(locked)).code]).toEqual([403, 'recharges-locked']);
    for (let i = 0; i < 4; i++) expect((await api.gift(token, { giftId: 'finger-heart', count: 5 })).status).toBe(201);
    const over = await api.gift(token, { giftId: 'finger-heart', count: 5 });
    expect([over.status, (await errorOf(over)).code]).toEqual([403, 'over-budget']);
    const state = walletResponseSchema.parse(await (await api.request('/v1/wallet', { token })).json());
    expect(state.budget).toEqual({ monthlyGiftCoins: 100, spentThisMonth: 100 });
    expect(state.balance).toBe(1300);
  });

  it('refuses a stream this server does not know, in live mode', async () => {
    const live = await testServer(database, { LIVEGIFT_MODE: 'live', LIVEGIFT_JWT_SECRET: SECRET, ...LIVE_PAYMENTS_ENV });
    try {
      const liveApi = apiOf(live);
      const token = await siteToken({ sub: 'live-viewer', name: 'Live' });
      const response = await liveApi.gift(token, { stream: 'nobody-streams-this' });
      expect([response.status, (await errorOf(response)).code]).toEqual([404, 'unknown-stream']);
      const session = await liveApi.request('/v1/demo/session', { json: { name: 'Ann' } });
      expect([session.status, (await errorOf(session)).code]).toEqual([404, 'demo-disabled']);
    } finally {
      await live.close();
    }
  });
});

describe('history', { timeout: 60_000 }, () => {
  it('pages the viewer’s entries newest first, filters by kind, and exports CSV', async () => {
    const token = await richViewer();
    for (let i = 0; i < 3; i++) expect((await api.gift(token, {})).status).toBe(201);
    const page = historyResponseSchema.parse(await (await api.request('/v1/history?limit=2', { token })).json());
    expect(page.entries.map((entry) => entry.kind)).toEqual(['gift', 'gift']);
    const rest = historyResponseSchema.parse(await (await api.request(`/v1/history?limit=2&cursor=${page.nextCursor}`, { token })).json());
    expect(rest.entries.map((entry) => entry.kind)).toEqual(['gift', 'recharge']);
    expect(rest.nextCursor).toBeNull();
    const recharges = historyResponseSchema.parse(await (await api.request('/v1/history?kind=recharge', { token })).json());
    expect(recharges.entries).toHaveLength(1);
    const csv = await api.request('/v1/history.csv', { token });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await csv.text()).trim().split('\n')).toHaveLength(5);
    for (const query of ['limit=0', 'limit=abc', 'kind=refund', 'cursor=nope', 'extra=1']) {
      const response = await api.request(`/v1/history?${query}`, { token });
      expect([response.status, (await errorOf(response)).code], query).toEqual([400, 'invalid-request']);
    }
  });
});

describe('streams', { timeout: 60_000 }, () => {
  it("shows every viewer's gifts in the stream's snapshot", async () => {
    const stream = `stream-${newKey()}`;
    const [ann, bob] = [await richViewer(), await richViewer()];
    await api.gift(ann, { stream, creator: 'leo', giftId: 'hat', count: 1 });
    await api.gift(bob, { stream, creator: 'leo', giftId: 'rose', count: 5 });
    await api.gift(ann, { stream, creator: 'leo', giftId: 'rose', count: 1 });
    const snapshot = streamSnapshotSchema.parse(await (await api.request(`/v1/streams/${stream}`)).json());
    const hat = DEFAULT_GIFT_CATALOG.find((gift) => gift.id === 'hat')!.coins;
    expect(snapshot).toMatchObject({ stream, creator: 'leo', goal: null, progressCoins: hat + 6 });
    expect(snapshot.topGifters.map((gifter) => gifter.coins)).toEqual([hat + 1, 5]);
    const unknown = await api.request('/v1/streams/nobody-here');
    expect([unknown.status, (await errorOf(unknown)).code]).toEqual([404, 'unknown-stream']);
  });

  it('streams a snapshot, then each gift with goal and leaderboard; a reconnect gets only what it missed', async () => {
    const token = await richViewer();
    const first = await api.request('/v1/streams/sunday-pancakes/events');
    expect(first.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const sent = api.gift(token, { giftId: 'doughnut', count: 1 });
    const events = await readEvents(first, (seen) => seen.some((event) => event.event === 'leaderboard'));
    await sent;
    expect(events.map((event) => event.event)).toEqual(['snapshot', 'gift', 'goal', 'leaderboard']);
    const gift = events[1]!;
    expect(gift.data).toMatchObject({ giftId: 'doughnut', count: 1, id: gift.id });
    expect(Number(gift.id)).toBeGreaterThan(Number(events[0]!.id));

    // Two gifts while away; then reconnect after the first event seen.
    await api.gift(token, { giftId: 'rose', count: 2 });
    await api.gift(token, { giftId: 'rose', count: 3 });
    await parts.feed.catchUp();
    for (const resume of [{ headers: { 'Last-Event-ID': gift.id } }, {}]) {
      const path = 'headers' in resume ? '/v1/streams/sunday-pancakes/events' : `/v1/streams/sunday-pancakes/events?lastEventId=${gift.id}`;
      const again = await readEvents(await api.request(path, resume), (seen) => seen.some((event) => event.event === 'leaderboard'));
      expect(again.map((event) => event.event)).toEqual(['gift', 'gift', 'goal', 'leaderboard']);
      expect(again.slice(0, 2).map((event) => (event.data as { count: number }).count)).toEqual([2, 3]);
    }
    const bad = await api.request('/v1/streams/sunday-pancakes/events', { headers: { 'Last-Event-ID': 'abc' } });
    expect([bad.status, (await errorOf(bad)).code]).toEqual([400, 'invalid-request']);
  });
});

describe('the HTTP surface', { timeout: 60_000 }, () => {
  it('answers health, the OpenAPI document and unknown paths', async () => {
    expect(await (await api.request('/healthz')).json()).toEqual({ ok: true, database: 'pglite' });
    const openApi = (await (await api.request('/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openApi.paths)).toEqual(expect.arrayContaining(['/v1/gifts', '/v1/recharges', '/v1/streams/{stream}/events']));
    const missing = await api.request('/v1/nothing');
    expect([missing.status, (await errorOf(missing)).code]).toEqual([404, 'not-found']);
  });

  it('allows configured origins only, and sends no header that blocks embedding', async () => {
    const allowed = await api.request('/v1/catalog', { headers: { Origin: 'https://site.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://site.example');
    const other = await api.request('/v1/catalog', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await api.request('/v1/gifts', {
      method: 'OPTIONS',
      headers: { Origin: 'https://site.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(allowed.headers.get('x-frame-options')).toBeNull();
    expect(allowed.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('never refuses a human combo, and answers a flood with 429 and Retry-After', async () => {
    const token = await richViewer();
    const combo = await Promise.all(Array.from({ length: 10 }, () => api.gift(token, {})));
    expect(combo.map((response) => response.status)).toEqual(Array(10).fill(201));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // A script's flood (bodies that need no database work, so they all arrive within the second).
    const flood = await Promise.all(Array.from({ length: 60 }, () => api.request('/v1/gifts', { token, json: {} })));
    const refused = flood.filter((response) => response.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await errorOf(refused[0]!)).code).toBe('rate-limited');
    expect(await balanceOf(token)).toBe(1400 - 10);
  });

  it('limits writes per client address too', async () => {
    const strict = await testServer(database, { LIVEGIFT_WRITE_RATE_PER_ADDRESS: '5' });
    try {
      const sessions = await Promise.all(Array.from({ length: 12 }, () => apiOf(strict).request('/v1/demo/session', { json: { name: newName() } })));
      const statuses = sessions.map((response) => response.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(7);
      expect((await apiOf(strict).request('/v1/catalog')).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('stops a wallet whose stored record is corrupt instead of guessing', async () => {
    const { token, viewer } = await api.signIn(newName('Corrupt'));
    await database.driver.query(
      `INSERT INTO wallet_documents (viewer_id, doc_table, id, state, body) VALUES ($1, 'settings', 'limit-policy', NULL, '{"id":"limit-policy","value":{"budget":"lots"}}'::jsonb)`,
      [viewer.id],
    );
    const response = await api.request('/v1/wallet', { token });
    expect([response.status, (await errorOf(response)).code]).toEqual([500, 'corrupt-record']);
  });

  it('answers 503 while shutting down', async () => {
    const closing = await testServer(database);
    await closing.close();
    const response = await closing.app.request('/v1/catalog');
    expect([response.status, (await errorOf(response)).code]).toEqual([503, 'unavailable']);
  });
});
