import { z } from 'zod';
import { STREAM_EVENT_NAMES } from '@core/messages/gift-server-routes';
import type { StreamGiftEvent, StreamSnapshot, TopGifter } from '@core/messages/gift-server-api';
import type { SqlDriver } from '@core/storage';
import type { StreamInfo, StreamRegistry } from './stream-registry';

/** The channel of the wake-up hint; a reader never depends on it (it also polls). */
export const FEED_CHANNEL = 'livegift_feed';
/** Any constant: the numbering transactions of every instance take this lock, one at a time. */
export const NUMBERING_LOCK = 4_173_002;
const TOP_GIFTERS = 5;
const READ_BATCH = 1000;

export interface FeedEvent {
  event: string;
  data: string;
  id: string;
}

/** One SSE connection of one stream. */
export interface FeedSubscriber {
  stream: string;
  /** The highest gift id this client has: nothing at or below it is sent again. */
  lastSent: number;
  send(events: FeedEvent[]): void;
  /** A comment line that keeps proxies from closing an idle connection. */
  heartbeat(): void;
  /** The server is shutting down: end the response. */
  close(): void;
}

const feedBodySchema = z.object({
  from: z.string(),
  giftId: z.string(),
  count: z.number().int().positive(),
  coins: z.number().int().positive(),
  at: z.number().int().nonnegative(),
});

interface FeedRow {
  id: number;
  stream: string;
  viewerId: string;
  gift: StreamGiftEvent;
}

interface StreamState {
  info: StreamInfo;
  progressCoins: number;
  gifters: Map<string, { name: string; coins: number }>;
  subscribers: Set<FeedSubscriber>;
}

function toRow(row: { id: unknown; stream: string; viewer_id: string; body: unknown }): FeedRow {
  const body = feedBodySchema.parse(row.body);
  const id = Number(row.id);
  return { id, stream: row.stream, viewerId: row.viewer_id, gift: { id: String(id), ...body } };
}

/**
 * The stream feed of one server process, read from the gift_feed outbox:
 * - gifts insert their row (id NULL) in their own transaction; `number()` then gives committed rows their
 *   ids under an advisory lock, one numbering transaction at a time, so ids only ever appear in increasing
 *   order to every reader on every instance;
 * - NOTIFY after numbering wakes the readers of every instance; a poll timer covers engines without it;
 * - the reader keeps one cursor for the process and the goal and top gifters of each watched stream in
 *   memory, and sends every client each gift above what it already has, exactly once.
 */
export class GiftFeed {
  private cursor = 0;
  private readonly streams = new Map<string, StreamState>();
  /** Reads and stream loads run one at a time, so a stream's state always matches the cursor. */
  private queue: Promise<unknown> = Promise.resolve();
  private numbering: Promise<void> | null = null;
  private numberAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private stopped = false;
  private listening = false;

  constructor(
    private readonly driver: SqlDriver,
    private readonly registry: StreamRegistry,
    private readonly options: { pollMs: number; heartbeatMs: number; onError: (error: unknown) => void },
  ) {}

  async start(listen?: (channel: string, onNotify: () => void) => Promise<void>): Promise<void> {
    const { rows } = await this.driver.query<{ id: unknown }>('SELECT max(id) AS id FROM gift_feed');
    this.cursor = Number(rows[0]?.id ?? 0);
    if (listen) await listen(FEED_CHANNEL, () => this.wake());
    this.listening = listen !== undefined;
    // Rows left unnumbered by a crash between commit and numbering get their ids now.
    this.kick();
    this.timer = setInterval(() => {
      this.kick();
      this.wake();
    }, this.options.pollMs);
    this.heartbeat = setInterval(() => this.sendHeartbeats(), this.options.heartbeatMs);
  }

  /** Stops reading and ends every client's response; waits for a numbering in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.heartbeat);
    for (const state of this.streams.values()) for (const subscriber of state.subscribers) subscriber.close();
    await this.numbering;
    await this.queue;
  }

  /** Call after a gift committed: numbers it (and any other waiting rows) soon, coalescing bursts. */
  kick(): void {
    if (this.stopped) return;
    if (this.numbering) {
      this.numberAgain = true;
      return;
    }
    this.numbering = (async () => {
      do {
        this.numberAgain = false;
        try {
          const numbered = await this.number();
          // Its NOTIFY wakes this process too; without LISTEN, read now.
          if (numbered > 0 && !this.listening) this.wake();
        } catch (error) {
          if (!this.stopped) this.options.onError(error);
        }
      } while (this.numberAgain && !this.stopped);
      this.numbering = null;
    })();
  }

