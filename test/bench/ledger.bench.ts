import { expect, test } from '@playwright/test';
import { recordFigure } from './figures';

const GIFTS = 500;
/** Gifts and raw puts alternate in this many slices. */
const SLICES = 10;
const HISTORY_GIFTS = 100_000;

test.beforeEach(async ({ page }) => {
  await page.goto('/bench-app/');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
});

test('gifts per second through the ledger on IndexedDB, next to raw IndexedDB puts', async ({ page }) => {
  // Same page, alternating slices: the ratio cancels out how fast (and how busy) this machine happens to be.
  const { gifts, raw } = await page.evaluate(([count, slices]) => window.ledgerBench.giftsAndRawPutsPerSecond(count, slices), [GIFTS, SLICES] as const);
  expect(gifts).toBeGreaterThan(0);
  await recordFigure({
    id: '10-ledger-gifts-per-second',
    label: 'Gifts per second through WalletService on IndexedDB (Chromium)',
    value: Math.round(gifts),
    unit: 'gifts/s',
    note: `${GIFTS} one-coin gifts in ${SLICES} slices alternating with the raw puts; each is one readwrite transaction with limits, 5 ledger entries, balances, day and month totals and a receipt`,
  });
  await recordFigure({
    id: '11-raw-indexeddb-puts-per-second',
    label: 'Raw IndexedDB puts per second, one per transaction (same run)',
    value: Math.round(raw),
    unit: 'puts/s',
    note: `${GIFTS} puts of a small record, one readwrite transaction each, in the same slices`,
  });
  await recordFigure({
    id: '12-ledger-gift-to-raw-put-ratio',
    label: 'Gift throughput as a share of raw IndexedDB puts',
    value: Math.round((gifts / raw) * 1000) / 1000,
    unit: '× raw',
    note: 'gifts/s ÷ raw puts/s, measured in the same page',
  });
});

test('history page and monthly summary with 100,000 entries stored', async ({ page }) => {
  const seeded = await page.evaluate((gifts) => window.ledgerBench.seedHistory(gifts), HISTORY_GIFTS);
  const timings = await page.evaluate(() => window.ledgerBench.readTimings(21));
  expect(timings.spentInJune).toBeGreaterThan(0);
  const stored = `${seeded.viewerEntries.toLocaleString('en-US')} history entries for the viewer (${seeded.storedEntries.toLocaleString('en-US')} ledger entries in all)`;
  await recordFigure({
    id: '13-history-newest-page-ms',
    label: 'Read the newest 50-entry history page, 100,000 entries stored',
    value: Math.round(timings.newestPageMs * 100) / 100,
    unit: 'ms',
    note: `median of 21 reads; ${stored}; compound index [account+createdAt+seq], limit 51`,
  });
  await recordFigure({
    id: '14-history-filtered-page-ms',
    label: 'Read a 50-entry page of gifts in one month, by cursor, 100,000 entries stored',
    value: Math.round(timings.filteredPageMs * 100) / 100,
    unit: 'ms',
    note: 'median of 21 reads; index [account+kind+createdAt+seq] between the month bounds',
  });
  await recordFigure({
    id: '15-monthly-summary-ms',
    label: 'Read a monthly summary, 100,000 entries stored',
    value: Math.round(timings.monthlySummaryMs * 100) / 100,
    unit: 'ms',
    note: 'median of 21 reads; running per-month totals kept in the same transaction as the entries',
  });
  await recordFigure({
    id: '16-history-seed-seconds',
    label: 'Import a 100,000-entry wallet in one transaction (bench setup)',
    value: Math.round(seeded.seconds * 10) / 10,
    unit: 's',
    note: stored,
  });
});
