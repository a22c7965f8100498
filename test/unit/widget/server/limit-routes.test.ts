// The viewer's own limits over HTTP: the budget they set, the parental limits they cannot touch, and attacks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, limitsResponseSchema } from '@core/messages/gift-server-api';
import { SandboxPaymentProvider } from '@core/payments';
import { viewerWallet } from '../../../../widget/server/viewer-wallet';
import { apiOf, openMemoryDatabase, testServer, type Api, type ServerParts } from './support/test-app';

let database: Awaited<ReturnType<typeof openMemoryDatabase>>;
let parts: ServerParts;
let api: Api;

beforeAll(async () => {
  database = await openMemoryDatabase();
  parts = await testServer(database);
  api = apiOf(parts);
}, 180_000);

afterAll(async () => {
  await parts?.close();
  await database?.close();
});

const PARENTAL = { dailyRechargeCoins: null, monthlyRechargeCoins: 5000, dailyGiftCoins: null, monthlyGiftCoins: null, largestGiftCoins: 500, rechargesLocked: false };

async function limitsOf(token: string) {
  const response = await api.request('/v1/limits', { token });
  expect(response.status).toBe(200);
  return limitsResponseSchema.parse(await response.json());
}
const setBudget = (token: string, body: unknown) => api.request('/v1/limits/budget', { token, json: body });
const errorOf = async (response: Response) => apiErrorSchema.parse(await response.json()).error;

async function richViewer() {
  const session = await api.signIn();
  expect((await api.recharge(session.token, 'pack-1400')).status).toBe(201);
  return session;
}