  /** Gives committed, unnumbered rows their ids. Returns how many. */
  async number(): Promise<number> {
    // Three statements in one round trip on a pipelining driver: the lock, then (its own statement, so its
    // snapshot is taken once the lock is held) the numbering with its NOTIFY when it numbered anything.
    return this.driver.transaction(async (session) => {
      const [, { rows }] = await Promise.all([
        session.query('SELECT pg_advisory_xact_lock($1)', [NUMBERING_LOCK]),
        session.query<{ numbered: unknown }>(
          `WITH numbered AS (
             UPDATE gift_feed SET id = nextval('gift_feed_ids')
             WHERE row_id IN (SELECT row_id FROM gift_feed WHERE id IS NULL ORDER BY row_id LIMIT 5000) RETURNING id
           ), hint AS (SELECT pg_notify($1, '') FROM (SELECT 1 FROM numbered LIMIT 1) AS any_row)
           SELECT (SELECT count(*) FROM numbered) AS numbered, (SELECT count(*) FROM hint) AS hinted`,
          [FEED_CHANNEL],
        ),
      ]);
      return Number(rows[0]?.numbered ?? 0);
    });
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Reads new rows (soon): called on NOTIFY, after numbering here, and by the poll timer. */
  private pendingWake = false;
  wake(): void {
    if (this.pendingWake || this.stopped) return;
    this.pendingWake = true;
    void this.enqueue(async () => {
      this.pendingWake = false;
      await this.readNew();
    }).catch((error: unknown) => {
      if (!this.stopped) this.options.onError(error);
    });
  }

  /** Waits until every row committed and numbered before this call has been read. */
  catchUp(): Promise<void> {
    return this.enqueue(() => this.readNew());
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const { rows } = await this.driver.query<{ id: unknown; stream: string; viewer_id: string; body: unknown }>(
        'SELECT id, stream, viewer_id, body FROM gift_feed WHERE id > $1 ORDER BY id LIMIT $2',
        [this.cursor, READ_BATCH],
      );
      if (rows.length === 0) return;
      const batch = rows.map(toRow);
      this.cursor = batch.at(-1)!.id;
      const touched = new Map<StreamState, FeedRow[]>();
      for (const row of batch) {
        const state = this.streams.get(row.stream);
        if (!state) continue;
        this.apply(state, row);
        touched.set(state, [...(touched.get(state) ?? []), row]);
      }
      for (const [state, streamRows] of touched) this.broadcast(state, streamRows);
      if (rows.length < READ_BATCH) return;
    }
  }

  private apply(state: StreamState, row: FeedRow): void {
    state.progressCoins += row.gift.coins;
    const gifter = state.gifters.get(row.viewerId);
    state.gifters.set(row.viewerId, { name: row.gift.from, coins: (gifter?.coins ?? 0) + row.gift.coins });
  }

  private broadcast(state: StreamState, rows: FeedRow[]): void {
    const lastId = rows.at(-1)!.id;
    const tail = this.stateEvents(state, lastId);
    for (const subscriber of state.subscribers) {
      const fresh = rows.filter((row) => row.id > subscriber.lastSent);
      if (fresh.length === 0) continue;
      subscriber.lastSent = lastId;
      subscriber.send([...fresh.map((row) => giftEvent(row)), ...tail]);
    }
  }

  private stateEvents(state: StreamState, id: number): FeedEvent[] {
    const snapshot = this.snapshotOf(state, id);
    return [
      { event: STREAM_EVENT_NAMES.goal, id: String(id), data: JSON.stringify({ goal: snapshot.goal, progressCoins: snapshot.progressCoins }) },
      { event: STREAM_EVENT_NAMES.leaderboard, id: String(id), data: JSON.stringify({ topGifters: snapshot.topGifters }) },
    ];
  }

  private snapshotOf(state: StreamState, id: number): StreamSnapshot {
    const topGifters: TopGifter[] = [...state.gifters.values()]
      .sort((a, b) => b.coins - a.coins || a.name.localeCompare(b.name))
      .slice(0, TOP_GIFTERS)
      .map(({ name, coins }) => ({ name, coins }));
    return {
      stream: state.info.id,
      creator: state.info.creator,
      goal: state.info.goal,
      progressCoins: state.progressCoins,
      topGifters,
      lastEventId: String(id),
    };
  }

