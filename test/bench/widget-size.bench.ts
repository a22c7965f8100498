import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { recordFigure } from './figures';

const WIDGET_DIR = fileURLToPath(new URL('../../.output/widget/', import.meta.url));

const gzipBytes = async (path: string) => gzipSync(await readFile(path), { level: 9 }).byteLength;

/** A chunk and every chunk it imports statically: what loads together when the chunk is imported. */
async function withStaticImports(name: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const code = await readFile(`${WIDGET_DIR}chunks/${name}`, 'utf8');
  for (const [, imported] of code.matchAll(/\bimport\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    await withStaticImports(imported!, seen);
  }
  return seen;
}

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
  // With `server`, the tray loads its gift-server client (HTTP wallet, feed, the API's zod schemas) at once.
  const serverChunk = chunks.find((name) => name.startsWith('server-session-'));
  expect(serverChunk).toBeDefined();
  const serverMode = [...(await withStaticImports(serverChunk!))];
  const serverBytes = (await Promise.all(serverMode.map((name) => gzipBytes(`${WIDGET_DIR}chunks/${name}`)))).reduce((a, b) => a + b, 0);
  await recordFigure({
    id: '03-widget-server-mode-gzip',
    label: 'Widget with a gift server: entry and the server client, gzipped',
    value: entry + serverBytes,
    unit: 'bytes',
    note: `loaded before the first tap when \`server\` is set: the entry and ${serverMode.join(', ')}`,
  });
});
