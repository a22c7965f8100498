// The creator dashboard's API: summary, earnings, CSV, payouts, the operator's decisions and stream goals,
// with attacks on each, through app.request() on PGlite in memory.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  creatorStreamsSchema,
  creatorSummarySchema,
  demoCreatorSessionResponseSchema,
  demoOperatorSessionResponseSchema,
  earningsResponseSchema,
  payoutListSchema,
  payoutViewSchema,
} from '@core/messages';
import { apiErrorSchema, streamSnapshotSchema } from '@core/messages/gift-server-api';
import { creatorAccount, payoutPendingAccount, SYSTEM_ACCOUNTS } from '@core/ledger';
import { verifyLedger } from '@core/ledger';
import { SqlWalletStore } from '@core/storage';
import { apiOf, newKey, openMemoryDatabase, readEvents, testServer, type Api, type ServerParts } from './support/test-app';

const SECRET = 'a-site-secret-that-is-long-enough-1234567890';
// $5.00 per 1,000 diamonds, at least $1.00: 200 diamonds.
const CASH_OUT = { currency: 'USD', minorUnitsPerThousandDiamonds: 500, minimumMinor: 100 };
let database: Awaited<ReturnType<typeof openMemoryDatabase>>;
let parts: ServerParts;
let api: Api;

beforeAll(async () => {
  database = await openMemoryDatabase();
  parts = await testServer(database, { LIVEGIFT_JWT_SECRET: SECRET, LIVEGIFT_CASH_OUT: JSON.stringify(CASH_OUT) });
  api = apiOf(parts);
}, 180_000);

afterAll(async () => {
  await parts?.close();
  await database?.close();
});

let creators = 0;
/** A fresh creator (signed in on the demo) and their stream. */
async function newCreator() {
  const name = `Chef ${Date.now().toString(36)} ${creators++}`;
  const session = demoCreatorSessionResponseSchema.parse(await (await api.request('/v1/demo/creator-session', { json: { name } })).json());
  return { ...session, stream: `${session.creator.id}-live` };
}

async function operatorToken() {
  return demoOperatorSessionResponseSchema.parse(await (await api.request('/v1/demo/operator-session', { json: { name: 'Olga Ops' } })).json()).token;
}

/** A viewer who gives `coins` of galaxies (1,000 coins each) to the creator: half become the creator's diamonds. */
async function giftCoins(creator: { creator: { id: string }; stream: string }, galaxies: number, name?: string) {
  const viewer = await api.signIn(name);
  expect((await api.recharge(viewer.token, 'pack-7000')).status).toBe(201);
  const response = await api.gift(viewer.token, { creator: creator.creator.id, stream: creator.stream, giftId: 'galaxy', count: galaxies });
  expect(response.status).toBe(201);
  return viewer;
}

async function summaryOf(token: string) {
  return creatorSummarySchema.parse(await (await api.request('/v1/creator/summary', { token })).json());
}

async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}

const ledgerBalance = (account: string) => new SqlWalletStore({ driver: database.driver, viewerId: 'reader' }).read((tx) => tx.balance(account));

function requestPayout(token: string, json: unknown) {
  return api.request('/v1/creator/payouts', { token, json });
}

describe('the diamonds summary', { timeout: 60_000 }, () => {
  it("shows the ledger's creator balance and its worth at the configured rate, with the minimum", async () => {
    const creator = await newCreator();
    expect(await summaryOf(creator.token)).toMatchObject({ diamonds: 0, pendingDiamonds: 0, estimate: { estimateMinor: 0, eligible: false, shortfallMinor: 100 } });
    await giftCoins(creator, 3);
    const summary = await summaryOf(creator.token);
    expect(summary.diamonds).toBe(await ledgerBalance(creatorAccount(creator.creator.id)));
    expect(summary).toMatchObject({
      creator: creator.creator,
      diamonds: 1500,
      estimate: { estimateMinor: 750, eligible: true, shortfallMinor: 0 },
      rate: { ...CASH_OUT, minimumDiamonds: 200 },
    });
  });

  it('needs a creator token: none, a bad one or a viewer token move nothing and read nothing', async () => {
    const viewer = await api.signIn();
    for (const path of ['/v1/creator/summary', '/v1/creator/earnings', '/v1/creator/earnings.csv', '/v1/creator/payouts', '/v1/creator/streams']) {
      expect((await api.request(path)).status).toBe(401);
      expect((await api.request(path, { token: 'not.a.token' })).status).toBe(401);
      expect((await api.request(path, { token: viewer.token })).status).toBe(403);
    }
    expect((await requestPayout(viewer.token, { idempotencyKey: newKey('po'), diamonds: 200 })).status).toBe(403);
  });
});

