// The creator's overlay on the gift server, through app.request() on PGlite in memory: the secret URL,
// its event stream (snapshot, alerts, resume), test alerts, hidden viewers, settings, and attacks on each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_SETTINGS } from '@core/overlay';
import {
  creatorOverlayResponseSchema,
  overlayAlertSchema,
  overlayGiftersResponseSchema,
  overlaySnapshotSchema,
  overlayUrlResponseSchema,
} from '@core/messages';
import { apiOf, openMemoryDatabase, readEvents, testServer, type Api, type ServerParts } from './support/test-app';

let database: Awaited<ReturnType<typeof openMemoryDatabase>>;
let parts: ServerParts;
let api: Api;
let counter = 0;

beforeAll(async () => {
  database = await openMemoryDatabase();
  parts = await testServer(database);
  api = apiOf(parts);
}, 180_000);

afterAll(async () => {
  await parts?.close();
  await database?.close();
});

type SseEvent = { event: string; id: string; data: unknown };

/** A fresh demo creator with an overlay URL, and a stream of theirs with one rich viewer. */
async function creatorWithOverlay() {
  const name = `Overlay Creator ${++counter} ${Math.random().toString(36).slice(2, 6)}`;
  const session = (await (await api.request('/v1/demo/creator-session', { json: { name } })).json()) as { token: string; creator: { id: string } };
  const url = overlayUrlResponseSchema.parse(await (await api.request('/v1/creator/overlay/url', { method: 'POST', token: session.token })).json());
  const stream = `${session.creator.id}-live`;
  return { creator: session.creator.id, token: session.token, overlayToken: url.token, urls: url.urls, stream };
}

async function richViewer(name?: string) {
  const viewer = await api.signIn(name);
  expect((await api.recharge(viewer.token, 'pack-1400')).status).toBe(201);
  return viewer;
}

const events = (token: string, lastEventId?: string) =>
  api.request(`/v1/overlay/${token}/events`, lastEventId ? { headers: { 'Last-Event-ID': lastEventId } } : {});
const alertsIn = (seen: SseEvent[]) => seen.filter((event) => event.event === 'alert').map((event) => overlayAlertSchema.parse(event.data));
const snapshotIn = (seen: SseEvent[]) => overlaySnapshotSchema.parse(seen.find((event) => event.event === 'snapshot')!.data);

describe('the overlay URL', { timeout: 60_000 }, () => {
  it('serves the overlay pages and a snapshot for the current token only', async () => {
    const { overlayToken, urls } = await creatorWithOverlay();
    for (const page of [urls.alerts, urls.goal, urls.topGifters]) {
      const response = await api.request(new URL(page).pathname);
      // The pages are built by npm run build; without them the server says so instead of a 404.
      expect([200, 503]).toContain(response.status);
      if (response.status === 200) expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    }
    const seen = await readEvents(await events(overlayToken), (list) => list.some((event) => event.event === 'snapshot'));
    expect(snapshotIn(seen)).toMatchObject({ settings: DEFAULT_ALERT_SETTINGS, board: { progressCoins: 0, topGifters: [] } });
  });

  it('answers every guessed, malformed or foreign token with the same 404 and no event', async () => {
    const guesses = ['A'.repeat(43), 'assets', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(500), "' OR 1=1 --", '%00'];
    for (const guess of guesses) {
      for (const path of [`/overlay/${guess}`, `/overlay/${guess}/goal`, `/v1/overlay/${guess}/events`]) {
        const response = await api.request(path);
        expect(response.status, path).toBe(404);
        expect(await response.text()).not.toContain('snapshot');
      }
    }
  });

  it('regenerating ends the old URL at once: its open stream closes and it is 404 from then on', async () => {
    const { overlayToken, token, urls } = await creatorWithOverlay();
    const open = await events(overlayToken);
    const reading = readEvents(open, () => false, 8000);
    const fresh = overlayUrlResponseSchema.parse(await (await api.request('/v1/creator/overlay/url', { method: 'POST', token })).json());
    const started = Date.now();
    const seen = await reading;
    expect(Date.now() - started).toBeLessThan(5000); // the stream ended; it did not run into the read's time limit
    expect(seen.map((event) => event.event)).toEqual(['snapshot']);
    expect((await events(overlayToken)).status).toBe(404);
    expect((await api.request(new URL(urls.alerts).pathname)).status).toBe(404);
    expect(fresh.token).not.toBe(overlayToken);
    const again = await readEvents(await events(fresh.token), (list) => list.some((event) => event.event === 'snapshot'));
    expect(again.map((event) => event.event)).toEqual(['snapshot']);
  });

  it('keeps only a hash of the token', async () => {
    const { overlayToken, creator } = await creatorWithOverlay();
    const { rows } = await database.driver.query<{ token_hash: string }>('SELECT token_hash FROM overlay_tokens WHERE creator = $1', [creator]);
    expect(rows[0]!.token_hash).not.toContain(overlayToken);
    const dump = JSON.stringify((await database.driver.query('SELECT * FROM overlay_tokens')).rows);
    expect(dump).not.toContain(overlayToken);
  });
});

