import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEFAULT_GIFT_ECONOMY, splitGiftDiamonds } from '@core/gifts';
import { DEFAULT_CASH_OUT_POLICY } from '@core/gifts';
import { minimumPayoutDiamonds } from '@core/payouts';
import { seriousViolations } from './axe';
import { GIFT_SERVER } from './gift-server';
import { CreatorDashboardPage } from './pages/creator-dashboard-page';
import { ServerDemoPage } from './pages/server-demo-page';

// The creator dashboard on the built gift server: each test has its own creator (a demo creator picked by
// name) and stream, so gifts of the other e2e tests never move its figures.
test.describe.configure({ timeout: 90_000 });

let counter = 0;
function newCreator() {
  const suffix = `${Date.now().toString(36)}${counter++}`;
  const name = `Chef ${suffix}`;
  const id = `chef-${suffix}`;
  return { name, id, stream: `${id}-live` };
}

const key = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** A viewer (through the API) who buys `coins` and sends them to the creator as lions (29,999 coins each). */
async function sendLions(request: APIRequestContext, creator: { id: string; stream: string }, lions: number): Promise<number> {
  const session = (await (await request.post(`${GIFT_SERVER}/v1/demo/session`, { data: { name: `Fan ${key('f')}` } })).json()) as { token: string };
  const headers = { Authorization: `Bearer ${session.token}` };
  const coins = lions * 29_999;
  const recharge = await request.post(`${GIFT_SERVER}/v1/recharges`, {
    headers,
    data: { idempotencyKey: key('rc'), region: 'US', customCoins: coins, instrument: { method: 'card', token: '4242 4242 4242 4242' } },
  });
  expect(recharge.status()).toBe(201);
  const gift = await request.post(`${GIFT_SERVER}/v1/gifts`, {
    headers,
    data: { creator: creator.id, stream: creator.stream, giftId: 'lion', count: lions, idempotencyKey: key('gift') },
  });
  expect(gift.status()).toBe(201);
  return splitGiftDiamonds(coins, DEFAULT_GIFT_ECONOMY).creatorDiamonds;
}

async function operatorToken(request: APIRequestContext): Promise<string> {
  return ((await (await request.post(`${GIFT_SERVER}/v1/demo/operator-session`, { data: { name: 'Olga Ops' } })).json()) as { token: string }).token;
}

async function decide(request: APIRequestContext, creatorId: string, decision: 'paid' | 'rejected') {
  const token = await operatorToken(request);
  const headers = { Authorization: `Bearer ${token}` };
  const pending = (await (await request.get(`${GIFT_SERVER}/v1/operator/payouts`, { headers })).json()) as { payouts: { id: string; creator: string }[] };
  const payout = pending.payouts.find((entry) => entry.creator === creatorId)!;
  const response = await request.post(`${GIFT_SERVER}/v1/operator/payouts/${creatorId}/${payout.id}/${decision}`, {
    headers,
    data: decision === 'paid' ? { note: 'wire 42' } : { reason: 'Bank details missing' },
  });
  expect(response.status()).toBe(200);
}

