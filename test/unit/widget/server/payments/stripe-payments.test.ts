// Live payments through Stripe Checkout, against the local stand-in for Stripe's API and with signed webhook
// payloads: the session charges the core's quote, and coins are credited exactly once however events arrive.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rechargeResponseSchema, walletResponseSchema } from '@core/messages/gift-server-api';
import { quoteRecharge } from '@core/pricing';
import { RECONCILE_AFTER_MS, StripeCheckoutProvider, stripeClient } from '../../../../../widget/server/payments/stripe-checkout-provider';
import { rechargeStatusResponseSchema } from '../../../../../widget/server/routes/recharge-status-routes';
import { runOperatorCommand } from '../../../../../widget/server/operator-cli';
import { signedEvent } from '../../../../stripe-stand-in/signed-event';
import { startStripeStandIn, type StandInSession, type StripeStandIn } from '../../../../stripe-stand-in/stripe-stand-in';
import { apiOf, LIVE_PAYMENTS_ENV, newKey, openMemoryDatabase, testServer, type Api, type ServerParts } from '../support/test-app';

const SECRET = 'a-site-secret-that-is-long-enough-1234567890';
const WEBHOOK_SECRET = LIVE_PAYMENTS_ENV.STRIPE_WEBHOOK_SECRET;
const STREAM = { id: 'live-kitchen', creator: 'mia-cooks', goal: null };

let database: Awaited<ReturnType<typeof openMemoryDatabase>>;
let parts: ServerParts;
let api: Api;
let stripe: StripeStandIn;
let viewers = 0;

beforeAll(async () => {
  stripe = await startStripeStandIn({ secretKey: LIVE_PAYMENTS_ENV.STRIPE_SECRET_KEY, webhookSecret: WEBHOOK_SECRET });
  database = await openMemoryDatabase();
  parts = await testServer(database, {
    LIVEGIFT_MODE: 'live',
    LIVEGIFT_JWT_SECRET: SECRET,
    ...LIVE_PAYMENTS_ENV,
    STRIPE_API_BASE: stripe.url,
    LIVEGIFT_STREAMS: JSON.stringify([STREAM]),
    LIVEGIFT_WRITE_RATE_PER_VIEWER: '1000',
    LIVEGIFT_WRITE_RATE_PER_ADDRESS: '10000',
  });
  api = apiOf(parts);
}, 120_000);

afterAll(async () => {
  await parts?.close();
  await database?.close();
  await stripe?.close();
});

/** A new viewer signed in by the site's login. */
async function viewer(): Promise<string> {
  const id = `live-${Date.now().toString(36)}-${viewers++}`;
  return new SignJWT({ sub: id, name: id }).setProtectedHeader({ alg: 'HS256' }).setAudience('livegift').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
}

function buy(token: string, body: { region?: string; packId?: string; customCoins?: number; method?: string; key?: string } = {}) {
  const { region = 'US', method = 'card', key = newKey('live'), ...amount } = body;
  const what = amount.customCoins !== undefined ? { customCoins: amount.customCoins } : { packId: amount.packId ?? 'pack-1400' };
  return api.request('/v1/recharges', { token, json: { idempotencyKey: key, region, ...what, instrument: { method, token: 'checkout' } } });
}

/** A recharge that opened a checkout: the stand-in's session behind it. */
async function checkout(token: string, body: Parameters<typeof buy>[1] = {}): Promise<StandInSession> {
  const response = await buy(token, body);
  expect(response.status).toBe(202);
  const result = rechargeResponseSchema.parse(await response.json());
  expect(result.recharge.state).toBe('pending');
  const session = [...stripe.sessions.values()].find((candidate) => candidate.url === result.checkoutUrl);
  expect(session).toBeDefined();
  return session!;
}

function deliver(type: string, object: object, options: { secret?: string; timestamp?: number; tamper?: (body: string) => string } = {}) {
  const { body, header } = signedEvent(type, object, options.secret ?? WEBHOOK_SECRET, options);
  return api.request('/v1/webhooks/stripe', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    body: options.tamper ? options.tamper(body) : body,
  });
}

const paid = (session: StandInSession): StandInSession => ({ ...session, status: 'complete', payment_status: 'paid', payment_intent: `pi_${session.id}` });

async function balanceOf(token: string): Promise<number> {
  return walletResponseSchema.parse(await (await api.request('/v1/wallet', { token })).json()).balance;
}

async function rechargesOf(token: string) {
  return rechargeStatusResponseSchema.parse(await (await api.request('/v1/recharges', { token })).json()).recharges;
}

