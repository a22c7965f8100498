import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { findGift, DEFAULT_GIFT_CATALOG } from '@core/gift-catalog';
import { OVERLAY_EVENT_NAMES, type OverlayBoard, type OverlaySnapshot } from '@core/messages';
import type { AlertSettings } from '@core/overlay';
import { ALERT_MESSAGE_MAX, overlayDisplayName, sanitizeDisplayText } from '@core/overlay';
import type { OverlayAlert } from '@core/overlay';
import type { SqlDriver } from '@core/storage';
import { FEED_CHANNEL } from '../feed/gift-feed';
import { OVERLAY_CHANNEL, type OverlayStore } from './overlay-store';
import { viewerKeyOf } from './overlay-token';

const READ_BATCH = 1000;
const RECONNECT_MS = 1000;

/** One SSE message; state events carry no id, the snapshot a reconnect delay. */
export interface OverlayEvent {
  event: string;
  data: string;
  id?: string;
  retry?: number;
}
const TOP_GIFTERS = 5;
/** A process that stopped refreshing its presence (killed) stops counting after this many heartbeats. */
const PRESENCE_HEARTBEATS = 3;

/** One overlay page's event stream. */
export interface OverlaySubscriber {
  creator: string;
  /** The hash of the token it connected with: when the creator regenerates, it no longer matches. */
  tokenHash: string;
  lastSent: number;
  send(events: OverlayEvent[]): void;
  heartbeat(): void;
  close(): void;
}

interface CreatorState {
  creator: string;
  tokenHash: string | null;
  settings: AlertSettings;
  hidden: Set<string>;
  /** The creator's current stream: the one of the latest gift. */
  stream: string | null;
  board: OverlayBoard;
  subscribers: Set<OverlaySubscriber>;
}

const giftBodySchema = z.object({ from: z.string(), giftId: z.string(), count: z.number().int().positive(), coins: z.number().int().positive(), at: z.number().int() });
const testBodySchema = giftBodySchema.extend({ message: z.string().optional() });

export interface OutboxRow {
  id: unknown;
  kind: 'gift' | 'test';
  creator: string;
  stream: string | null;
  viewer_id: string | null;
  body: unknown;
}

// Gifts of the creator's streams and the creator's tests, in one id order (one sequence, one numbering lock).
const OUTBOX_AFTER = `
  SELECT f.id, 'gift' AS kind, s.creator, f.stream, f.viewer_id, f.body FROM gift_feed f JOIN streams s ON s.id = f.stream WHERE f.id > $1
  UNION ALL
  SELECT t.id, 'test' AS kind, t.creator, NULL AS stream, NULL AS viewer_id, t.body FROM overlay_test_alerts t WHERE t.id > $1
  ORDER BY id LIMIT ${READ_BATCH}`;
const CREATOR_OUTBOX_BETWEEN = `
  SELECT f.id, 'gift' AS kind, s.creator, f.stream, f.viewer_id, f.body FROM gift_feed f JOIN streams s ON s.id = f.stream
    WHERE s.creator = $1 AND f.id > $2 AND f.id <= $3
  UNION ALL
  SELECT t.id, 'test' AS kind, t.creator, NULL AS stream, NULL AS viewer_id, t.body FROM overlay_test_alerts t WHERE t.creator = $1 AND t.id > $2 AND t.id <= $3
  ORDER BY id`;

/** An outbox row (a gift of the creator's streams, or a test) as the overlay shows it: names sanitised. */
export function alertOf(row: OutboxRow): OverlayAlert {
  const id = String(Number(row.id));
  const body: z.infer<typeof testBodySchema> = row.kind === 'gift' ? giftBodySchema.parse(row.body) : testBodySchema.parse(row.body);
  const gift = findGift(DEFAULT_GIFT_CATALOG, body.giftId);
  const message = body.message ? sanitizeDisplayText(body.message, ALERT_MESSAGE_MAX) : '';
  return {
    id,
    test: row.kind === 'test',
    viewerKey: row.kind === 'gift' ? viewerKeyOf(row.creator, row.viewer_id!) : 'test',
    from: overlayDisplayName(body.from),
    giftId: body.giftId,
    giftName: gift?.name ?? body.giftId,
    icon: gift?.icon ?? '',
    count: body.count,
    coins: body.coins,
    at: body.at,
    ...(message ? { message } : {}),
  };
}

