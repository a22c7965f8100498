// Two server processes on one PostgreSQL: the feed of one carries gifts posted through the other, and a
// reconnect with Last-Event-ID gets exactly what it missed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from './support/postgres';
import { GiftClient, openFeed, type SseEvent } from './support/http-client';
import { startServerProcess, type ServerProcess } from './support/server-process';

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
});

const gifts = (events: SseEvent[]) => events.filter((event) => event.event === 'gift');

describe('several instances on one PostgreSQL', () => {
  it('a gift through one reaches the SSE clients of the other; a reconnect misses nothing and repeats nothing', async () => {
    const databaseUrl = await freshDatabase('scaleout');
    // Shared data folder: both sign demo sessions with the same key (PostgreSQL needs no folder lock).
    const env = { DATABASE_URL: databaseUrl, LIVEGIFT_DATA_DIR: mkdtempSync(join(tmpdir(), 'livegift-scale-')), LIVEGIFT_FEED_POLL_MS: '5000' };
    const a = await startServerProcess(env);
    servers.push(a);
    const b = await startServerProcess(env);
    servers.push(b);
    const throughA = new GiftClient(a.url);
    const { token } = await throughA.signIn('Scale Tester');
    expect(await throughA.recharge(token, 'pack-1400', 'scale-recharge-1')).toBe(201);
    const send = async (i: number) => {
      const response = await throughA.gift(token, { creator: 'mia-cooks', stream: 'sunday-pancakes', giftId: 'rose', count: i, idempotencyKey: `scale-gift-${i}` });
      expect(response.status).toBe(201);
      await response.body?.cancel();
    };

    const feed = openFeed(`${b.url}/v1/streams/sunday-pancakes/events`);
    await feed.until((events) => events.some((event) => event.event === 'snapshot'));
    const sentAt = Date.now();
    await send(1);
    // Poll is 5 s: arriving sooner means NOTIFY woke instance B.
    const [first] = gifts(await feed.until((events) => gifts(events).length === 1));
    expect(Date.now() - sentAt).toBeLessThan(4000);
    expect(first!.data).toMatchObject({ from: 'Scale Tester', count: 1 });
    feed.close();

    for (const i of [2, 3, 4]) await send(i);
    const resumed = openFeed(`${b.url}/v1/streams/sunday-pancakes/events`, { 'Last-Event-ID': first!.id });
    const events = await resumed.until((seen) => gifts(seen).length >= 3 && seen.some((event) => event.event === 'leaderboard'));
    await send(5);
    await resumed.until((seen) => gifts(seen).length === 4);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    resumed.close();
    expect(gifts(events).map((event) => (event.data as { count: number }).count)).toEqual([2, 3, 4, 5]);
    expect(events.some((event) => event.event === 'snapshot')).toBe(false);
    const ids = gifts(events).map((event) => Number(event.id));
    expect([...ids].sort((x, y) => x - y)).toEqual(ids);
    expect(ids[0]).toBeGreaterThan(Number(first!.id));
  });
});
