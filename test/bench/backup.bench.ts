import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/extension-fixtures';
import { HistoryPage } from '../e2e/pages/history-page';
import { OptionsPage } from '../e2e/pages/options-page';
import { signAsThisInstall } from '../e2e/signed-backups';
import type { WalletBackup } from '@core';
import { rowsOf } from '@core/storage';
import { WALLET_DB_SCHEMA_V3 } from '@core/storage/dexie-wallet-store';
import { LEDGER_HEAD_STORE } from '@core/storage';
import { recordFigure } from './figures';
import { historyBackup } from './history-backup';

const ENTRIES = 100_000;

interface StoreSpec {
  name: string;
  keyPath: string;
  indexes: { keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}

/** The stores a restore writes, with the wallet's own keys and indexes (Dexie's schema syntax), as plain IndexedDB stores. */
function walletStores(): StoreSpec[] {
  const spec = (name: 'transfers' | typeof LEDGER_HEAD_STORE): StoreSpec => {
    const [primary, ...indexes] = WALLET_DB_SCHEMA_V3[name].split(',').map((part) => part.trim());
    return {
      name,
      keyPath: primary!,
      indexes: indexes.map((index) => ({
        keyPath: index.startsWith('[') ? index.slice(1, -1).split('+') : index.replace(/^[&*]/, ''),
        unique: index.startsWith('&'),
        multiEntry: index.startsWith('*'),
      })),
    };
  };
  return [spec('transfers'), spec(LEDGER_HEAD_STORE)];
}

/**
 * The baseline: the rows a restore of this file stores (one per transfer, its entries inside, and the
 * ledger's head), put with raw IndexedDB calls in one transaction into stores with the wallet's own keys
 * and indexes, in an extension page of the same run, timed by the page's clock. No wallet can store its
 * records faster than this.
 */
async function rawBulkPutMs(page: Page, json: string): Promise<number> {
  const backup = JSON.parse(json) as WalletBackup;
  const rows = rowsOf({ ...backup, monthlySummaries: [] });
  return page.evaluate(async ([text, stores, headStore]) => {
    const data = JSON.parse(text) as { transfers: object[]; head: object };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`bench-baseline-${Date.now()}`, 1);
      request.onupgradeneeded = () => {
        for (const store of stores) {
          const created = request.result.createObjectStore(store.name, { keyPath: store.keyPath });
          for (const index of store.indexes) created.createIndex(String(index.keyPath), index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['transfers', headStore], 'readwrite');
      for (const row of data.transfers) tx.objectStore('transfers').put(row);
      tx.objectStore(headStore).put(data.head);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - started;
    db.close();
    return ms;
  }, [JSON.stringify({ transfers: rows.transfers, head: rows.head }), walletStores(), LEDGER_HEAD_STORE] as const);
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;
const ratio = (value: number, baseline: number) => Math.round((value / baseline) * 10) / 10;

test('backup export, import and CSV of 100,000 history entries', async ({ context, extensionId }) => {
  test.setTimeout(900_000);
  const options = await OptionsPage.open(await context.newPage(), extensionId);
  const json = historyBackup(ENTRIES);
  const baselineMs = await rawBulkPutMs(options.page, json);
  const file = join(tmpdir(), `livegift-bench-${process.pid}.json`);
  await writeFile(file, await signAsThisInstall(options.page, json));

  // Import: file picked to preview shown (sent, signature and ledger checked), then confirm to restored.
  let started = Date.now();
  await options.page.getByLabel('Import backup').setInputFiles(file);
  await expect(options.restoreConfirm()).toBeVisible({ timeout: 600_000 });
  const checkMs = Date.now() - started;
  started = Date.now();
  await options.restoreConfirm().getByRole('button', { name: 'Restore backup' }).click();
  await expect(options.page.getByTestId('import-result')).toHaveText('Backup restored. Your balance is 7,000,000 coins.', {
    timeout: 600_000,
  });
  const importMs = checkMs + (Date.now() - started);
  await rm(file);

  // Export: click to the file handed to the browser's download.
  started = Date.now();
  const download = options.page.waitForEvent('download', { timeout: 600_000 });
  await options.page.getByRole('button', { name: 'Export backup' }).click();
  await download;
  await expect(options.page.getByText('The backup file was saved.')).toBeVisible();
  const exportMs = Date.now() - started;

  const history = await HistoryPage.open(options.page, extensionId);
  started = Date.now();
  const csv = await history.exportCsv();
  const csvMs = Date.now() - started;
  expect(csv.trim().split(/\r?\n/)).toHaveLength(ENTRIES + 1);

  const baseline = `baseline: raw IndexedDB puts of the ${ENTRIES.toLocaleString('en-US')} transfer rows (entries inside) and the head a restore stores, into the wallet's stores and indexes, one transaction, same page and run: ${seconds(baselineMs)} s`;
  await recordFigure({
    id: '12-import-100k',
    label: 'Backup import of 100,000 history entries (options page)',
    value: seconds(importMs),
    unit: 's',
    note: `${ratio(importMs, baselineMs)}× baseline (${baseline}); file picked to preview ${seconds(checkMs)} s (parts sent, signature, schema and ledger checked), confirm to restored ${seconds(importMs - checkMs)} s; target ≤ 5 s`,
  });
  await recordFigure({
    id: '13-export-100k',
    label: 'Backup export of 100,000 history entries (options page)',
    value: seconds(exportMs),
    unit: 's',
    note: `${ratio(exportMs, baselineMs)}× baseline (${baseline}); click to download: read, signed, fetched in parts; target ≤ 3 s`,
  });
  await recordFigure({
    id: '14-csv-100k',
    label: 'History CSV of 100,000 entries (history page)',
    value: seconds(csvMs),
    unit: 's',
    note: `${ratio(csvMs, baselineMs)}× baseline (${baseline}); click to download; target ≤ 2 s`,
  });
});
