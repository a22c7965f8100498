// kill -9 in the middle of a gift stream, restart on the same data, retry the same keys: every gift once.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_GIFT_CATALOG, verifyLedger } from '@core';
import type { SqlDriver } from '@core/storage';
import { SqlWalletStore } from '@core/storage';
import { openDatabase } from '../../widget/server/db/open-database';
import { freshDatabase } from './support/postgres';
import { GiftClient } from './support/http-client';
import { runServerToExit, startServerProcess, type ServerProcess } from './support/server-process';

const GIFTS = 120;
const started: ServerProcess[] = [];
afterAll(async () => {
  for (const server of started) if (server.child.exitCode === null) await server.crash();
});

async function start(env: Record<string, string>) {
  const server = await startServerProcess(env);
  started.push(server);
  return server;
}

async function ledgerOf(env: { dataDir: string; databaseUrl?: string }, viewerId: string, check: (driver: SqlDriver, store: SqlWalletStore) => Promise<void>) {
  const database = await openDatabase({ dataDir: env.dataDir, databaseUrl: env.databaseUrl, poolSize: 2 });
  try {
    await check(database.driver, new SqlWalletStore({ driver: database.driver, viewerId }));
  } finally {
    await database.close();
  }
}

describe.each([
  ['PGlite', false],
  ['PostgreSQL', true],
])('a crash mid gift stream (%s)', (_engine, onPostgres) => {
  it('applies each gift exactly once after a restart and retries with the same keys', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'livegift-crash-'));
    const databaseUrl = onPostgres ? await freshDatabase('crash') : undefined;
    const env = { LIVEGIFT_DATA_DIR: dataDir, LIVEGIFT_WRITE_RATE_PER_VIEWER: '10000', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    const first = await start(env);
    if (!onPostgres) {
      // PGlite has no lock of its own: a second server on the same folder must refuse to start.
      const second = await runServerToExit(env);
      expect(second.code).toBe(2);
      expect(second.output).toMatch(/in use by another LiveGift server/);
    }
    const client = new GiftClient(first.url);
    const { token, viewer } = await client.signIn('Crash Tester');
    expect(await client.recharge(token, 'pack-7000', 'crash-recharge-1')).toBe(201);
    const requests = Array.from({ length: GIFTS }, (_, i) => ({
      creator: 'mia-cooks',
      stream: 'sunday-pancakes',
      giftId: i % 2 ? 'finger-heart' : 'perfume',
      count: 1 + (i % 3),
      idempotencyKey: `crash-gift-${i.toString().padStart(4, '0')}`,
    }));
    // Four senders at once; the server dies after the first 30 answers, with requests in flight.
    let answered = 0;
    let crashing: Promise<void> | undefined;
    const senders = Array.from({ length: 4 }, async (_, lane) => {
      for (let i = lane; i < GIFTS; i += 4) {
        try {
          const response = await client.gift(token, requests[i]!);
          await response.body?.cancel();
          if (++answered === 30) crashing = first.crash();
        } catch {
          return; // the connection died with the server
        }
      }
    });
    await Promise.all(senders);
    await crashing;
    expect(answered).toBeLessThan(GIFTS);

    const restarted = await start(env);
    const again = new GiftClient(restarted.url);
    for (const request of requests) {
      const response = await again.gift(token, request); // the same token: the demo key survived
      expect(response.status).toBe(201);
      await response.body?.cancel();
    }
    const price = (id: string) => DEFAULT_GIFT_CATALOG.find((gift) => gift.id === id)!.coins;
    const spent = requests.reduce((sum, request) => sum + price(request.giftId) * request.count, 0);
    expect(await again.balance(token)).toBe(7000 - spent);
    expect(await restarted.stop()).toBe(0);

    await ledgerOf({ dataDir, databaseUrl }, viewer.id, async (driver, store) => {
      const records = await store.exportRecords();
      expect(verifyLedger(records).problems).toEqual([]);
      const gifts = records.transfers.filter((transfer) => transfer.kind === 'gift' && transfer.idempotencyKey.startsWith('crash-gift-'));
      expect(gifts).toHaveLength(GIFTS);
      const { rows } = await driver.query<{ count: unknown; numbered: unknown }>('SELECT count(*) AS count, count(id) AS numbered FROM gift_feed');
      expect(Number(rows[0]!.count)).toBe(GIFTS);
      expect(Number(rows[0]!.numbered)).toBe(GIFTS);
    });
  });
});