describe('alerts', { timeout: 60_000 }, () => {
  it('a gift arrives as an alert with a sanitised name, and a reconnect with Last-Event-ID gets what it missed once', async () => {
    const { creator, overlayToken, stream } = await creatorWithOverlay();
    const viewer = await richViewer(`\u202Eevil\u200B <b>bold</b>\u0007 ${++counter}`);
    const first = await readEvents(await events(overlayToken), (list) => list.some((event) => event.event === 'snapshot'));
    const lastEventId = snapshotIn(first).lastEventId;
    for (const giftId of ['rose', 'hat', 'doughnut']) expect((await api.gift(viewer.token, { creator, stream, giftId })).status).toBe(201);
    await parts.overlayFeed.catchUp();
    const resumed = await readEvents(await events(overlayToken, lastEventId), (list) => list.some((event) => event.event === 'snapshot'));
    const alerts = alertsIn(resumed);
    expect(alerts.map((alert) => alert.giftId)).toEqual(['rose', 'hat', 'doughnut']);
    expect(alerts[0]).toMatchObject({ test: false, from: `evil <b>bold</b> ${counter}`, giftName: 'Rose', count: 1, coins: 1 });
    expect(resumed.map((event) => event.event).at(-1)).toBe('snapshot');
    const after = snapshotIn(resumed);
    expect(after.lastEventId).toBe(alerts.at(-1)!.id);
    expect(after.board).toMatchObject({ stream, progressCoins: 1 + 99 + 30, topGifters: [{ coins: 130 }] });
    // From the last id on: nothing again.
    const again = await readEvents(await events(overlayToken, after.lastEventId), (list) => list.some((event) => event.event === 'snapshot'));
    expect(alertsIn(again)).toEqual([]);
  });

  it('sends live alerts and the board to a connected overlay', async () => {
    const { creator, overlayToken, stream } = await creatorWithOverlay();
    const viewer = await richViewer();
    const response = await events(overlayToken);
    const reading = readEvents(response, (list) => list.some((event) => event.event === 'board'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await api.gift(viewer.token, { creator, stream, giftId: 'perfume' })).status).toBe(201);
    const seen = await reading;
    expect(seen.map((event) => event.event)).toEqual(['snapshot', 'alert', 'board']);
    expect(alertsIn(seen)[0]).toMatchObject({ giftId: 'perfume', coins: 20, from: viewer.viewer.name });
  });

  it('a test alert travels the same feed flagged test and moves no coin, goal or top gifter', async () => {
    const { creator, token, overlayToken, stream } = await creatorWithOverlay();
    const viewer = await richViewer();
    expect((await api.gift(viewer.token, { creator, stream, giftId: 'hat' })).status).toBe(201);
    await parts.overlayFeed.catchUp();
    const before = snapshotIn(await readEvents(await events(overlayToken), (list) => list.some((event) => event.event === 'snapshot')));
    const transfers = async () => Number((await database.driver.query<{ n: unknown }>('SELECT count(*) AS n FROM transfers')).rows[0]!.n);
    const streamBefore = await (await api.request(`/v1/streams/${stream}`)).json();
    const ledgerBefore = await transfers();
    const response = await api.request('/v1/creator/overlay/test-alert', { token, json: { giftId: 'lion', message: 'Hello\u202E chat' } });
    expect(response.status).toBe(201);
    await parts.overlayFeed.catchUp();
    const seen = await readEvents(await events(overlayToken, before.lastEventId), (list) => list.some((event) => event.event === 'snapshot'));
    expect(alertsIn(seen)).toEqual([expect.objectContaining({ test: true, giftId: 'lion', coins: 29_999, from: 'Test viewer', message: 'Hello chat' })]);
    expect(snapshotIn(seen).board).toEqual(before.board);
    expect(await (await api.request(`/v1/streams/${stream}`)).json()).toMatchObject({ progressCoins: (streamBefore as { progressCoins: number }).progressCoins });
    expect(await transfers()).toBe(ledgerBefore);
  });

  it('a hidden viewer shows no alert and no place among the top gifters; the goal still counts their coins', async () => {
    const { creator, token, overlayToken, stream } = await creatorWithOverlay();
    const shown = await richViewer();
    const hidden = await richViewer();
    expect((await api.gift(hidden.token, { creator, stream, giftId: 'hat' })).status).toBe(201);
    const gifters = overlayGiftersResponseSchema.parse(await (await api.request('/v1/creator/overlay/gifters', { token })).json()).gifters;
    expect(gifters).toEqual([expect.objectContaining({ name: hidden.viewer.name, coins: 99, hidden: false })]);
    const hide = await api.request('/v1/creator/overlay/hidden', { token, json: { viewerKey: gifters[0]!.viewerKey, hidden: true } });
    expect(hide.status).toBe(200);
    expect(creatorOverlayResponseSchema.parse(await hide.json()).hiddenViewers).toEqual([expect.objectContaining({ name: hidden.viewer.name })]);
    const first = snapshotIn(await readEvents(await events(overlayToken), (list) => list.some((event) => event.event === 'snapshot')));
    expect(first.board.topGifters).toEqual([]);
    expect((await api.gift(hidden.token, { creator, stream, giftId: 'rose' })).status).toBe(201);
    expect((await api.gift(shown.token, { creator, stream, giftId: 'rose' })).status).toBe(201);
    await parts.overlayFeed.catchUp();
    const seen = await readEvents(await events(overlayToken, first.lastEventId), (list) => list.some((event) => event.event === 'snapshot'));
    expect(alertsIn(seen).map((alert) => alert.from)).toEqual([shown.viewer.name]);
    expect(snapshotIn(seen).board).toMatchObject({ progressCoins: 99 + 1 + 1, topGifters: [{ name: shown.viewer.name, coins: 1 }] });
    // An unknown key hides nobody.
    expect((await api.request('/v1/creator/overlay/hidden', { token, json: { viewerKey: 'not-a-gifter', hidden: true } })).status).toBe(404);
  });
});

