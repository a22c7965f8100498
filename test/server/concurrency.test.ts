// Many viewers at once on PostgreSQL: exact balances and creator diamonds, no global lock, one key applied once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GIFT_CATALOG, verifyLedger } from '@core';
import { DEFAULT_GIFT_ECONOMY, splitGiftDiamonds } from '@core/gifts';
import { walletResponseSchema, sendGiftResponseSchema } from '@core/messages/gift-server-api';
import { SqlWalletStore } from '@core/storage';
import { openDatabase, type Database } from '../../widget/server/db/open-database';
import { apiOf, newKey, testServer, type Api, type ServerParts } from '../unit/widget/server/support/test-app';
import { freshDatabase } from './support/postgres';

let database: Database;
let parts: ServerParts;
let api: Api;

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: await freshDatabase('concurrency'), dataDir: '/nonexistent', poolSize: 40 });
  parts = await testServer(database, { LIVEGIFT_WRITE_RATE_PER_VIEWER: '100000', LIVEGIFT_WRITE_RATE_PER_ADDRESS: '100000' });
  api = apiOf(parts);
});

afterAll(async () => {
  await parts?.close();
  await database?.close();
});

const price = (giftId: string) => DEFAULT_GIFT_CATALOG.find((gift) => gift.id === giftId)!.coins;

describe('concurrency on PostgreSQL', () => {
  it('20 viewers × 50 gifts at once to one creator end at exact balances and diamonds', async () => {
    const creator = `creator-${newKey()}`;
    const stream = `stream-${newKey()}`;
    const viewers = await Promise.all(Array.from({ length: 20 }, (_, index) => api.signIn(`Crowd ${index} ${newKey()}`)));
    for (const viewer of viewers) expect((await api.recharge(viewer.token, 'pack-1400')).status).toBe(201);
    const gifts = ['finger-heart', 'perfume', 'doughnut'];
    const responses = await Promise.all(
      viewers.flatMap((viewer, v) =>
        Array.from({ length: 50 }, (_, g) => api.gift(viewer.token, { creator, stream, giftId: gifts[(v + g) % 3]!, count: 1 })),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(1000).fill(201));
    let totalCoins = 0;
    let creatorDiamonds = 0;
    for (const [v, viewer] of viewers.entries()) {
      const spent = Array.from({ length: 50 }, (_, g) => price(gifts[(v + g) % 3]!)).reduce((a, b) => a + b, 0);
      totalCoins += spent;
      for (let g = 0; g < 50; g++) creatorDiamonds += splitGiftDiamonds(price(gifts[(v + g) % 3]!), DEFAULT_GIFT_ECONOMY).creatorDiamonds;
      const wallet = walletResponseSchema.parse(await (await api.request('/v1/wallet', { token: viewer.token })).json());
      expect(wallet.balance).toBe(1400 - spent);
    }
    const store = new SqlWalletStore({ driver: database.driver, viewerId: viewers[0]!.viewer.id });
    const diamonds = await store.read((tx) => tx.balance(`creator:${creator}`));
    expect(diamonds).toBe(creatorDiamonds);
    const records = await store.exportRecords();
    const creatorEntries = records.entries.filter((entry) => entry.account === `creator:${creator}`);
    expect(creatorEntries).toHaveLength(1000);
    expect(creatorEntries.reduce((sum, entry) => sum + entry.amount, 0)).toBe(diamonds);
    expect(verifyLedger(records).problems).toEqual([]);
    await parts.feed.catchUp();
    const snapshot = (await (await api.request(`/v1/streams/${stream}`)).json()) as { progressCoins: number };
    expect(snapshot.progressCoins).toBe(totalCoins);
  });

  it('one key sent 10 times at once applies once', async () => {
    const { token } = await api.signIn(`Repeater ${newKey()}`);
    expect((await api.recharge(token, 'pack-350')).status).toBe(201);
    const idempotencyKey = newKey('same');
    const responses = await Promise.all(Array.from({ length: 10 }, () => api.gift(token, { giftId: 'perfume', count: 2, idempotencyKey })));
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
    const entries = await Promise.all(responses.map(async (response) => sendGiftResponseSchema.parse(await response.json())));
    expect(new Set(entries.map((entry) => JSON.stringify(entry))).size).toBe(1);
    const wallet = walletResponseSchema.parse(await (await api.request('/v1/wallet', { token })).json());
    expect(wallet.balance).toBe(350 - price('perfume') * 2);
  });

  it('recharges of one key sent 10 times at once credit once', async () => {
    const { token } = await api.signIn(`Recharger ${newKey()}`);
    const key = newKey('rc');
    const responses = await Promise.all(Array.from({ length: 10 }, () => api.recharge(token, 'pack-700', undefined, key)));
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
    const wallet = walletResponseSchema.parse(await (await api.request('/v1/wallet', { token })).json());
    expect(wallet.balance).toBe(700);
  });
});