describe('gifts received', { timeout: 60_000 }, () => {
  it('reports by day, by stream and by gift type, with the top supporters per stream and month', async () => {
    const creator = await newCreator();
    const ada = await giftCoins(creator, 2, `Ada ${creators}`);
    await api.gift(ada.token, { creator: creator.creator.id, stream: `${creator.creator.id}-late`, giftId: 'rose', count: 10 });
    await giftCoins(creator, 3, `Bo ${creators}`);
    const response = await api.request('/v1/creator/earnings?days=7&timeZone=Europe%2FMadrid', { token: creator.token });
    expect(response.status).toBe(200);
    const report = earningsResponseSchema.parse(await response.json());
    expect(report.totals).toEqual({ gifts: 15, coins: 5010, diamonds: 2505 });
    expect(report.byDay.length).toBeGreaterThanOrEqual(7);
    expect(report.byDay.reduce((sum, day) => sum + day.diamonds, 0)).toBe(2505);
    expect(report.byStream).toEqual([
      { stream: creator.stream, gifts: 5, coins: 5000, diamonds: 2500 },
      { stream: `${creator.creator.id}-late`, gifts: 10, coins: 10, diamonds: 5 },
    ]);
    expect(report.byGift.map((gift) => [gift.giftId, gift.gifts])).toEqual([
      ['galaxy', 5],
      ['rose', 10],
    ]);
    const main = report.topSupportersByStream.find((entry) => entry.stream === creator.stream)!;
    expect(main.supporters.map((supporter) => supporter.coins)).toEqual([3000, 2000]);
    expect(report.topSupportersByMonth[0]!.supporters.map((supporter) => supporter.coins)).toEqual([3000, 2010]);
  });

  it('exports the gifts as RFC 4180 CSV with formulas defused', async () => {
    const creator = await newCreator();
    await giftCoins(creator, 1, '=HYPERLINK("x")');
    const response = await api.request('/v1/creator/earnings.csv?days=1', { token: creator.token });
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe('date_utc,stream,gift,count,coins,diamonds,from');
    expect(lines[1]).toMatch(new RegExp(`,${creator.stream},galaxy,1,1000,500,"'=HYPERLINK\\(""x""\\)"$`));
  });

  it('refuses bad periods and time zones', async () => {
    const creator = await newCreator();
    for (const query of ['days=0', 'days=400', 'days=1.5', 'timeZone=Mars%2FOlympus', 'admin=1']) {
      const response = await api.request(`/v1/creator/earnings?${query}`, { token: creator.token });
      expect(response.status, query).toBe(400);
      expect((await errorOf(response)).code).toBe('invalid-request');
    }
  });
});

