import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { GIFT_SERVER, GIFT_SERVER_PORT } from './gift-server';
import { networkCut } from './network-cut';
import { ServerDemoPage } from './pages/server-demo-page';

// The demo live page on the gift server: every viewer pays from their server account, and every tray of a
// stream shows every viewer's gifts. Each test has its own stream and viewers (see gift-server.ts), so they may run
// side by side. Two browser contexts and the server's pages take a while on a busy machine: 90 s per test.
test.describe.configure({ timeout: 90_000 });

test('two viewers in two windows: a gift from one shows in the other’s tray, goal and top gifters, within a second', async ({ browser }) => {
  const ana = await ServerDemoPage.join(browser, 'Ana', 'e2e-two-viewers');
  const ben = await ServerDemoPage.join(browser, 'Ben', 'e2e-two-viewers');
  await expect(ben.goalFigures()).toHaveText('0 / 500 coins');
  await ana.addTestCoins();
  await ana.expectBalance(70);
  // The server's catalog is the default one: its gifts show the bundled art, not emoji.
  const art = ana.tray.locator('img[part="gift-icon"]');
  await expect(art).toHaveCount(7);
  for (const image of await art.all()) expect(await image.getAttribute('src')).toMatch(/\/widget\/art\/[a-z-]+\.svg$/);

  await ana.gift('Doughnut', '30 coins').click();
  await expect(ana.status()).toHaveText('Sent Doughnut ×1 for 30 coins.');
  // Within a second of the sender's receipt, the other viewer's tray has it.
  await expect(ben.goalFigures()).toHaveText('30 / 500 coins', { timeout: 1000 });
  await expect(ben.topGifters().getByRole('listitem')).toHaveText(['Ana30 coins'], { timeout: 1000 });
  await expect(ana.goalFigures()).toHaveText('30 / 500 coins');
  await ana.expectBalance(40);
  // Each pays from their own account: Ben's is untouched.
  await ben.expectBalance(0);

  await ben.addTestCoins();
  await ben.gift('Hat and Mustache', '99 coins').click().catch(() => undefined);
  await expect(ben.status()).toHaveText('Not enough coins for this gift. Recharge to send it.');
  await ben.gift('Finger Heart', '5 coins').click();
  // Each tray shows its own viewer's row as "You".
  await expect(ana.topGifters().getByRole('listitem')).toHaveText(['You30 coins', 'Ben5 coins'], { timeout: 1000 });
  await expect(ben.topGifters().getByRole('listitem')).toHaveText(['Ana30 coins', 'You5 coins']);
  await expect(ana.goalFigures()).toHaveText('35 / 500 coins', { timeout: 1000 });
  // The chat of the other window tells the gift too.
  await expect(ana.page.locator('[data-demo="chat"]')).toContainText('Ben sent finger-heart ×1');
  await ana.close();
  await ben.close();
});

test('the tray says when it is offline and catches up on the gifts it missed when it is back', async ({ browser }) => {
  // Omar's window reaches the gift server through a network the test can cut.
  const network = await networkCut(GIFT_SERVER, GIFT_SERVER_PORT + 1);
  const olga = await ServerDemoPage.join(browser, 'Olga', 'e2e-offline');
  const omar = await ServerDemoPage.join(browser, 'Omar', 'e2e-offline', network.url);
  await olga.addTestCoins();
  await expect(omar.goalFigures()).toHaveText('0 / 500 coins');
  await expect(omar.offline()).toBeHidden();

  network.cut();
  await expect(omar.offline()).toHaveText('Offline');
  await olga.gift('Doughnut', '30 coins').click();
  await expect(olga.goalFigures()).toHaveText('30 / 500 coins');
  await expect(omar.goalFigures()).toHaveText('0 / 500 coins');

  network.restore();
  await expect(omar.offline()).toBeHidden({ timeout: 15_000 });
  await expect(omar.goalFigures()).toHaveText('30 / 500 coins');
  await expect(omar.topGifters().getByRole('listitem')).toHaveText(['Olga30 coins']);
  await olga.close();
  await omar.close();
  await network.close();
});

