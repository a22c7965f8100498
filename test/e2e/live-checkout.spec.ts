import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SignJWT } from 'jose';
import { startServerProcess, type ServerProcess } from '../server/support/server-process';
import { startStripeStandIn, type StripeStandIn } from '../stripe-stand-in/stripe-stand-in';
import { ServerDemoPage } from './pages/server-demo-page';

// The live flow end to end: a gift server in live mode (its own process, started here) takes payments through
// "Stripe" (the local stand-in: its checkout page posts the signed webhook and sends the browser back), and the
// tray on the demo page buys coins that arrive once. Ports from E2E_PORT, so parallel runs keep apart.
const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
const LIVE_PORT = E2E_PORT + 5;
const STAND_IN_PORT = E2E_PORT + 6;
const LIVE = `http://127.0.0.1:${LIVE_PORT}`;
const JWT_SECRET = 'the-e2e-site-secret-that-is-long-enough-0123456789';
const WEBHOOK_SECRET = 'whsec_e2e_live_checkout';
const STREAM = { id: 'live-e2e', creator: 'mia-cooks', goal: { coins: 500, title: 'E2E goal' } };

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let stripe: StripeStandIn;
let server: ServerProcess;

test.beforeAll(async () => {
  test.setTimeout(200_000);
  stripe = await startStripeStandIn({ port: STAND_IN_PORT, webhookUrl: `${LIVE}/v1/webhooks/stripe`, webhookSecret: WEBHOOK_SECRET, secretKey: 'sk_test_e2e' });
  server = await startServerProcess({
    PORT: String(LIVE_PORT),
    LIVEGIFT_MODE: 'live',
    LIVEGIFT_DATA_DIR: mkdtempSync(join(tmpdir(), 'livegift-e2e-live-')),
    LIVEGIFT_JWT_SECRET: JWT_SECRET,
    LIVEGIFT_STREAMS: JSON.stringify([STREAM]),
    STRIPE_SECRET_KEY: 'sk_test_e2e',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: stripe.url,
    LIVEGIFT_CHECKOUT_RETURN_URL: `${LIVE}/demo/?feed=off&stream=${STREAM.id}`,
    LIVEGIFT_LOG_LEVEL: 'warn',
  });
});

test.afterAll(async () => {
  await server?.stop();
  await stripe?.close();
});

/** The site's login: a signed viewer token, kept where the demo page keeps its session. */
async function signedIn(name: string) {
  const viewer = { id: `viewer-${name.toLowerCase()}-${Date.now().toString(36)}`, name };
  const token = await new SignJWT({ sub: viewer.id, name }).setProtectedHeader({ alg: 'HS256' }).setAudience('livegift').setExpirationTime('1h').sign(new TextEncoder().encode(JWT_SECRET));
  return { token, viewer };
}

test('recharge in live mode: the tray opens the checkout, the viewer pays, comes back, and the coins arrive once', async ({ browser }) => {
  const session = await signedIn('Lena');
  const context = await browser.newContext();
  await context.addInitScript((stored) => sessionStorage.setItem('livegift-demo-viewer', stored), JSON.stringify(session));
  const page = await context.newPage();
  await page.goto(`${LIVE}/demo/?feed=off&stream=${STREAM.id}`);
  const viewer = new ServerDemoPage(page);
  await expect(page.getByText('Watching as Lena')).toBeVisible();
  await viewer.expectBalance(0);
  // Live mode: no TEST MODE badge, and the shortcut is a real recharge.
  await expect(viewer.tray.getByText('TEST MODE')).toHaveCount(0);
  await viewer.tray.getByRole('button', { name: 'Recharge' }).click();

  // The checkout (the stand-in's page) charges the core's quote: pack-70 in the US, $0.99.
  await page.waitForURL(`${stripe.url}/pay/**`);
  await expect(page.getByTestId('amount')).toHaveText('$0.99');
  const [opened] = [...stripe.sessions.values()];
  expect([opened!.amount_total, opened!.currency, opened!.allowed_payment_method_types]).toEqual([99, 'usd', ['card']]);
  await page.getByRole('button', { name: 'Pay $0.99' }).click();

  // Back on the site: the page shows the recharge settle and the tray the coins.
  await page.waitForURL(`${LIVE}/demo/**`);
  await expect(page.locator('[data-demo="checkout-status"]')).toHaveText('70 coins added. Thank you!');
  await viewer.expectBalance(70);

  // Stripe delivers the event again (a retry): nothing more arrives, on the server or in the tray after a reload.
  expect((await stripe.send('checkout.session.completed', stripe.sessions.get(opened!.id)!)).status).toBe(200);
  await page.reload();
  await viewer.expectBalance(70);
  const wallet = await (await fetch(`${LIVE}/v1/wallet`, { headers: { authorization: `Bearer ${session.token}` } })).json();
  expect(wallet).toMatchObject({ balance: 70, mode: 'live' });
  await context.close();
});

test('a viewer who leaves the checkout is charged nothing and cannot buy the same pack twice while it is open', async ({ browser }) => {
  const session = await signedIn('Omar');
  const context = await browser.newContext();
  await context.addInitScript((stored) => sessionStorage.setItem('livegift-demo-viewer', stored), JSON.stringify(session));
  const page = await context.newPage();
  await page.goto(`${LIVE}/demo/?feed=off&stream=${STREAM.id}`);
  const viewer = new ServerDemoPage(page);
  await viewer.expectBalance(0);
  await viewer.tray.getByRole('button', { name: 'Recharge' }).click();
  await page.waitForURL(`${stripe.url}/pay/**`);
  await page.getByRole('link', { name: 'Cancel and go back' }).click();
  await page.waitForURL(`${LIVE}/demo/**`);
  await expect(page.locator('[data-demo="checkout-status"]')).toContainText('nothing was charged');
  await viewer.expectBalance(0);
  await viewer.tray.getByRole('button', { name: 'Recharge' }).click();
  await expect(viewer.status()).toContainText('never buy twice');
  expect(page.url()).toContain(`${LIVE}/demo/`);
  await context.close();
});