const alertEvent = (alert: OverlayAlert): OverlayEvent => ({ event: OVERLAY_EVENT_NAMES.alert, id: alert.id, data: JSON.stringify(alert) });
/** State events carry no SSE id: only alerts move a page's Last-Event-ID. */
const stateEvent = (event: string, data: unknown): OverlayEvent => ({ event, data: JSON.stringify(data) });

/**
 * The overlay feed of one server process: every creator's gifts (from the gift feed's outbox) and test
 * alerts, in one id order, to the overlay pages connected here. Like the stream feed it keeps one cursor,
 * wakes on NOTIFY and polls; each page gets every alert above what it has, exactly once. It also ends the
 * streams of a regenerated URL, pushes settings changes, and records which creators have an overlay open.
 */
export class OverlayFeed {
  private cursor = 0;
  private readonly creators = new Map<string, CreatorState>();
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private pendingWake = false;
  private pendingRefresh = false;
  private readonly instance = randomUUID();

  constructor(
    private readonly driver: SqlDriver,
    private readonly store: OverlayStore,
    private readonly options: { pollMs: number; heartbeatMs: number; onError: (error: unknown) => void; now?: () => number },
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  async start(listen?: (channel: string, onNotify: () => void) => Promise<void>): Promise<void> {
    const { rows } = await this.driver.query<{ id: unknown }>(
      'SELECT greatest((SELECT max(id) FROM gift_feed), (SELECT max(id) FROM overlay_test_alerts)) AS id',
    );
    this.cursor = Number(rows[0]?.id ?? 0);
    if (listen) {
      await listen(FEED_CHANNEL, () => this.wake());
      await listen(OVERLAY_CHANNEL, () => this.refresh());
    }
    this.timer = setInterval(() => {
      this.wake();
      this.refresh();
    }, this.options.pollMs);
    this.heartbeatTimer = setInterval(() => this.beat(), this.options.heartbeatMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.heartbeatTimer);
    for (const state of this.creators.values()) for (const subscriber of state.subscribers) subscriber.close();
    await this.queue;
    await this.driver.query('DELETE FROM overlay_presence WHERE instance = $1', [this.instance]).catch(() => undefined);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private background(work: () => Promise<void>): void {
    void this.enqueue(work).catch((error: unknown) => {
      if (!this.stopped) this.options.onError(error);
    });
  }

  /** Reads new alerts soon (NOTIFY, the poll timer, a test alert written here). */
  wake(): void {
    if (this.pendingWake || this.stopped) return;
    this.pendingWake = true;
    this.background(async () => {
      this.pendingWake = false;
      await this.readNew();
    });
  }

  /** Re-reads the watched creators' URL, settings and hidden viewers soon (after a creator changed one). */
  refresh(): void {
    if (this.pendingRefresh || this.stopped) return;
    this.pendingRefresh = true;
    this.background(async () => {
      this.pendingRefresh = false;
      for (const state of this.creators.values()) await this.reload(state);
    });
  }

  /** Waits until everything committed before this call has been read and sent, and every change applied. */
  catchUp(): Promise<void> {
    return this.enqueue(async () => {
      await this.readNew();
      for (const state of this.creators.values()) await this.reload(state);
    });
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const { rows } = await this.driver.query<OutboxRow>(OUTBOX_AFTER, [this.cursor]);
      if (rows.length === 0) return;
      this.cursor = Number(rows.at(-1)!.id);
      const alerts = new Map<CreatorState, OverlayAlert[]>();
      const boardsToRedo = new Set<CreatorState>();
      for (const row of rows) {
        const state = this.creators.get(row.creator);
        if (!state) continue;
        if (row.kind === 'gift') {
          state.stream = row.stream;
          boardsToRedo.add(state);
          if (state.hidden.has(row.viewer_id!)) continue;
        }
        alerts.set(state, [...(alerts.get(state) ?? []), alertOf(row)]);
      }
      for (const [state, list] of alerts) {
        for (const subscriber of state.subscribers) {
          const fresh = list.filter((alert) => Number(alert.id) > subscriber.lastSent);
          if (fresh.length === 0) continue;
          subscriber.lastSent = Number(fresh.at(-1)!.id);
          subscriber.send(fresh.map(alertEvent));
        }
      }
      // Alerts first: the board's queries never delay one.
      for (const state of boardsToRedo) {
        state.board = await this.boardOf(state);
        for (const subscriber of state.subscribers) subscriber.send([stateEvent(OVERLAY_EVENT_NAMES.board, state.board)]);
      }
      if (rows.length < READ_BATCH) return;
    }
  }

  private async boardOf(state: CreatorState): Promise<OverlayBoard> {
    if (state.stream === null) {
      const { rows } = await this.driver.query<{ stream: string }>(
        `SELECT f.stream FROM gift_feed f JOIN streams s ON s.id = f.stream
         WHERE s.creator = $1 AND f.id IS NOT NULL AND f.id <= $2 ORDER BY f.id DESC LIMIT 1`,
        [state.creator, this.cursor],
      );
      const fallback = rows[0]
        ? rows
        : (await this.driver.query<{ stream: string }>('SELECT id AS stream FROM streams WHERE creator = $1 ORDER BY id LIMIT 1', [state.creator])).rows;
      state.stream = fallback[0]?.stream ?? null;
    }
    if (state.stream === null) return { stream: null, goal: null, progressCoins: 0, topGifters: [] };
    const [goalRows, gifterRows] = await Promise.all([
      this.driver.query<{ goal_coins: unknown; goal_title: string | null }>('SELECT goal_coins, goal_title FROM streams WHERE id = $1', [state.stream]),
      this.driver.query<{ viewer_id: string; name: string; coins: unknown }>(
        `SELECT viewer_id, (array_agg(body->>'from' ORDER BY id DESC))[1] AS name, sum((body->>'coins')::bigint) AS coins
         FROM gift_feed WHERE stream = $1 AND id IS NOT NULL AND id <= $2 GROUP BY viewer_id`,
        [state.stream, this.cursor],
      ),
    ]);
    const goalRow = goalRows.rows[0];
    const gifters = gifterRows.rows.map((row) => ({ viewerId: row.viewer_id, name: overlayDisplayName(row.name), coins: Number(row.coins) }));
    return {
      stream: state.stream,
      goal: goalRow && goalRow.goal_coins !== null ? { coins: Number(goalRow.goal_coins), title: goalRow.goal_title ?? '' } : null,
      // The goal counts every coin; only the names of hidden viewers are left out.
      progressCoins: gifters.reduce((sum, gifter) => sum + gifter.coins, 0),
      topGifters: gifters
        .filter((gifter) => !state.hidden.has(gifter.viewerId))
        .sort((a, b) => b.coins - a.coins || a.name.localeCompare(b.name))
        .slice(0, TOP_GIFTERS)
        .map(({ name, coins }) => ({ name, coins })),
    };
  }

  private async load(creator: string): Promise<CreatorState> {
    const existing = this.creators.get(creator);
    if (existing) return existing;
    const state: CreatorState = {
      creator,
      tokenHash: null,
      settings: await this.store.settings(creator),
      hidden: new Set(),
      stream: null,
      board: { stream: null, goal: null, progressCoins: 0, topGifters: [] },
      subscribers: new Set(),
    };
    await this.reload(state, true);
    this.creators.set(creator, state);
    return state;
  }

  /** Applies what the creator changed: ends streams of a replaced URL, pushes new settings and board. */
  private async reload(state: CreatorState, first = false): Promise<void> {
    const [tokenHash, settings, hidden] = await Promise.all([
      this.driver.query<{ token_hash: string }>('SELECT token_hash FROM overlay_tokens WHERE creator = $1', [state.creator]),
      this.store.settings(state.creator),
      this.store.hiddenViewers(state.creator),
    ]);
    state.tokenHash = tokenHash.rows[0]?.token_hash ?? null;
    for (const subscriber of state.subscribers) if (subscriber.tokenHash !== state.tokenHash) subscriber.close();
    const settingsChanged = JSON.stringify(settings) !== JSON.stringify(state.settings);
    state.hidden = new Set(hidden.map((viewer) => viewer.viewerId));
    state.settings = settings;
    // A hidden viewer or a new goal (set on the dashboard) changes the board without a gift.
    const board = await this.boardOf(state);
    const boardChanged = JSON.stringify(board) !== JSON.stringify(state.board);
    state.board = board;
    if (first) return;
    for (const subscriber of state.subscribers) {
      if (settingsChanged) subscriber.send([stateEvent(OVERLAY_EVENT_NAMES.settings, { settings })]);
      if (boardChanged) subscriber.send([stateEvent(OVERLAY_EVENT_NAMES.board, board)]);
    }
  }

  /**
   * Adds an overlay page. It gets the alerts above `after` (its Last-Event-ID) it missed, then the snapshot.
   * Resolves with the function that removes it, or null when the URL was replaced meanwhile.
   */
  async subscribe(subscriber: OverlaySubscriber, after: number | undefined): Promise<(() => void) | null> {
    const added = await this.enqueue(async () => {
      await this.readNew();
      const state = await this.load(subscriber.creator);
      await this.reload(state);
      if (state.tokenHash !== subscriber.tokenHash) return false;
      const events: OverlayEvent[] = [];
      if (after !== undefined && after < this.cursor) {
        const { rows } = await this.driver.query<OutboxRow>(CREATOR_OUTBOX_BETWEEN, [state.creator, after, this.cursor]);
        for (const row of rows) if (row.kind === 'test' || !state.hidden.has(row.viewer_id!)) events.push(alertEvent(alertOf(row)));
      }
      subscriber.lastSent = Math.max(after ?? 0, this.cursor);
      const snapshot: OverlaySnapshot = { settings: state.settings, board: state.board, lastEventId: String(subscriber.lastSent) };
      // retry: the browser comes back within a second after a dropped connection or a restart.
      events.push({ event: OVERLAY_EVENT_NAMES.snapshot, id: snapshot.lastEventId, data: JSON.stringify(snapshot), retry: RECONNECT_MS });
      subscriber.send(events);
      state.subscribers.add(subscriber);
      await this.recordPresence(state);
      return true;
    });
    if (!added) return null;
    return () => {
      const state = this.creators.get(subscriber.creator);
      if (!state || !state.subscribers.delete(subscriber)) return;
      this.background(() => this.recordPresence(state));
      if (state.subscribers.size === 0 && this.creators.size > 1000) this.creators.delete(state.creator);
    };
  }

  private async recordPresence(state: CreatorState): Promise<void> {
    if (state.subscribers.size === 0) {
      await this.driver.query('DELETE FROM overlay_presence WHERE creator = $1 AND instance = $2', [state.creator, this.instance]);
      return;
    }
    await this.driver.query(
      `INSERT INTO overlay_presence (creator, instance, connections, seen_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (creator, instance) DO UPDATE SET connections = EXCLUDED.connections, seen_at = EXCLUDED.seen_at`,
      [state.creator, this.instance, state.subscribers.size, this.now()],
    );
  }

  private beat(): void {
    for (const state of this.creators.values()) for (const subscriber of state.subscribers) subscriber.heartbeat();
    this.background(async () => {
      for (const state of this.creators.values()) if (state.subscribers.size > 0) await this.recordPresence(state);
    });
  }

  /** Overlay pages of the creator connected to any instance (each refreshes its count with the heartbeat). */
  async connections(creator: string): Promise<number> {
    const { rows } = await this.driver.query<{ total: unknown }>(
      'SELECT coalesce(sum(connections), 0) AS total FROM overlay_presence WHERE creator = $1 AND seen_at > $2',
      [creator, this.now() - PRESENCE_HEARTBEATS * this.options.heartbeatMs],
    );
    return Number(rows[0]?.total ?? 0);
  }

  /** Connections open in this process (for tests). */
  get clientCount(): number {
    let count = 0;
    for (const state of this.creators.values()) count += state.subscribers.size;
    return count;
  }
}