describe('GET /v1/limits and POST /v1/limits/budget', { timeout: 60_000 }, () => {
  it("shows no limits on a new wallet, then the budget the viewer sets, and the gifts stop at it", async () => {
    const { token } = await richViewer();
    expect(await limitsOf(token)).toEqual({
      budget: { monthlyGiftCoins: null, spentThisMonth: 0, usedPercent: null, warning: false },
      parental: { dailyRechargeCoins: null, monthlyRechargeCoins: null, dailyGiftCoins: null, monthlyGiftCoins: null, largestGiftCoins: null, rechargesLocked: false },
    });
    const set = await setBudget(token, { monthlyGiftCoins: 30 });
    expect(set.status).toBe(200);
    expect(limitsResponseSchema.parse(await set.json()).budget).toEqual({ monthlyGiftCoins: 30, spentThisMonth: 0, usedPercent: 0, warning: false });
    expect((await api.gift(token, { giftId: 'finger-heart', count: 5 })).status).toBe(201);
    expect((await limitsOf(token)).budget).toEqual({ monthlyGiftCoins: 30, spentThisMonth: 25, usedPercent: 83, warning: true });
    const over = await api.gift(token, { giftId: 'finger-heart', count: 5 });
    expect([over.status, (await errorOf(over)).code]).toEqual([403, 'over-budget']);
    // The viewer may raise their own budget, or remove it: the same gift then goes through.
    expect((await setBudget(token, { monthlyGiftCoins: null })).status).toBe(200);
    expect((await api.gift(token, { giftId: 'finger-heart', count: 5 })).status).toBe(201);
    expect((await limitsOf(token)).budget).toMatchObject({ monthlyGiftCoins: null, spentThisMonth: 50 });
  });

  it('keeps the parental limits a parent set when the viewer changes the budget, and shows them', async () => {
    const { token, viewer } = await richViewer();
    await viewerWallet(database.driver, new SandboxPaymentProvider(), viewer).service.setPolicy({ budget: { monthlyGiftCoins: null }, parental: PARENTAL });
    expect((await setBudget(token, { monthlyGiftCoins: 1000 })).status).toBe(200);
    expect(await limitsOf(token)).toMatchObject({ budget: { monthlyGiftCoins: 1000 }, parental: PARENTAL });
  });

  it('refuses to lift a parental limit through the budget endpoint, whatever the body says', async () => {
    const { token, viewer } = await richViewer();
    const wallet = viewerWallet(database.driver, new SandboxPaymentProvider(), viewer);
    await wallet.service.setPolicy({ budget: { monthlyGiftCoins: 200 }, parental: PARENTAL });
    const attempts: unknown[] = [
      { monthlyGiftCoins: 200, parental: { largestGiftCoins: null } },
      { budget: { monthlyGiftCoins: null }, parental: { ...PARENTAL, largestGiftCoins: null } },
      { monthlyGiftCoins: 200, largestGiftCoins: null },
    ];
    const sent = [
      ...attempts.map((body) => JSON.stringify(body)),
      '{"monthlyGiftCoins":200,"__proto__":{"parental":{"largestGiftCoins":null}}}',
      '{"monthlyGiftCoins":200,"constructor":{"prototype":{"parental":null}}}',
    ];
    for (const body of sent) {
      const response = await api.request('/v1/limits/budget', { token, method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
      expect([response.status, (await errorOf(response)).code]).toEqual([400, 'invalid-request']);
    }
    expect(await wallet.service.getPolicy()).toEqual({ budget: { monthlyGiftCoins: 200 }, parental: PARENTAL });
    // The largest-gift cap still holds: a 600-coin gift asks a parent.
    const big = await api.gift(token, { giftId: 'doughnut', count: 20 });
    expect([big.status, (await errorOf(big)).code]).toEqual([403, 'over-parental-limit']);
  });

  it('refuses bad budgets with 400 and changes nothing', async () => {
    const { token } = await richViewer();
    expect((await setBudget(token, { monthlyGiftCoins: 500 })).status).toBe(200);
    const bad: unknown[] = [{ monthlyGiftCoins: -1 }, { monthlyGiftCoins: 1.5 }, { monthlyGiftCoins: '100' }, { monthlyGiftCoins: 2 ** 60 }, {}, [], null, 'budget'];
    for (const body of bad) {
      const response = await setBudget(token, body);
      expect([response.status, (await errorOf(response)).code]).toEqual([400, 'invalid-request']);
    }
    const malformed = await api.request('/v1/limits/budget', { token, method: 'POST', body: '{"monthlyGiftCoins":', headers: { 'Content-Type': 'application/json' } });
    expect([malformed.status, (await errorOf(malformed)).code]).toEqual([400, 'invalid-request']);
    expect((await limitsOf(token)).budget.monthlyGiftCoins).toBe(500);
  });

  it('are in the OpenAPI document, behind the viewer token', async () => {
    const document = (await (await api.request('/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    expect(document.paths['/v1/limits']?.get?.security).toEqual([{ viewerToken: [] }]);
    expect(document.paths['/v1/limits/budget']?.post?.security).toEqual([{ viewerToken: [] }]);
  });

  it("needs the viewer's own valid token: nobody reads or sets another viewer's budget", async () => {
    const owner = await richViewer();
    const other = await richViewer();
    expect((await setBudget(owner.token, { monthlyGiftCoins: 10 })).status).toBe(200);
    for (const token of [undefined, 'not-a-token', `${owner.token.slice(0, -4)}AAAA`]) {
      const read = await api.request('/v1/limits', token ? { token } : {});
      expect([read.status, (await errorOf(read)).code]).toEqual([401, 'unauthorized']);
      const write = await api.request('/v1/limits/budget', { ...(token ? { token } : {}), json: { monthlyGiftCoins: null } });
      expect([write.status, (await errorOf(write)).code]).toEqual([401, 'unauthorized']);
    }
    // Another viewer's change is their own: the owner's budget stays.
    expect((await setBudget(other.token, { monthlyGiftCoins: null })).status).toBe(200);
    expect((await limitsOf(owner.token)).budget.monthlyGiftCoins).toBe(10);
    expect((await limitsOf(other.token)).budget.monthlyGiftCoins).toBe(null);
  });
});