test("a gift from the demo page shows in the creator's diamonds, as the ledger credits them", async ({ browser }) => {
  const creator = newCreator();
  const viewer = await ServerDemoPage.join(browser, 'Dora', `${creator.stream}&creator=${creator.id}`);
  await viewer.addTestCoins();
  await viewer.gift('Doughnut', '30 coins').click();
  await expect(viewer.status()).toHaveText('Sent Doughnut ×1 for 30 coins.');

  const dashboard = await CreatorDashboardPage.signIn(browser, creator.name);
  const diamonds = splitGiftDiamonds(30, DEFAULT_GIFT_ECONOMY).creatorDiamonds;
  await expect(dashboard.diamonds()).toHaveText(`${diamonds} diamonds`);
  await expect(dashboard.page.getByTestId('earnings-totals')).toHaveText(`Gifts: 1 · Coins: 30 · Diamonds: ${diamonds}`);
  await expect(dashboard.page.getByTestId('by-stream').getByRole('row', { name: creator.stream })).toContainText(String(diamonds));
  await expect(dashboard.page.getByTestId('supporters-by-stream')).toContainText('Dora — 30 coins');
  await expect(dashboard.page.getByRole('img', { name: 'Diamonds per day' })).toBeVisible();
  // A second gift lands while the dashboard is open: a refresh shows it.
  await viewer.gift('Doughnut', '30 coins').click();
  await expect(viewer.status()).toHaveText('Sent Doughnut ×1 for 30 coins.');
  await dashboard.refresh();
  await expect(dashboard.diamonds()).toHaveText(`${2 * diamonds} diamonds`);
  expect(await seriousViolations(dashboard.page)).toEqual([]);

  await dashboard.page.getByLabel('Language').selectOption('es');
  await expect(dashboard.page.getByRole('heading', { name: 'Diamantes' })).toBeVisible();
  await expect(dashboard.diamonds()).toHaveText(`${2 * diamonds} diamantes`);
  expect(await seriousViolations(dashboard.page)).toEqual([]);
  await viewer.close();
  await dashboard.close();
});

test('payouts: refused below the minimum and above the balance; a rejection returns the diamonds and a payment pays them out', async ({ browser, request }) => {
  const creator = newCreator();
  const earned = await sendLions(request, creator, 2);
  const minimum = minimumPayoutDiamonds(DEFAULT_CASH_OUT_POLICY);
  expect(earned).toBeGreaterThan(minimum);
  const dashboard = await CreatorDashboardPage.signIn(browser, creator.name);
  await expect(dashboard.diamonds()).toHaveText(`${earned.toLocaleString('en-US')} diamonds`);
  await expect(dashboard.page.getByTestId('minimum')).toHaveText(`Minimum payout: $100.00 (${minimum.toLocaleString('en-US')} diamonds)`);

  await dashboard.requestPayout(minimum - 1);
  await expect(dashboard.payoutMessage()).toContainText('That is below the minimum payout.');
  await dashboard.requestPayout(earned + 1);
  await expect(dashboard.payoutMessage()).toContainText('That is more diamonds than you have.');
  await expect(dashboard.payoutMessage()).toContainText(`you have ${earned}`);
  await expect(dashboard.diamonds()).toHaveText(`${earned.toLocaleString('en-US')} diamonds`);
  await expect(dashboard.page.getByText('No payouts yet.')).toBeVisible();

  await dashboard.requestPayout(minimum);
  await expect(dashboard.payoutMessage()).toHaveText(`Payout requested: ${minimum.toLocaleString('en-US')} diamonds ($100.00).`);
  await expect(dashboard.diamonds()).toHaveText(`${(earned - minimum).toLocaleString('en-US')} diamonds`);
  await expect(dashboard.pendingDiamonds()).toHaveText(`${minimum.toLocaleString('en-US')} diamonds waiting in payouts`);
  await expect(dashboard.payoutRow('pending')).toContainText('Pending');

  await decide(request, creator.id, 'rejected');
  await dashboard.refresh();
  await expect(dashboard.payoutRow('rejected')).toContainText('Bank details missing');
  await expect(dashboard.diamonds()).toHaveText(`${earned.toLocaleString('en-US')} diamonds`);
  await expect(dashboard.pendingDiamonds()).toBeHidden();

  await dashboard.requestPayout(minimum);
  await expect(dashboard.payoutRow('pending')).toHaveCount(1);
  await decide(request, creator.id, 'paid');
  await dashboard.refresh();
  await expect(dashboard.payoutRow('paid')).toContainText('wire 42');
  await expect(dashboard.payoutRow('rejected')).toHaveCount(1);
  await expect(dashboard.diamonds()).toHaveText(`${(earned - minimum).toLocaleString('en-US')} diamonds`);
  await expect(dashboard.pendingDiamonds()).toBeHidden();
  expect(await seriousViolations(dashboard.page)).toEqual([]);
  await dashboard.close();
});