describe('the creator’s overlay endpoints', { timeout: 60_000 }, () => {
  it('saves settings and pushes them to a connected overlay; bad settings change nothing', async () => {
    const { token, overlayToken } = await creatorWithOverlay();
    const settings = { ...DEFAULT_ALERT_SETTINGS, pauseMs: 1500, tiers: [{ ...DEFAULT_ALERT_SETTINGS.tiers[0]!, colour: '#123456' }] };
    const response = await events(overlayToken);
    const reading = readEvents(response, (list) => list.some((event) => event.event === 'settings'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const bad of [{ ...settings, pauseMs: -1 }, { ...settings, tiers: [] }, { ...settings, extra: 1 }, { ...settings, tiers: [{ ...settings.tiers[0], colour: 'red</style>' }] }]) {
      expect((await api.request('/v1/creator/overlay/settings', { token, json: bad })).status).toBe(400);
    }
    const saved = await api.request('/v1/creator/overlay/settings', { token, json: settings });
    expect(creatorOverlayResponseSchema.parse(await saved.json()).settings).toEqual(settings);
    const seen = await reading;
    expect(seen.find((event) => event.event === 'settings')?.data).toEqual({ settings });
  });

  it('says whether an overlay is connected', async () => {
    const { token, overlayToken } = await creatorWithOverlay();
    const state = async () => creatorOverlayResponseSchema.parse(await (await api.request('/v1/creator/overlay', { token })).json());
    expect(await state()).toMatchObject({ connected: false, url: { exists: true } });
    const response = await events(overlayToken);
    const reader = response.body!.getReader();
    await reader.read();
    expect(await state()).toMatchObject({ connected: true, connections: 1 });
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await parts.overlayFeed.catchUp();
    expect(await state()).toMatchObject({ connected: false });
  });

  it('needs a creator token: none, a forged one or a viewer’s is refused and changes nothing', async () => {
    const { creator } = await creatorWithOverlay();
    const viewer = await api.signIn();
    const paths = ['/v1/creator/overlay', '/v1/creator/overlay/url', '/v1/creator/overlay/settings', '/v1/creator/overlay/test-alert', '/v1/creator/overlay/hidden'];
    for (const token of [undefined, viewer.token, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged']) {
      for (const path of paths) {
        const read = path.endsWith('/overlay');
        const response = await api.request(path, { method: read ? 'GET' : 'POST', ...(token ? { token } : {}), ...(read ? {} : { body: '{}' }) });
        expect([401, 403], `${path} with ${token ? 'a bad token' : 'no token'}`).toContain(response.status);
      }
    }
    const { rows } = await database.driver.query('SELECT count(*) AS n FROM overlay_test_alerts WHERE creator = $1', [creator]);
    expect(Number((rows[0] as { n: unknown }).n)).toBe(0);
  });
});

describe('the OpenAPI document', () => {
  it('lists the overlay’s stream and the creator’s overlay endpoints', async () => {
    const document = (await (await api.request('/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    for (const path of ['/v1/overlay/{token}/events', '/v1/creator/overlay', '/v1/creator/overlay/url', '/v1/creator/overlay/settings', '/v1/creator/overlay/test-alert']) {
      expect(document.paths, path).toHaveProperty([path]);
    }
  });
});
