// The alert overlay: from a gift's commit to its alert in the overlay page's DOM (Chromium, the built page),
// with 1 and with 100 overlays of the creator connected (the page plus 99 raw SSE connections to the same
// overlay feed), beside the same gifts' arrival on the stream feed at a raw SSE client (the baseline) in
// the same run. PGlite, the built server as its own process. Load average beside each figure.
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_ALERT_SETTINGS } from '@core/overlay';
import { recordFigure } from './figures';
import { GiftClient, openFeed } from '../server/support/http-client';
import { startServerProcess } from '../server/support/server-process';

const GIFTS = 30;
const SERVER_PORT = Number(process.env.BENCH_PORT ?? 4175) + 1;
/** One-second alerts and no pause: each gift, one after another, finds the queue free (no wait in it). */
const SETTINGS = { ...DEFAULT_ALERT_SETTINGS, pauseMs: 0, comboWindowMs: 0, tiers: DEFAULT_ALERT_SETTINGS.tiers.map((tier) => ({ ...tier, durationMs: 1000, sound: 'none' as const })) };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

test('overlay: gift commit to alert in the DOM, 1 and 100 overlays, beside the stream feed', async ({ browser }) => {
  test.setTimeout(600_000);
  const server = await startServerProcess({ PORT: String(SERVER_PORT), HOST: 'localhost', LIVEGIFT_DATA_DIR: mkdtempSync(join(tmpdir(), 'livegift-bench-overlay-')), LIVEGIFT_LOG_LEVEL: 'warn', LIVEGIFT_WRITE_RATE_PER_VIEWER: '1000' }, 280_000);
  const url = `http://localhost:${SERVER_PORT}`;
  const extra: ReturnType<typeof openFeed>[] = [];
  let baseline!: ReturnType<typeof openFeed>;
  try {
    const client = new GiftClient(url);
    const session = (await (await fetch(`${url}/v1/demo/creator-session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Bench Creator' }) })).json()) as { token: string; creator: { id: string } };
    const auth = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' };
    const { token: overlayToken, urls } = (await (await fetch(`${url}/v1/creator/overlay/url`, { method: 'POST', headers: auth })).json()) as { token: string; urls: { alerts: string } };
    expect((await fetch(`${url}/v1/creator/overlay/settings`, { method: 'POST', headers: auth, body: JSON.stringify(SETTINGS) })).status).toBe(200);
    const { token } = await client.signIn('Bench Gifter');
    expect(await client.recharge(token, 'pack-7000', 'bench-overlay-recharge')).toBe(201);
    const stream = 'bench-overlay-stream';

    const page = await browser.newPage();
    await page.addInitScript(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { alertTimes: typeof seen }).alertTimes = seen;
      new MutationObserver(() => {
        for (const id of document.querySelector<HTMLElement>('[data-alert-ids]')?.dataset.alertIds?.split(' ') ?? []) {
          seen[id] ??= performance.timeOrigin + performance.now();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(urls.alerts);
    await expect(page.locator('html')).toHaveAttribute('data-status', 'live');

    const run = async (label: string, pass: number) => {
      const overlay: number[] = [];
      const feed: number[] = [];
      const loads: number[] = [];
      for (let g = 0; g < GIFTS; g++) {
        const before = baseline.events.filter((event) => event.event === 'gift').length;
        const response = await client.gift(token, { creator: session.creator.id, stream, giftId: 'rose', count: 1, idempotencyKey: `bench-overlay-${pass}-${g}` });
        expect(response.status).toBe(201);
        const entry = (await response.json()) as { createdAt: number };
        const gifts = await baseline.until((events) => events.filter((event) => event.event === 'gift').length > before, 30_000);
        const arrived = Date.now();
        const gift = gifts.filter((event) => event.event === 'gift').at(-1)!;
        feed.push(arrived - entry.createdAt);
        const shownAt = await page.waitForFunction((id) => (window as unknown as { alertTimes: Record<string, number> }).alertTimes[id], gift.id, { timeout: 30_000 });
        overlay.push(((await shownAt.jsonValue()) as number) - entry.createdAt);
        loads.push(loadavg()[0]!);
        // The alert plays one second; the next gift then finds the queue free.
        await page.waitForTimeout(1100);
      }
      return { label, overlay, feed, load: loads.reduce((a, b) => a + b, 0) / loads.length };
    };

    // The first gift creates the stream (its feed is 404 before); it also warms the page up.
    expect((await client.gift(token, { creator: session.creator.id, stream, giftId: 'rose', count: 1, idempotencyKey: 'bench-overlay-warm' })).status).toBe(201);
    baseline = openFeed(`${url}/v1/streams/${stream}/events`);
    await baseline.until((events) => events.some((event) => event.event === 'snapshot'), 30_000);
    await page.waitForTimeout(1500);
    const one = await run('1 overlay', 1);
    for (let i = 0; i < 99; i++) extra.push(openFeed(`${url}/v1/overlay/${overlayToken}/events`));
    await Promise.all(extra.map((feed) => feed.until((events) => events.some((event) => event.event === 'snapshot'), 120_000)));
    const hundred = await run('100 overlays', 2);
    expect(extra.every((feed) => feed.events.filter((event) => event.event === 'alert').length === GIFTS)).toBe(true);

    for (const [index, result] of [one, hundred].entries()) {
      await recordFigure({
        id: `70-overlay-alert-${index === 0 ? '1' : '100'}`,
        label: `Overlay: gift commit to its alert in the overlay's DOM, ${result.label} connected (PGlite), p50`,
        value: round(percentile(result.overlay, 50)),
        unit: 'ms p50',
        note:
          `p99 ${round(percentile(result.overlay, 99))} ms; baseline (the same gifts on the stream feed, raw SSE client) p50 ${round(percentile(result.feed, 50))} ms, ` +
          `p99 ${round(percentile(result.feed, 99))} ms; ${GIFTS} gifts one after another; load average ${round(result.load, 2)} (1 min)`,
      });
    }
    await page.close();
  } finally {
    for (const feed of extra) feed.close();
    baseline?.close();
    await server.stop();
  }
});
