import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium, expect, test } from '@playwright/test';
import { extensionLaunchOptions } from '../chromium';
import { answerWindow, BridgePage, fundExtensionWallet, giftRequest } from '../e2e/pages/bridge-page';
import { recordFigure } from './figures';

const gzipped = (path: string) => gzipSync(readFileSync(new URL(`../../.output/chrome-mv3/${path}`, import.meta.url)), { level: 9 }).byteLength;

test('wallet bridge scripts on every page, gzipped', async () => {
  const content = gzipped('bridge.js');
  const provider = gzipped('wallet-provider.js');
  expect(content).toBeGreaterThan(0);
  await recordFigure({
    id: '40-bridge-content-script-gzip',
    label: 'Wallet bridge: content script, gzipped',
    value: content,
    unit: 'bytes',
    note: 'bridge.js (relay, gesture watch, zod/mini envelope checks), gzip -9; runs at document_start on http(s) pages',
  });
  await recordFigure({
    id: '41-bridge-provider-gzip',
    label: 'Wallet bridge: in-page provider, gzipped',
    value: provider,
    unit: 'bytes',
    note: 'wallet-provider.js, the page-world content script (Chrome; Firefox injects it), gzip -9',
  });
});

test('a gift through the wallet bridge, tap to answer', async () => {
  const context = await chromium.launchPersistentContext('', extensionLaunchOptions());
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await fundExtensionWallet(context, extensionId, 7000);
    const site = new BridgePage(await context.newPage());
    await site.page.goto('/demo/?feed=off');
    await answerWindow(context, () => site.request({ method: 'wallet_connect' }, { tap: true }), 'Connect');
    await answerWindow(context, () => site.request(giftRequest('bench-first-gift'), { tap: true }), 'Send gift');

    const timings: number[] = [];
    for (let i = 0; i < 100; i++) {
      await site.tap();
      timings.push(
        await site.page.evaluate(async (request) => {
          const detail = await new Promise<{ provider: { request(args: unknown): Promise<unknown> } }>((resolve) => {
            addEventListener('livegift:announceProvider', (event) => resolve((event as CustomEvent).detail), { once: true });
            dispatchEvent(new Event('livegift:requestProvider'));
          });
          const start = performance.now();
          await detail.provider.request(request);
          return performance.now() - start;
        }, giftRequest(`bench-gift-${i}`)),
      );
    }
    timings.sort((a, b) => a - b);
    const median = timings[Math.floor(timings.length / 2)]!;
    const p95 = timings[Math.floor(timings.length * 0.95)]!;
    expect(median).toBeGreaterThan(0);
    await recordFigure({
      id: '42-bridge-gift-median-ms',
      label: 'Wallet bridge: one gift, page request to answer (median)',
      value: Math.round(median * 10) / 10,
      unit: 'ms',
      note: `100 one-coin gifts one after another from a connected page (provider → content script → background WalletService on IndexedDB → page); p95 ${p95.toFixed(1)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
    });
  } finally {
    await context.close();
  }
});
