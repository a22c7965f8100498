import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { recordFigure } from './figures';

const WIDGET_DIR = fileURLToPath(new URL('../../.output/widget/', import.meta.url));

const gzipBytes = async (path: string) => gzipSync(await readFile(path), { level: 9 }).byteLength;

test('widget size, gzipped', async () => {
  const entry = await gzipBytes(`${WIDGET_DIR}gift-tray.js`);
  const chunks = (await readdir(`${WIDGET_DIR}chunks`)).filter((name) => name.endsWith('.js'));
  const lazy = (await Promise.all(chunks.map((name) => gzipBytes(`${WIDGET_DIR}chunks/${name}`)))).reduce((a, b) => a + b, 0);
  expect(entry).toBeGreaterThan(0);
  await recordFigure({
    id: '01-widget-entry-gzip',
    label: 'Widget entry (gift-tray.js), gzipped',
    value: entry,
    unit: 'bytes',
    note: 'gzip -9 of the built entry: the code a page runs before the first tap',
  });
  await recordFigure({
    id: '02-widget-total-gzip',
    label: 'Widget in total (entry and lazy chunks), gzipped',
    value: entry + lazy,
    unit: 'bytes',
    note: `${chunks.length} lazy chunk(s), loaded on first use`,
  });
});
