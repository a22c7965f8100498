import type { ZodType } from 'zod';
import {
  streamGiftEventSchema,
  streamGoalEventSchema,
  streamLeaderboardEventSchema,
  streamSnapshotEventSchema,
} from '@core/messages/gift-server-api';
import { GIFT_SERVER_PATHS, LAST_EVENT_ID_QUERY, STREAM_EVENT_NAMES } from '@core/messages/gift-server-routes';
import { retryDelay } from './retry-delay';
import { applyGift, applyGoal, applyLeaderboard, boardFromSnapshot, type StreamBoard } from './stream-board';

export interface StreamFeedOptions {
  server: string;
  stream: string;
  /** The board after every change. */
  onBoard: (board: StreamBoard) => void;
  /** false when the feed is unreachable (the feed reconnects by itself), true again once it is back. */
  onOnline: (online: boolean) => void;
  warn: (message: string, detail?: unknown) => void;
  EventSource?: typeof EventSource;
  setTimeout?: (run: () => void, ms: number) => unknown;
  clearTimeout?: (timer: unknown) => void;
}

/**
 * A stream's live feed (`GET /v1/streams/{stream}/events`, Server-Sent Events): a snapshot first, then every
 * viewer's gifts, the goal and the top gifters. The browser reconnects by itself and resumes with the
 * `Last-Event-ID` header; when it gives up (an HTTP error), this reconnects with backoff and the `lastEventId`
 * query parameter. Events that fail validation are ignored with a console warning, and the feed goes on.
 * Returns the function that closes it.
 */
export function openStreamFeed(options: StreamFeedOptions): () => void {
  const { server, stream, onBoard, onOnline, warn } = options;
  const Source = options.EventSource ?? EventSource;
  const later = options.setTimeout ?? ((run, ms) => setTimeout(run, ms));
  const cancel = options.clearTimeout ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let board: StreamBoard | null = null;
  let source: EventSource | null = null;
  let timer: unknown;
  let failures = 0;
  let closed = false;

  const on = <T>(name: string, schema: ZodType<T>, apply: (data: T, id: string | undefined) => StreamBoard | null) => {
    source!.addEventListener(name, (event) => {
      const { data, lastEventId } = event as MessageEvent<unknown>;
      let parsed;
      try {
        parsed = schema.safeParse(JSON.parse(String(data)));
      } catch {
        parsed = null;
      }
      if (!parsed?.success) return warn(`gift-tray: ignored a "${name}" event from the gift server that is not of its shape`, data);
      const next = apply(parsed.data, lastEventId || undefined);
      if (next && next !== board) onBoard((board = next));
    });
  };

  function connect(): void {
    const url = new URL(GIFT_SERVER_PATHS.streamEvents(stream), server);
    if (board) url.searchParams.set(LAST_EVENT_ID_QUERY, String(board.lastEventId));
    source = new Source(url.href);
    source.onopen = () => {
      failures = 0;
      onOnline(true);
    };
    source.onerror = () => {
      onOnline(false);
      // CONNECTING: the browser retries itself. CLOSED: it gave up, so this tries again later.
      if (source?.readyState === Source.CLOSED && !closed) {
        source.close();
        timer = later(connect, retryDelay(failures++));
      }
    };
    on(STREAM_EVENT_NAMES.snapshot, streamSnapshotEventSchema, (snapshot) => {
      if (snapshot.stream !== stream) return null; // another stream's: not this tray's goal or gifters
      // A snapshot behind what the board shows (an instance that lags) would count gifts back down.
      return board && BigInt(snapshot.lastEventId) < board.lastEventId ? board : boardFromSnapshot(snapshot);
    });
    on(STREAM_EVENT_NAMES.gift, streamGiftEventSchema, (gift) => board && applyGift(board, gift));
    on(STREAM_EVENT_NAMES.goal, streamGoalEventSchema, (goal, id) => board && applyGoal(board, goal, id));
    on(STREAM_EVENT_NAMES.leaderboard, streamLeaderboardEventSchema, (top, id) => board && applyLeaderboard(board, top, id));
  }

  connect();
  return () => {
    closed = true;
    cancel(timer);
    source?.close();
  };
}