test('a hostile answer from the server does not break the tray: a forged catalog and feed are refused, and gifts still work', async ({ browser }) => {
  const hana = await ServerDemoPage.join(browser, 'Hana', 'e2e-hostile');
  const dialogs: string[] = [];
  hana.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const warnings: string[] = [];
  hana.page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  // A reload meets a server that answers garbage: a catalog of the wrong shape, and a feed of forged events.
  await hana.page.route('**/v1/catalog', (route) =>
    route.fulfill({ json: { gifts: [{ id: 'Free Coins!', name: '<img src=x onerror=alert(1)>', coins: -1000, icon: 'javascript:alert(1)', tier: 'god' }] } }),
  );
  const forged = [
    'event: snapshot\nid: 1\ndata: {"stream":"e2e-hostile","creator":"mia-cooks","goal":{"coins":-5,"title":"x"},"progressCoins":"lots","topGifters":[],"lastEventId":"1"}\n\n',
    'event: gift\nid: 2\ndata: {"id":"2","from":"<img src=x onerror=alert(1)>","giftId":"rose","count":1,"coins":1e300,"at":0}\n\n',
    'event: leaderboard\nid: 3\ndata: not json at all\n\n',
  ].join('');
  await hana.page.route('**/v1/streams/*/events**', (route) => route.fulfill({ status: 200, contentType: 'text/event-stream', body: forged }));
  await hana.page.reload();
  await expect(hana.page.getByText('Watching as Hana')).toBeVisible();

  await expect(hana.tray.getByText('The gift catalog could not be loaded, so the default gifts are shown.')).toBeVisible();
  await expect(hana.gift('Rose', '1 coin')).toBeVisible();
  // No snapshot was valid: the page's own goal attribute shows, and nothing forged was counted.
  await expect(hana.goalFigures()).toHaveText('0 / 5,000 coins');
  await expect(hana.topGifters()).toContainText('No gifts yet');
  await expect.poll(() => warnings.filter((text) => text.includes('gift-tray: ignored')).length).toBeGreaterThanOrEqual(3);

  // The wallet's own answers are real: a gift is paid once, from the server account.
  await hana.addTestCoins();
  await hana.gift('Rose', '1 coin').click();
  await expect(hana.status()).toHaveText('Sent Rose ×1 for 1 coin.');
  await hana.expectBalance(69);
  expect(dialogs).toEqual([]);
  // The forged markup never became an element: its name was refused, or it would have been text.
  await expect(hana.tray.locator('img[src="x"], img[onerror]')).toHaveCount(0);
  await hana.close();
});

test('switch viewer: the tray shows the other account, never the previous viewer’s coins', async ({ browser }) => {
  const viewer = await ServerDemoPage.join(browser, 'Sam', 'e2e-switch');
  await viewer.addTestCoins(2);
  await viewer.expectBalance(140);
  await viewer.switchViewer('Carla');
  await viewer.expectBalance(0);
  await viewer.gift('Rose', '1 coin').click();
  await expect(viewer.status()).toHaveText('Not enough coins for this gift. Recharge to send it.');
  // In the demo a name is an account: Sam's coins are where Sam left them.
  await viewer.switchViewer('Sam');
  await viewer.expectBalance(140);
  await viewer.close();
});

test('a site’s own page: a token set before the widget loads, and the tray pays from that account', async ({ page, request }) => {
  const session = await request.post(`${GIFT_SERVER}/v1/demo/session`, { data: { name: 'Early Bird' } });
  const { token } = (await session.json()) as { token: string };
  const recharge = await request.post(`${GIFT_SERVER}/v1/recharges`, {
    headers: { authorization: `Bearer ${token}` },
    data: { idempotencyKey: 'early-bird-recharge-1', region: 'US', packId: 'pack-70', instrument: { method: 'card', token: '4242 4242 4242 4242' } },
  });
  expect(recharge.ok()).toBe(true);
  // The page sets `token` before the script defines the element: the tray must still use it.
  await page.route(`${GIFT_SERVER}/demo/early-token.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><body>
        <gift-tray server="${GIFT_SERVER}" creator="mia-cooks" stream="e2e-switch"></gift-tray>
        <script>document.querySelector('gift-tray').token = ${JSON.stringify(token)};</script>
        <script type="module" src="/widget/gift-tray.js"></script>
      </body></html>`,
    }),
  );
  await page.goto(`${GIFT_SERVER}/demo/early-token.html`);
  const tray = new ServerDemoPage(page);
  await tray.expectBalance(70);
  await tray.gift('Rose', '1 coin').click();
  await expect(tray.status()).toHaveText('Sent Rose ×1 for 1 coin.');
  await tray.expectBalance(69);
  const wallet = await request.get(`${GIFT_SERVER}/v1/wallet`, { headers: { authorization: `Bearer ${token}` } });
  expect(((await wallet.json()) as { balance: number }).balance).toBe(69);
});

test('axe finds no serious or critical problem on the server demo page, signing in and signed in', async ({ page }) => {
  await page.goto(`${GIFT_SERVER}/demo/?feed=off&stream=e2e-switch`);
  await expect(page.getByLabel('Your viewer name')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await new ServerDemoPage(page).signIn('Axel');
  expect(await seriousViolations(page)).toEqual([]);
});
