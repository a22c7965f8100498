import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { SqlDriver } from '@core/storage';
import { loadConfig } from '../../../../../widget/server/config';
import type { Database } from '../../../../../widget/server/db/open-database';
import { openPglite } from '../../../../../widget/server/db/pglite-driver';
import { createServerParts } from '../../../../../widget/server/server';

export type ServerParts = Awaited<ReturnType<typeof createServerParts>>;

/** One PGlite in memory per test file (its first start is slow): tests keep apart by viewer and stream ids. */
export async function openMemoryDatabase(): Promise<Database & { driver: SqlDriver }> {
  const database = await openPglite();
  return {
    driver: database.driver,
    listen: async (channel, onNotify) => {
      await database.pglite.listen(channel, onNotify);
    },
    close: () => database.close(),
  };
}

/** The whole server behind app.request(), over a given database, with environment overrides. */
export async function testServer(database: Database, env: Record<string, string> = {}): Promise<ServerParts> {
  const dataDir = mkdtempSync(join(tmpdir(), 'livegift-test-'));
  const config = loadConfig({ LIVEGIFT_DATA_DIR: dataDir, LIVEGIFT_LOG_LEVEL: 'silent', LIVEGIFT_FEED_POLL_MS: '200', ...env });
  return createServerParts(config, pino({ level: 'silent' }), database);
}

/** What live mode needs besides a token key: Stripe's keys and the page a checkout returns to. */
export const LIVE_PAYMENTS_ENV = {
  STRIPE_SECRET_KEY: 'sk_test_unit',
  STRIPE_WEBHOOK_SECRET: 'whsec_unit',
  LIVEGIFT_CHECKOUT_RETURN_URL: 'http://localhost:5510/demo/',
};

let counter = 0;
/** A fresh idempotency key (8+ characters). */
export const newKey = (prefix = 'key') => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36).padStart(4, '0')}`;
/** A fresh display name, so each test has its own viewer. */
export const newName = (prefix = 'Viewer') => `${prefix} ${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export interface Api {
  request(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Response>;
  signIn(name?: string): Promise<{ token: string; viewer: { id: string; name: string } }>;
  recharge(token: string, packId?: string, card?: string, key?: string): Promise<Response>;
  gift(token: string, body: Partial<{ creator: string; stream: string; giftId: string; count: number; idempotencyKey: string }>): Promise<Response>;
}

export function apiOf(parts: ServerParts): Api {
  const request: Api['request'] = (path, init = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
    if (init.json !== undefined) headers.set('Content-Type', 'application/json');
    return Promise.resolve(
      parts.app.request(path, { ...init, headers, ...(init.json !== undefined ? { body: JSON.stringify(init.json), method: init.method ?? 'POST' } : {}) }),
    );
  };
  return {
    request,
    async signIn(name = newName()) {
      const response = await request('/v1/demo/session', { json: { name } });
      if (response.status !== 201) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
      return (await response.json()) as { token: string; viewer: { id: string; name: string } };
    },
    recharge: (token, packId = 'pack-1400', card = '4242 4242 4242 4242', key = newKey('rc')) =>
      request('/v1/recharges', { token, json: { idempotencyKey: key, region: 'US', packId, instrument: { method: 'card', token: card } } }),
    gift: (token, body) =>
      request('/v1/gifts', {
        token,
        json: { creator: 'mia-cooks', stream: 'sunday-pancakes', giftId: 'rose', count: 1, idempotencyKey: newKey('gift'), ...body },
      }),
  };
}

/** Reads SSE events from a streaming response until `until` says stop (or the time runs out). */
export async function readEvents(
  response: Response,
  until: (events: { event: string; id: string; data: unknown }[]) => boolean,
  timeoutMs = 10_000,
): Promise<{ event: string; id: string; data: unknown }[]> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: { event: string; id: string; data: unknown }[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  try {
    while (!until(events) && Date.now() < deadline) {
      const next = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now()))]);
      if (next === null || next.done) break;
      buffer += next.value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(
          block
            .split('\n')
            .filter((line) => line && !line.startsWith(':'))
            .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trimStart()]),
        );
        if (fields.event) events.push({ event: fields.event, id: fields.id ?? '', data: JSON.parse(fields.data ?? 'null') });
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return events;
}