describe('payouts', { timeout: 60_000 }, () => {
  it('moves diamonds to pending once per key; paid and rejected move them exactly', async () => {
    const creator = await newCreator();
    await giftCoins(creator, 2);
    const id = creator.creator.id;
    const key = newKey('po');
    const first = await requestPayout(creator.token, { idempotencyKey: key, diamonds: 400 });
    expect(first.status).toBe(201);
    const payout = payoutViewSchema.parse(await first.json());
    expect(payout).toMatchObject({ diamonds: 400, cashMinor: 200, state: 'pending' });
    // A replay is the same payout and moves nothing again.
    expect(payoutViewSchema.parse(await (await requestPayout(creator.token, { idempotencyKey: key, diamonds: 400 })).json())).toEqual(payout);
    expect(await summaryOf(creator.token)).toMatchObject({ diamonds: 600, pendingDiamonds: 400 });
    expect(await ledgerBalance(payoutPendingAccount(id))).toBe(400);

    const second = payoutViewSchema.parse(await (await requestPayout(creator.token, { idempotencyKey: newKey('po'), diamonds: 300 })).json());
    const operator = await operatorToken();
    const pending = payoutListSchema.parse(await (await api.request('/v1/operator/payouts', { token: operator })).json()).payouts;
    expect(pending.filter((entry) => entry.creator === id).map((entry) => entry.id)).toEqual([payout.id, second.id]);

    const paidBefore = await ledgerBalance(SYSTEM_ACCOUNTS.payoutsPaid);
    const paid = await api.request(`/v1/operator/payouts/${id}/${payout.id}/paid`, { token: operator, json: { note: 'wire 7' } });
    expect(payoutViewSchema.parse(await paid.json())).toMatchObject({ state: 'paid', note: 'wire 7' });
    expect(await ledgerBalance(SYSTEM_ACCOUNTS.payoutsPaid)).toBe(paidBefore + 400);
    const rejected = await api.request(`/v1/operator/payouts/${id}/${second.id}/rejected`, { token: operator, json: { reason: 'bank details missing' } });
    expect(payoutViewSchema.parse(await rejected.json())).toMatchObject({ state: 'rejected', note: 'bank details missing' });
    expect(await summaryOf(creator.token)).toMatchObject({ diamonds: 600, pendingDiamonds: 0 });

    // The creator sees every state; a decided payout cannot be decided the other way.
    const mine = payoutListSchema.parse(await (await api.request('/v1/creator/payouts', { token: creator.token })).json()).payouts;
    expect(mine.map((entry) => entry.state)).toEqual(['rejected', 'paid']);
    const flip = await api.request(`/v1/operator/payouts/${id}/${payout.id}/rejected`, { token: operator, json: { reason: 'changed my mind' } });
    expect(flip.status).toBe(409);
    expect((await errorOf(flip)).code).toBe('payout-decided');
    expect(await ledgerBalance(SYSTEM_ACCOUNTS.payoutsPaid)).toBe(paidBefore + 400);
    expect(verifyLedger(await new SqlWalletStore({ driver: database.driver, viewerId: 'reader' }).exportRecords()).ok).toBe(true);
  });

  it('refuses below the minimum and above the balance with a clear message, moving nothing', async () => {
    const creator = await newCreator();
    await giftCoins(creator, 1);
    const below = await requestPayout(creator.token, { idempotencyKey: newKey('po'), diamonds: 199 });
    expect(below.status).toBe(422);
    expect(await errorOf(below)).toMatchObject({ code: 'below-minimum-payout', message: expect.stringMatching(/minimum/) });
    const above = await requestPayout(creator.token, { idempotencyKey: newKey('po'), diamonds: 501 });
    expect(above.status).toBe(422);
    expect(await errorOf(above)).toMatchObject({ code: 'insufficient-diamonds', message: expect.stringMatching(/you have 500/) });
    expect(await summaryOf(creator.token)).toMatchObject({ diamonds: 500, pendingDiamonds: 0 });
  });

  it('refuses negative, float, huge and malformed amounts, replays of a key for more, and another creator in the body', async () => {
    const creator = await newCreator();
    await giftCoins(creator, 1);
    const victim = await newCreator();
    await giftCoins(victim, 1);
    const key = newKey('po');
    expect((await requestPayout(creator.token, { idempotencyKey: key, diamonds: 200 })).status).toBe(201);
    const conflict = await requestPayout(creator.token, { idempotencyKey: key, diamonds: 300 });
    expect(conflict.status).toBe(409);
    expect((await errorOf(conflict)).code).toBe('idempotency-conflict');
    for (const json of [
      { idempotencyKey: newKey('po'), diamonds: -200 },
      { idempotencyKey: newKey('po'), diamonds: 200.5 },
      { idempotencyKey: newKey('po'), diamonds: 1e300 },
      { idempotencyKey: newKey('po'), diamonds: '200' },
      { idempotencyKey: 'x', diamonds: 200 },
      { idempotencyKey: newKey('po'), diamonds: 200, creator: victim.creator.id },
    ]) {
      const response = await requestPayout(creator.token, json);
      expect(response.status, JSON.stringify(json)).toBe(400);
      expect((await errorOf(response)).code).toBe('invalid-request');
    }
    const huge = await requestPayout(creator.token, { idempotencyKey: newKey('po'), diamonds: Number.MAX_SAFE_INTEGER });
    expect((await errorOf(huge)).code).toBe('insufficient-diamonds');
    expect(await summaryOf(creator.token)).toMatchObject({ diamonds: 300, pendingDiamonds: 200 });
    expect(await summaryOf(victim.token)).toMatchObject({ diamonds: 500, pendingDiamonds: 0 });
  });

  it("keeps operator endpoints shut without an operator token, and a creator cannot approve their own payout", async () => {
    const creator = await newCreator();
    await giftCoins(creator, 1);
    const payout = payoutViewSchema.parse(await (await requestPayout(creator.token, { idempotencyKey: newKey('po'), diamonds: 300 })).json());
    const viewer = await api.signIn();
    const forged = await new SignJWT({ name: 'Me', role: 'operator' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('me')
      .setAudience('livegift')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('someone-elses-secret-that-is-long-enough-123'));
    const base = `/v1/operator/payouts/${creator.creator.id}/${payout.id}`;
    for (const [token, status] of [[undefined, 401], [forged, 401], [viewer.token, 403], [creator.token, 403]] as const) {
      expect((await api.request('/v1/operator/payouts', { token })).status).toBe(status);
      expect((await api.request(`${base}/paid`, { token, json: {} })).status).toBe(status);
      expect((await api.request(`${base}/rejected`, { token, json: { reason: 'no' } })).status).toBe(status);
    }
    expect(await summaryOf(creator.token)).toMatchObject({ diamonds: 200, pendingDiamonds: 300 });
    const operator = await operatorToken();
    // Naming the payout under another creator finds nothing.
    const other = await newCreator();
    const misdirected = await api.request(`/v1/operator/payouts/${other.creator.id}/${payout.id}/paid`, { token: operator, json: {} });
    expect(misdirected.status).toBe(404);
    expect((await errorOf(misdirected)).code).toBe('unknown-payout');
    expect((await api.request(`${base}/rejected`, { token: operator, json: {} })).status).toBe(400);
    expect((await api.request(`/v1/operator/payouts/has%20space/${payout.id}/paid`, { token: operator, json: {} })).status).toBe(400);
    expect((await summaryOf(creator.token)).pendingDiamonds).toBe(300);
  });
});

describe('stream goals', { timeout: 60_000 }, () => {
  it("sets the goal the stream's snapshot and feed show; another creator's stream is unknown to them", async () => {
    const creator = await newCreator();
    await giftCoins(creator, 1);
    expect(creatorStreamsSchema.parse(await (await api.request('/v1/creator/streams', { token: creator.token })).json()).streams).toEqual([
      { id: creator.stream, goal: null },
    ]);
    const feed = await api.request(`/v1/streams/${creator.stream}/events`);
    const set = await api.request(`/v1/creator/streams/${creator.stream}/goal`, { token: creator.token, json: { goal: { coins: 5000, title: 'New knives' } } });
    expect(set.status).toBe(200);
    const events = await readEvents(feed, (seen) => seen.some((event) => event.event === 'goal'));
    expect(events.find((event) => event.event === 'goal')?.data).toEqual({ goal: { coins: 5000, title: 'New knives' }, progressCoins: 1000 });
    const snapshot = streamSnapshotSchema.parse(await (await api.request(`/v1/streams/${creator.stream}`)).json());
    expect(snapshot.goal).toEqual({ coins: 5000, title: 'New knives' });

    const intruder = await newCreator();
    const stolen = await api.request(`/v1/creator/streams/${creator.stream}/goal`, { token: intruder.token, json: { goal: { coins: 1, title: 'mine' } } });
    expect(stolen.status).toBe(404);
    for (const json of [{ goal: { coins: -5, title: 'x' } }, { goal: { coins: 1.5, title: 'x' } }, { goal: { coins: 10, title: 'x'.repeat(81) } }, { goal: { coins: 10 } }, {}]) {
      const response = await api.request(`/v1/creator/streams/${creator.stream}/goal`, { token: creator.token, json });
      expect(response.status, JSON.stringify(json)).toBe(400);
    }
    expect(streamSnapshotSchema.parse(await (await api.request(`/v1/streams/${creator.stream}`)).json()).goal).toEqual({ coins: 5000, title: 'New knives' });
    expect((await api.request(`/v1/creator/streams/${creator.stream}/goal`, { token: creator.token, json: { goal: null } })).status).toBe(200);
    expect(streamSnapshotSchema.parse(await (await api.request(`/v1/streams/${creator.stream}`)).json()).goal).toBeNull();
  });
});

describe('the OpenAPI document', { timeout: 60_000 }, () => {
  it('documents the creator and operator paths with their token schemes', async () => {
    const openApi = (await (await api.request('/v1/openapi.json')).json()) as { paths: Record<string, unknown>; components: { securitySchemes: Record<string, unknown> } };
    expect(Object.keys(openApi.paths)).toEqual(
      expect.arrayContaining(['/v1/creator/summary', '/v1/creator/payouts', '/v1/operator/payouts/{creator}/{payout}/rejected', '/v1/creator/streams/{stream}/goal']),
    );
    expect(Object.keys(openApi.components.securitySchemes)).toEqual(['viewerToken', 'creatorToken', 'operatorToken']);
  });
});