  /** The stream's state as of the cursor, loaded from the outbox the first time (inside the queue). */
  private async load(info: StreamInfo): Promise<StreamState> {
    const existing = this.streams.get(info.id);
    if (existing) return existing;
    const { rows } = await this.driver.query<{ viewer_id: string; name: string; coins: unknown }>(
      `SELECT viewer_id, (array_agg(body->>'from' ORDER BY id DESC))[1] AS name, sum((body->>'coins')::bigint) AS coins
       FROM gift_feed WHERE stream = $1 AND id IS NOT NULL AND id <= $2 GROUP BY viewer_id`,
      [info.id, this.cursor],
    );
    const state: StreamState = { info, progressCoins: 0, gifters: new Map(), subscribers: new Set() };
    for (const row of rows) {
      const coins = Number(row.coins);
      state.progressCoins += coins;
      state.gifters.set(row.viewer_id, { name: row.name, coins });
    }
    this.streams.set(info.id, state);
    return state;
  }

  async snapshot(info: StreamInfo): Promise<StreamSnapshot> {
    return this.enqueue(async () => {
      await this.readNew();
      const state = await this.load(info);
      const snapshot = this.snapshotOf(state, this.cursor);
      this.forgetIfIdle(state);
      return snapshot;
    });
  }

  /**
   * Adds a client. Without `after`: a snapshot first. With `after` (Last-Event-ID): the gifts above it that
   * it missed, then the goal and leaderboard. Returns the function that removes it.
   */
  async subscribe(info: StreamInfo, subscriber: FeedSubscriber, after: number | undefined): Promise<() => void> {
    await this.enqueue(async () => {
      await this.readNew();
      const state = await this.load(info);
      if (after === undefined) {
        subscriber.lastSent = this.cursor;
        subscriber.send([{ event: STREAM_EVENT_NAMES.snapshot, id: String(this.cursor), data: JSON.stringify(this.snapshotOf(state, this.cursor)) }]);
      } else {
        const { rows } = await this.driver.query<{ id: unknown; stream: string; viewer_id: string; body: unknown }>(
          'SELECT id, stream, viewer_id, body FROM gift_feed WHERE stream = $1 AND id > $2 AND id <= $3 ORDER BY id',
          [info.id, after, this.cursor],
        );
        const missed = rows.map(toRow);
        subscriber.lastSent = Math.max(after, this.cursor);
        subscriber.send([...missed.map((row) => giftEvent(row)), ...this.stateEvents(state, subscriber.lastSent)]);
      }
      state.subscribers.add(subscriber);
    });
    return () => {
      const state = this.streams.get(info.id);
      if (!state) return;
      state.subscribers.delete(subscriber);
      this.forgetIfIdle(state);
    };
  }

  /** Streams nobody watches are dropped from memory once many are loaded. */
  private forgetIfIdle(state: StreamState): void {
    if (state.subscribers.size === 0 && this.streams.size > 1000) this.streams.delete(state.info.id);
  }

  /** Connections open (for logs and tests). */
  get clientCount(): number {
    let count = 0;
    for (const state of this.streams.values()) count += state.subscribers.size;
    return count;
  }

  private sendHeartbeats(): void {
    for (const state of this.streams.values()) for (const subscriber of state.subscribers) subscriber.heartbeat();
  }

  /** A stream's goal changed: its watchers get the new `goal` at once (with the id of the last gift they have). */
  async goalChanged(info: StreamInfo): Promise<void> {
    await this.enqueue(async () => {
      const state = this.streams.get(info.id);
      if (!state) return;
      state.info = info;
      const [goal] = this.stateEvents(state, this.cursor);
      for (const subscriber of state.subscribers) subscriber.send([{ ...goal!, id: String(subscriber.lastSent) }]);
    });
  }

  /** Resolves a stream id, for the routes. */
  find(stream: string): Promise<StreamInfo | undefined> {
    return this.registry.find(stream);
  }
}

function giftEvent(row: FeedRow): FeedEvent {
  return { event: STREAM_EVENT_NAMES.gift, id: row.gift.id, data: JSON.stringify(row.gift) };
}
