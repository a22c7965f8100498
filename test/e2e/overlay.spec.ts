import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_ALERT_SETTINGS } from '@core/overlay';
import { startServerProcess } from '../server/support/server-process';
import { GIFT_SERVER } from './gift-server';
import { CreatorDashboardPage } from './pages/creator-dashboard-page';
import { ApiViewer, OverlayCreator, OverlayPage } from './pages/overlay-page';
import { ServerDemoPage } from './pages/server-demo-page';

// The creator's alert overlay, goal bar and top gifters as a streaming app's browser source loads them, on the
// built gift server. Every test has its own demo creator and stream, so they run side by side.
test.describe.configure({ timeout: 90_000 });

/** Short alerts and no pause, so a queue plays out quickly. */
const QUICK = { ...DEFAULT_ALERT_SETTINGS, pauseMs: 0, tiers: DEFAULT_ALERT_SETTINGS.tiers.map((tier) => ({ ...tier, durationMs: 1000, sound: 'none' as const })) };
const unique = (name: string) => `${name} ${Math.random().toString(36).slice(2, 7)}`;

test('a gift from the demo page shows as an alert in the overlay within a second, with the gift’s art and name', async ({ browser, request }) => {
  const creator = await OverlayCreator.create(request, GIFT_SERVER, unique('Overlay Demo'));
  const stream = `${creator.id}-demo`;
  const overlay = await OverlayPage.open(browser, creator.urls.alerts);
  const viewer = await ServerDemoPage.join(browser, 'Ines', stream, GIFT_SERVER, creator.id);
  await viewer.addTestCoins();
  await viewer.gift('Doughnut', '30 coins').click();
  await expect(viewer.status()).toHaveText('Sent Doughnut ×1 for 30 coins.');
  await expect(overlay.alert()).toContainText('Ines sent Doughnut', { timeout: 1000 });
  await expect(overlay.alert().locator('img')).toHaveAttribute('src', '/widget/art/doughnut.svg');
  // Transparent: only the alert shows over the stream.
  expect(await overlay.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  await viewer.close();
  await overlay.close();
});

test('consecutive taps of one gift by one viewer merge into one ×N alert that counts up', async ({ browser, request }) => {
  const creator = await OverlayCreator.create(request, GIFT_SERVER, unique('Overlay Combo'));
  const stream = `${creator.id}-combo`;
  const overlay = await OverlayPage.open(browser, creator.urls.alerts);
  const tapper = await ApiViewer.join(request, GIFT_SERVER, unique('Tapper'));
  const other = await ApiViewer.join(request, GIFT_SERVER, unique('Other'));
  // Taps a few hundred milliseconds apart, as a thumb taps: well within the three-second combo window.
  for (let i = 0; i < 5; i++) {
    await tapper.gift(creator.id, stream, 'rose');
    await overlay.page.waitForTimeout(300);
  }
  await other.gift(creator.id, stream, 'rose');
  await expect(overlay.alert()).toContainText(`${tapper.name} sent Rose×5`, { timeout: 10_000 });
  await expect(overlay.alert()).toContainText(`${other.name} sent Rose`, { timeout: 15_000 });
  const shown = await overlay.shown();
  expect(shown.map((alert) => alert.ids.length)).toEqual([5, 1]);
  // It counted up while it played: it showed before the fifth tap.
  expect(shown[0]!.texts[0]).not.toContain('×5');
  await overlay.close();
});

test('a test alert shows on the overlay and changes no number on the goal bar or the top gifters', async ({ browser, request }) => {
  const creator = await OverlayCreator.create(request, GIFT_SERVER, unique('Overlay Test'));
  const stream = `${creator.id}-test`;
  const viewer = await ApiViewer.join(request, GIFT_SERVER, unique('Gifter'));
  await viewer.gift(creator.id, stream, 'hat');
  const alerts = await OverlayPage.open(browser, creator.urls.alerts);
  const goal = await OverlayPage.open(browser, creator.urls.goal);
  const top = await OverlayPage.open(browser, creator.urls.topGifters);
  await expect(top.page.locator('.top__row')).toHaveText([`${viewer.name}99 coins`]);
  const goalBefore = await goal.page.locator('#overlay').textContent();
  const streamBefore = await (await request.get(`${GIFT_SERVER}/v1/streams/${stream}`)).json();

  await creator.testAlert({ giftId: 'galaxy', from: 'Sample Viewer' });
  await expect(alerts.alert()).toContainText('TESTSample Viewer sent Galaxy');
  await expect(alerts.alert()).toHaveClass(/alert--large/);
  await alerts.page.waitForTimeout(1000);
  expect(await goal.page.locator('#overlay').textContent()).toBe(goalBefore);
  await expect(top.page.locator('.top__row')).toHaveText([`${viewer.name}99 coins`]);
  expect(await (await request.get(`${GIFT_SERVER}/v1/streams/${stream}`)).json()).toEqual(streamBefore);
  await Promise.all([alerts.close(), goal.close(), top.close()]);
});

test('killing the server mid-queue and starting it again loses no alert and shows none twice', async ({ browser, request }) => {
  test.setTimeout(240_000);
  const port = Number(process.env.E2E_PORT ?? 4174) + 20;
  const dataDir = mkdtempSync(join(tmpdir(), 'livegift-e2e-overlay-'));
  const env = { PORT: String(port), HOST: 'localhost', LIVEGIFT_DATA_DIR: dataDir, LIVEGIFT_LOG_LEVEL: 'warn' };
  let server = await startServerProcess(env);
  const url = `http://localhost:${port}`;
  try {
    const creator = await OverlayCreator.create(request, url, unique('Overlay Restart'));
    await creator.saveSettings(QUICK);
    const stream = `${creator.id}-restart`;
    const viewers = await Promise.all(Array.from({ length: 6 }, (_, i) => ApiViewer.join(request, url, unique(`Viewer${i}`))));
    const overlay = await OverlayPage.open(browser, creator.urls.alerts);
    // Six alerts of a second each from different viewers (none merge); the server dies while the first plays.
    for (const viewer of viewers.slice(0, 4)) await viewer.gift(creator.id, stream, 'rose');
    await expect(overlay.alert()).toBeVisible();
    await server.crash();
    await expect(overlay.status()).toHaveAttribute('data-status', 'reconnecting');
    server = await startServerProcess(env);
    for (const viewer of viewers.slice(4)) await viewer.gift(creator.id, stream, 'rose');
    await expect(overlay.status()).toHaveAttribute('data-status', 'live', { timeout: 30_000 });
    await expect.poll(async () => (await overlay.shown()).length, { timeout: 30_000 }).toBe(6);
    await overlay.page.waitForTimeout(1500);
    const shown = await overlay.shown();
    const ids = shown.flatMap((alert) => alert.ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(6);
    expect(shown.map((alert) => alert.text.split(' sent')[0])).toEqual(viewers.map((viewer) => viewer.name));
    await overlay.close();
  } finally {
    await server.stop();
  }
});

test('after regenerating, the old overlay URL stops working at once and the new one works', async ({ browser, request }) => {
  const creator = await OverlayCreator.create(request, GIFT_SERVER, unique('Overlay Regen'));
  const stream = `${creator.id}-regen`;
  const old = creator.urls;
  const overlay = await OverlayPage.open(browser, old.alerts);
  await creator.regenerate();
  await expect(overlay.status()).toHaveAttribute('data-status', 'replaced', { timeout: 10_000 });
  await expect(overlay.page.getByText('This overlay address was replaced')).toBeVisible();
  for (const page of [old.alerts, old.goal, old.topGifters]) expect((await request.get(page)).status()).toBe(404);
  const viewer = await ApiViewer.join(request, GIFT_SERVER, unique('After'));
  await viewer.gift(creator.id, stream, 'perfume');
  const fresh = await OverlayPage.open(browser, creator.urls.topGifters);
  await expect(fresh.page.locator('.top__row')).toHaveText([`${viewer.name}20 coins`]);
  // The old page never shows the gift sent after it was replaced.
  expect(await overlay.shown()).toEqual([]);
  await Promise.all([overlay.close(), fresh.close()]);
});

test('attacks: guessed tokens find nothing; bidi, control and HTML names render as plain text; a hidden viewer never shows', async ({ browser, request }) => {
  for (const guess of ['A'.repeat(43), 'assets', '%2e%2e%2fdemo', `${'a'.repeat(42)}=`]) {
    expect((await request.get(`${GIFT_SERVER}/overlay/${guess}`)).status()).toBe(404);
    expect((await request.get(`${GIFT_SERVER}/v1/overlay/${guess}/events`)).status()).toBe(404);
  }
  const creator = await OverlayCreator.create(request, GIFT_SERVER, unique('Overlay Attack'));
  await creator.saveSettings(QUICK);
  const stream = `${creator.id}-attack`;
  // Exactly the 24 characters a name may show once its bidi override, zero-width space and bell are gone.
  const hostile = await ApiViewer.join(request, GIFT_SERVER, `\u202E<svg onload=alert(1)>\u200B\u0007 ${Math.random().toString(36).slice(2, 4)}`);
  const hidden = await ApiViewer.join(request, GIFT_SERVER, unique('Hidden Troll'));
  const shownViewer = await ApiViewer.join(request, GIFT_SERVER, unique('Kind'));
  await hidden.gift(creator.id, stream, 'rose');
  await creator.hide(hidden.name);
  const overlay = await OverlayPage.open(browser, creator.urls.alerts);
  const top = await OverlayPage.open(browser, creator.urls.topGifters);
  const dialogs: string[] = [];
  overlay.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await hostile.gift(creator.id, stream, 'rose');
  await hidden.gift(creator.id, stream, 'hat');
  await shownViewer.gift(creator.id, stream, 'doughnut');
  const suffix = hostile.name.slice(-2);
  await expect(overlay.alert()).toContainText(`${shownViewer.name} sent Doughnut`, { timeout: 10_000 });
  await overlay.page.waitForTimeout(1500);
  const shown = await overlay.shown();
  // The name as text, its bidi, zero-width and control characters gone; no element inside it, ever.
  expect(shown.map((alert) => alert.text)).toEqual([`<svg onload=alert(1)> ${suffix} sent Rose`, `${shownViewer.name} sent Doughnut`]);
  expect(shown.map((alert) => alert.nameElements)).toEqual([0, 0]);
  await expect(top.page.locator('.top__name')).toHaveText([shownViewer.name, `<svg onload=alert(1)> ${suffix}`]);
  expect(await overlay.page.locator('#overlay svg, #overlay script, #overlay img:not(.alert__art)').count()).toBe(0);
  expect(dialogs).toEqual([]);
  await Promise.all([overlay.close(), top.close()]);
});

test('prefers-reduced-motion: an alert appears without animation', async ({ browser, request }) => {
  const creator = await OverlayCreator.create(request, GIFT_SERVER, unique('Overlay Calm'));
  const overlay = await OverlayPage.open(browser, creator.urls.alerts, { reducedMotion: 'reduce' });
  await creator.testAlert();
  await expect(overlay.alert()).toBeVisible();
  expect(await overlay.alert().evaluate((alert) => getComputedStyle(alert).animationName)).toBe('none');
  await overlay.close();
});

test('the dashboard’s overlay settings: make the address, see the overlay connected, save settings, send a test alert, hide a viewer', async ({ browser, request }) => {
  const name = unique('Overlay Settings');
  const dashboard = await CreatorDashboardPage.signIn(browser, name);
  const settings = dashboard.page.locator('#alert-overlay');
  await expect(settings.getByText('You have no overlay address yet.')).toBeVisible();
  await settings.getByRole('button', { name: 'Make overlay address' }).click();
  const alertsUrl = await settings.getByLabel('Alerts page address').inputValue();
  expect(alertsUrl).toMatch(/\/overlay\/[A-Za-z0-9_-]{43}$/);
  await expect(settings.getByLabel('Goal bar page address')).toHaveValue(`${alertsUrl}/goal`);

  const overlay = await OverlayPage.open(browser, alertsUrl);
  await expect(settings.locator('[data-overlay="connection"]')).toHaveText('Connected: 1 overlay page is open.', { timeout: 15_000 });

  // Bigger, red alerts from 1 coin, saved and pushed to the open overlay.
  const firstTier = settings.locator('[data-tier="0"]');
  await firstTier.getByLabel('Size').selectOption('huge');
  await firstTier.getByLabel('Colour').fill('#ff0000');
  await settings.getByRole('button', { name: 'Save alert settings' }).click();
  await expect(settings.getByText('Alert settings saved.')).toBeVisible();
  await settings.getByLabel('Gift', { exact: true }).selectOption('rose');
  await settings.getByRole('button', { name: 'Send a test alert' }).click();
  await expect(overlay.alert()).toContainText('TESTTest viewer sent Rose');
  await expect(overlay.alert()).toHaveClass(/alert--huge/);
  expect(await overlay.alert().locator('.alert__name').evaluate((element) => getComputedStyle(element).color)).toBe('rgb(255, 0, 0)');

  // A gifter hidden from the dashboard never shows on the overlay.
  const creatorId = name.toLowerCase().replace(/[^a-z0-9]+/g, '-'); // a demo creator's id is their name's slug
  const troll = await ApiViewer.join(request, GIFT_SERVER, unique('Troll'));
  await troll.gift(creatorId, `${creatorId}-settings`, 'rose');
  await expect(overlay.alert()).toContainText(`${troll.name} sent Rose`, { timeout: 15_000 });
  // The section refreshes by itself: the new gifter appears in the list.
  await settings.getByRole('listitem').filter({ hasText: troll.name }).getByRole('button', { name: 'Hide' }).click({ timeout: 15_000 });
  await expect(settings.getByRole('listitem').filter({ hasText: troll.name })).toContainText('(hidden)');
  await troll.gift(creatorId, `${creatorId}-settings`, 'hat');
  await overlay.page.waitForTimeout(6000);
  expect((await overlay.shown()).filter((alert) => alert.text.includes('Hat and Mustache'))).toEqual([]);
  await Promise.all([overlay.close(), dashboard.close()]);
});