describe('POST /v1/recharges in live mode', { timeout: 60_000 }, () => {
  it('opens a checkout for the quote’s total in the region’s currency (USD, EUR, INR), and the recharge waits for Stripe', async () => {
    const token = await viewer();
    for (const [region, what] of [
      ['US', { packId: 'pack-1400' }],
      ['DE', { packId: 'pack-350' }],
      ['IN', { packId: 'pack-700' }],
      ['IN', { customCoins: 2_345 }],
    ] as const) {
      const session = await checkout(token, { region, ...what, method: region === 'IN' ? 'upi' : 'card' });
      const quote = quoteRecharge({ region, ...what });
      expect([session.amount_total, session.currency]).toEqual([quote.totalMinor, quote.currency.toLowerCase()]);
      expect(session.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pay\/cs_test_/);
      expect(session.success_url).toBe('http://localhost:5510/demo/?livegift_checkout=returned');
    }
    expect(await balanceOf(token)).toBe(0);
    expect((await rechargesOf(token)).map(({ recharge }) => recharge.state)).toEqual(['pending', 'pending', 'pending', 'pending']);
  });

  it('never takes an amount from the client', async () => {
    const token = await viewer();
    const before = stripe.creates.length;
    const forged = await api.request('/v1/recharges', {
      token,
      json: { idempotencyKey: newKey('forged'), region: 'US', packId: 'pack-7000', amountMinor: 1, instrument: { method: 'card', token: 'checkout' } },
    });
    expect(forged.status).toBe(400);
    expect(stripe.creates.length).toBe(before);
  });

  it('offers the region’s methods that Stripe takes, and says which are not offered', async () => {
    const token = await viewer();
    expect((await checkout(token, { region: 'BR', method: 'pix', packId: 'pack-70' })).allowed_payment_method_types).toEqual(['pix']);
    expect((await checkout(token, { region: 'BR', method: 'boleto', packId: 'pack-350' })).allowed_payment_method_types).toEqual(['boleto']);
    expect((await checkout(token, { region: 'DE', method: 'paypal', packId: 'pack-1400' })).allowed_payment_method_types).toEqual(['paypal']);
    expect((await checkout(token, { region: 'US', method: 'apple-pay', packId: 'pack-700' })).allowed_payment_method_types).toEqual(['card']);
    const before = stripe.creates.length;
    for (const [region, method] of [
      ['IN', 'paytm'],
      ['PH', 'gcash'],
      ['DE', 'carrier'],
      ['US', 'pix'],
    ] as const) {
      const refused = await buy(token, { region, method, packId: 'pack-3500' });
      const body = (await refused.json()) as { error: { code: string; message: string } };
      expect([refused.status, body.error.code]).toEqual([402, 'payment-failed']);
      expect(body.error.message).toContain('region-not-supported');
    }
    expect(stripe.creates.length).toBe(before);
  });

  it('refuses a second purchase of the same pack while one is pending; the same key answers the same checkout', async () => {
    const token = await viewer();
    const key = newKey('once');
    const session = await checkout(token, { packId: 'pack-700', key });
    const again = rechargeResponseSchema.parse(await (await buy(token, { packId: 'pack-700', key })).json());
    expect(again.checkoutUrl).toBe(session.url);
    const second = await buy(token, { packId: 'pack-700' });
    const body = (await second.json()) as { error: { code: string; message: string } };
    expect([second.status, body.error.code]).toEqual([409, 'recharge-pending']);
    expect(body.error.message).toContain('never buy twice');
  });
});

