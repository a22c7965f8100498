// Live payments and gift cards on PostgreSQL, where requests really run side by side: every duplicate
// webhook, every racing redemption, credits once.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLedger } from '@core';
import { rechargeResponseSchema, walletResponseSchema } from '@core/messages/gift-server-api';
import { SqlWalletStore } from '@core/storage';
import { openDatabase, type Database } from '../../widget/server/db/open-database';
import { createBatch } from '../../widget/server/gift-cards/gift-card-batches';
import { signedEvent } from '../stripe-stand-in/signed-event';
import { startStripeStandIn, type StripeStandIn } from '../stripe-stand-in/stripe-stand-in';
import { apiOf, LIVE_PAYMENTS_ENV, newKey, testServer, type Api, type ServerParts } from '../unit/widget/server/support/test-app';
import { freshDatabase } from './support/postgres';

const SECRET = 'a-site-secret-that-is-long-enough-1234567890';
const GIFT_CARD_SECRET = 'gift-card-secret-for-the-postgres-tests-0123456789';

let database: Database;
let parts: ServerParts;
let api: Api;
let stripe: StripeStandIn;

beforeAll(async () => {
  stripe = await startStripeStandIn({ webhookSecret: LIVE_PAYMENTS_ENV.STRIPE_WEBHOOK_SECRET });
  database = await openDatabase({ databaseUrl: await freshDatabase('payments'), dataDir: '/nonexistent', poolSize: 40 });
  parts = await testServer(database, {
    LIVEGIFT_MODE: 'live',
    LIVEGIFT_JWT_SECRET: SECRET,
    ...LIVE_PAYMENTS_ENV,
    STRIPE_API_BASE: stripe.url,
    LIVEGIFT_GIFT_CARD_SECRET: GIFT_CARD_SECRET,
    LIVEGIFT_WRITE_RATE_PER_VIEWER: '100000',
    LIVEGIFT_WRITE_RATE_PER_ADDRESS: '100000',
  });
  api = apiOf(parts);
});

afterAll(async () => {
  await parts?.close();
  await database?.close();
  await stripe?.close();
});

const tokenOf = (id: string) =>
  new SignJWT({ sub: id, name: id }).setProtectedHeader({ alg: 'HS256' }).setAudience('livegift').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
const balanceOf = async (token: string) => walletResponseSchema.parse(await (await api.request('/v1/wallet', { token })).json()).balance;

function webhook(type: string, object: object) {
  const { body, header } = signedEvent(type, object, LIVE_PAYMENTS_ENV.STRIPE_WEBHOOK_SECRET);
  return () => api.request('/v1/webhooks/stripe', { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': header }, body });
}

describe('on PostgreSQL', () => {
  it('20 viewers’ completed events, each delivered 20 times at once with expired ones among them, credit each recharge once', async () => {
    const viewers = await Promise.all(Array.from({ length: 20 }, async (_, index) => ({ id: `pg-live-${index}-${newKey()}`, token: '' })));
    for (const viewer of viewers) viewer.token = await tokenOf(viewer.id);
    const sessions = await Promise.all(
      viewers.map(async (viewer) => {
        const response = await api.request('/v1/recharges', {
          token: viewer.token,
          json: { idempotencyKey: newKey('pg'), region: 'DE', packId: 'pack-1400', instrument: { method: 'card', token: 'checkout' } },
        });
        expect(response.status).toBe(202);
        const { checkoutUrl } = rechargeResponseSchema.parse(await response.json());
        return [...stripe.sessions.values()].find((session) => session.url === checkoutUrl)!;
      }),
    );
    const deliveries = sessions.flatMap((session) => [
      ...Array.from({ length: 20 }, () => webhook('checkout.session.completed', { ...session, status: 'complete', payment_status: 'paid', payment_intent: `pi_${session.id}` })),
      webhook('checkout.session.expired', { ...session, status: 'expired' }),
    ]);
    const answers = await Promise.all(deliveries.map((deliver) => deliver()));
    expect(answers.map((answer) => answer.status)).toEqual(Array(deliveries.length).fill(200));
    // Each viewer is either credited once (completed first) or failed (expired first): never twice, never both.
    const balances = await Promise.all(viewers.map((viewer) => balanceOf(viewer.token)));
    for (const balance of balances) expect([0, 1400]).toContain(balance);
    expect(balances.filter((balance) => balance === 1400).length).toBeGreaterThan(0);
    const store = new SqlWalletStore({ driver: database.driver, viewerId: viewers[0]!.id });
    const records = await store.exportRecords();
    for (const [index, viewer] of viewers.entries()) {
      const credits = records.entries.filter((entry) => entry.account === `viewer:${viewer.id}`);
      expect(credits).toHaveLength(balances[index] === 1400 ? 1 : 0);
    }
    expect(verifyLedger(records).problems).toEqual([]);
  });

  it('one gift card redeemed by 10 viewers and 10 times by one viewer, all at once, credits once', async () => {
    const { codes } = await createBatch(database.driver, new TextEncoder().encode(GIFT_CARD_SECRET), { coins: 300, count: 2 });
    const tokens = await Promise.all(Array.from({ length: 10 }, (_, index) => tokenOf(`pg-card-${index}-${newKey()}`)));
    const raced = await Promise.all(tokens.map((token) => api.request('/v1/gift-cards/redeem', { token, json: { code: codes[0] } })));
    expect(raced.map((response) => response.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect((await Promise.all(tokens.map(balanceOf))).reduce((sum, balance) => sum + balance, 0)).toBe(300);
    const one = await tokenOf(`pg-card-one-${newKey()}`);
    const repeated = await Promise.all(Array.from({ length: 10 }, () => api.request('/v1/gift-cards/redeem', { token: one, json: { code: codes[1] } })));
    expect(repeated.map((response) => response.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(await balanceOf(one)).toBe(300);
  });
});