describe('POST /v1/webhooks/stripe', { timeout: 60_000 }, () => {
  it('the same completed event 20 times at once credits the coins once', async () => {
    const token = await viewer();
    const session = paid(await checkout(token, { packId: 'pack-1400' }));
    const { body, header } = signedEvent('checkout.session.completed', session, WEBHOOK_SECRET);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.request('/v1/webhooks/stripe', { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': header }, body }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    expect(await balanceOf(token)).toBe(1400);
    const history = (await (await api.request('/v1/history?kind=recharge', { token })).json()) as { entries: unknown[] };
    expect(history.entries).toHaveLength(1);
    expect((await rechargesOf(token))[0]!.recharge.state).toBe('settled');
  });

  it('an expired event after the completed one changes nothing; expired alone fails the recharge with a reason', async () => {
    const token = await viewer();
    const first = await checkout(token, { packId: 'pack-350' });
    expect((await deliver('checkout.session.completed', paid(first))).status).toBe(200);
    expect((await deliver('checkout.session.expired', { ...first, status: 'expired' })).status).toBe(200);
    expect(await balanceOf(token)).toBe(350);
    const abandoned = await checkout(token, { packId: 'pack-70' });
    expect((await deliver('checkout.session.expired', { ...abandoned, status: 'expired' })).status).toBe(200);
    // and a late "completed" for the expired one credits nothing
    expect((await deliver('checkout.session.completed', paid(abandoned))).status).toBe(200);
    expect(await balanceOf(token)).toBe(350);
    const [latest] = await rechargesOf(token);
    expect(latest!.recharge).toMatchObject({ state: 'failed', failureReason: 'expired' });
    expect(latest!.message).toContain('nothing was charged');
    // The pack is free again once its checkout failed.
    await checkout(token, { packId: 'pack-70' });
  });

  it('waits for a delayed method (Boleto) and credits on async_payment_succeeded; async_payment_failed fails it', async () => {
    const token = await viewer();
    const boleto = await checkout(token, { region: 'BR', method: 'boleto', packId: 'pack-700' });
    expect((await deliver('checkout.session.completed', { ...boleto, status: 'complete', payment_status: 'unpaid', payment_intent: `pi_${boleto.id}` })).status).toBe(200);
    expect(await balanceOf(token)).toBe(0);
    await deliver('checkout.session.async_payment_succeeded', paid(boleto));
    await deliver('checkout.session.async_payment_succeeded', paid(boleto));
    expect(await balanceOf(token)).toBe(700);
    const unpaid = await checkout(token, { region: 'BR', method: 'boleto', packId: 'pack-70' });
    await deliver('checkout.session.async_payment_failed', { ...unpaid, status: 'complete', payment_status: 'unpaid' });
    await deliver('checkout.session.async_payment_succeeded', paid(unpaid)); // out of order: changes nothing
    expect(await balanceOf(token)).toBe(700);
    expect((await rechargesOf(token))[0]!.recharge).toMatchObject({ state: 'failed', failureReason: 'declined' });
  });

  it('refuses a tampered body, a wrong secret, a stale or missing signature with 400, and credits nothing', async () => {
    const token = await viewer();
    const session = paid(await checkout(token, { packId: 'pack-3500' }));
    const attacks = [
      deliver('checkout.session.completed', session, { tamper: (body) => body.replace('"paid"', '"paid" ') }),
      deliver('checkout.session.completed', { ...session, id: 'cs_other' }, { tamper: (body) => body.replace('cs_other', session.id) }),
      deliver('checkout.session.completed', session, { secret: 'whsec_not_the_endpoint_secret' }),
      deliver('checkout.session.completed', session, { timestamp: Math.floor(Date.now() / 1000) - 301 }),
      api.request('/v1/webhooks/stripe', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'checkout.session.completed', data: { object: session } }) }),
    ];
    for (const answer of await Promise.all(attacks)) expect(answer.status).toBe(400);
    expect(await balanceOf(token)).toBe(0);
    expect((await rechargesOf(token))[0]!.recharge.state).toBe('pending');
    // Within the tolerance, the same event is taken.
    expect((await deliver('checkout.session.completed', session, { timestamp: Math.floor(Date.now() / 1000) - 200 })).status).toBe(200);
    expect(await balanceOf(token)).toBe(3500);
  });

  it('acknowledges an event for a session it never opened, and one it does not handle', async () => {
    const stranger = { id: 'cs_test_unknown', object: 'checkout.session', status: 'complete', payment_status: 'paid', payment_intent: 'pi_x' };
    const answer = await deliver('checkout.session.completed', stranger);
    expect([answer.status, await answer.json()]).toEqual([200, { received: true, outcome: 'unknown' }]);
    const other = await deliver('customer.created', { id: 'cus_1', object: 'customer' });
    expect(await other.json()).toEqual({ received: true, outcome: 'ignored' });
  });

  it('is in the OpenAPI document, beside the recharges’ status and gift cards', async () => {
    const openApi = (await (await api.request('/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(openApi.paths['/v1/webhooks/stripe']!)).toEqual(['post']);
    expect(Object.keys(openApi.paths['/v1/recharges']!).sort()).toEqual(['get', 'post']);
    expect(Object.keys(openApi.paths['/v1/gift-cards/redeem']!)).toEqual(['post']);
  });

  it('a large event is still read whole (the API’s 16 KB body limit does not apply to webhooks)', async () => {
    const token = await viewer();
    const session = paid(await checkout(token, { packId: 'pack-70' }));
    const answer = await deliver('checkout.session.completed', { ...session, custom_text: { padding: 'x'.repeat(40_000) } });
    expect(answer.status).toBe(200);
    expect(await balanceOf(token)).toBe(70);
  });
});

describe('charge.dispute.created', { timeout: 60_000 }, () => {
  it('takes back only the disputed coins still unspent, once, and flags the account', async () => {
    const token = await viewer();
    const session = paid(await checkout(token, { packId: 'pack-1400' }));
    await deliver('checkout.session.completed', session);
    const spent = await api.gift(token, { creator: STREAM.creator, stream: STREAM.id, giftId: 'galaxy', count: 1 });
    expect(spent.status).toBe(201);
    expect(await balanceOf(token)).toBe(400);
    const dispute = { id: `dp_${session.id}`, object: 'dispute', amount: session.amount_total, payment_intent: session.payment_intent, reason: 'fraudulent' };
    const answers = await Promise.all([deliver('charge.dispute.created', dispute), deliver('charge.dispute.created', dispute)]);
    expect(await Promise.all(answers.map((answer) => answer.json()))).toEqual([
      { received: true, outcome: 'reversed' },
      { received: true, outcome: 'reversed' },
    ]);
    expect(await balanceOf(token)).toBe(0);
    const { rows } = await database.driver.query<{ reason: string }>('SELECT reason FROM account_flags WHERE ref = $1', [dispute.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.reason).toContain('400 of 1400 disputed coins taken back');
    const listed: string[] = [];
    const io = { out: (line: string) => listed.push(line), err: () => undefined };
    expect(await runOperatorCommand(['flagged-accounts'], { LIVEGIFT_LOG_LEVEL: 'silent' }, io, database)).toBe(0);
    expect(listed.filter((line) => line.includes(dispute.id))).toHaveLength(1);
    // New coins after the dispute are the viewer's: a replayed dispute takes nothing more.
    await deliver('checkout.session.completed', paid(await checkout(token, { packId: 'pack-70' })));
    await deliver('charge.dispute.created', dispute);
    expect(await balanceOf(token)).toBe(70);
  });

  it('a partial dispute takes back its share of the coins', async () => {
    const token = await viewer();
    const session = paid(await checkout(token, { packId: 'pack-1400' }));
    await deliver('checkout.session.completed', session);
    await deliver('charge.dispute.created', { id: `dp_half_${session.id}`, object: 'dispute', amount: Math.floor(session.amount_total / 2), payment_intent: session.payment_intent });
    expect(await balanceOf(token)).toBe(1400 - 700);
  });
});

describe('a lost webhook', { timeout: 60_000 }, () => {
  it('a session still open after 10 minutes is asked about (retrieve): paid settles, expired fails, open stays pending', async () => {
    let now = Date.now();
    const base = new URL(stripe.url);
    const provider = new StripeCheckoutProvider({
      stripe: stripeClient({ secretKey: LIVE_PAYMENTS_ENV.STRIPE_SECRET_KEY, api: { host: base.hostname, port: Number(base.port), protocol: 'http' } }),
      driver: database.driver,
      returnUrl: 'http://localhost:5510/demo/',
      clock: { now: () => now },
    });
    const charge = (paymentId: string) => provider.charge({ paymentId, amountMinor: 99, currency: 'USD', region: 'US', instrument: { method: 'card', token: 'checkout' } });
    const opened = await Promise.all(['paid', 'expired', 'open'].map((name) => charge(`lost-webhook/${name}-${newKey()}`)));
    const sessions = opened.map((outcome) => (outcome.status === 'pending' ? stripe.sessions.get(outcome.providerRef)! : undefined));
    Object.assign(sessions[0]!, { status: 'complete', payment_status: 'paid', payment_intent: 'pi_lost' });
    Object.assign(sessions[1]!, { status: 'expired' });
    const ids = sessions.map((session) => session!.metadata.livegift_payment_id!);
    // Before 10 minutes the row is the answer: still pending, Stripe is not asked.
    expect((await Promise.all(ids.map((id) => provider.lookup(id)))).map((outcome) => outcome.status)).toEqual(['pending', 'pending', 'pending']);
    now += RECONCILE_AFTER_MS;
    const later = await Promise.all(ids.map((id) => provider.lookup(id)));
    expect(later.map((outcome) => outcome.status)).toEqual(['succeeded', 'failed', 'pending']);
    expect(later[1]).toMatchObject({ reason: 'expired' });
    // What Stripe said is recorded in the row: asking again answers the same without a new look-up.
    expect(await provider.lookup(ids[0]!)).toEqual({ status: 'succeeded', providerRef: 'pi_lost' });
  });
});
