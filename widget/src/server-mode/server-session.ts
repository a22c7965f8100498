// Loaded lazily, only when a tray has a `server`: the gift server's HTTP wallet, catalog and stream feed.
import '../zod-jitless'; // first: before any schema is built
import { catalogResponseSchema } from '@core/messages/gift-server-api';
import { GIFT_SERVER_PATHS } from '@core/messages/gift-server-routes';
import type { WalletPort } from '@core/ports';
import type { CatalogResult } from '../catalog/tray-schemas';
import { SELF, type Gifter, type Leaderboard } from '../logic/leaderboard';
import type { TrayConfig, TrayDependencies, TrayState } from '../tray-controller';
import { createServerWallet } from '../wallet/server-wallet';
import { retryDelay } from './retry-delay';
import { createServerClient, ServerUnreadableError } from './server-client';
import type { StreamBoard } from './stream-board';
import { openStreamFeed } from './stream-feed';

/** What the session changes in the tray's state: the goal, its progress, the top gifters, offline, test mode. */
export type StreamView = Partial<Pick<TrayState, 'collected' | 'leaderboard' | 'streamGoal' | 'offline' | 'testMode'>>;

/** Where the tray's own objects come in: its config and dependencies are passed as they are. */
type SessionConfig = Pick<TrayConfig, 'server' | 'stream'>;
type SessionDeps = Pick<TrayDependencies, 'getToken' | 'warn'>;

/** Seams for tests: the transport and the browser's EventSource. */
export interface SessionSeams {
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
}

export interface ServerSession {
  /** The viewer's account on the server: the only wallet the tray pays from in server mode. */
  wallet: WalletPort;
  /** The server's gifts and prices; network failures are retried until it answers (or the session closes). */
  catalog: Promise<CatalogResult>;
  close(): void;
}

export type ServerSessionModule = typeof import('./server-session');

/**
 * The server's top gifters as the tray's leaderboard, in the server's order. The feed carries display names
 * only, so the signed-in viewer's row is the one with their display name: it reads "You", as in the page's
 * own wallet.
 */
export function viewOf(board: StreamBoard, selfName: string | null = null): StreamView {
  const leaderboard: Leaderboard = new Map(
    board.topGifters.map(({ name, coins }, since): [string, Gifter] => {
      const key = name === selfName ? SELF : name;
      return [key, { name: key, coins, since }];
    }),
  );
  return { collected: board.progressCoins, leaderboard, streamGoal: board.goal?.coins ?? null };
}

/** Opens the gift server's session for a tray with `server` set: its catalog, the stream's feed and the wallet. */
export function openServerSession(
  { server, stream }: SessionConfig,
  { getToken, warn }: SessionDeps,
  onStream: (view: StreamView) => void,
  seams: SessionSeams = {},
): ServerSession {
  const client = createServerClient({ server: server!, getToken, fetch: seams.fetch });
  let closed = false;
  let wake: (() => void) | undefined;
  let board: StreamBoard | undefined;
  let selfName: string | null = null;

  async function loadCatalog(): Promise<CatalogResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return { ok: true, gifts: (await client.read(GIFT_SERVER_PATHS.catalog, catalogResponseSchema)).gifts };
      } catch (error) {
        // A wrong answer will not right itself: the tray falls back and says so. The network might.
        const reason = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
        if (closed || !(error instanceof TypeError || (error instanceof ServerUnreadableError && error.transient))) return { ok: false, reason };
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, retryDelay(attempt));
        });
      }
    }
  }

  const closeFeed = openStreamFeed({
    server: server!,
    stream,
    EventSource: seams.EventSource,
    warn,
    onBoard: (next) => {
      board = next;
      onStream(viewOf(next, selfName));
    },
    onOnline: (online) => {
      onStream({ offline: !online });
      if (online) wake?.(); // back online: the catalog need not wait out its delay
    },
  });

  return {
    // The server says its mode with the balance: TEST MODE shows while it is 'test'.
    wallet: createServerWallet(client, {
      onMode: (mode) => onStream({ testMode: mode === 'test' }),
      onViewer: ({ name }) => {
        // Another viewer signed in (or the first answer came): their row is now the one that says "You".
        if (name === selfName) return;
        selfName = name;
        if (board) onStream(viewOf(board, selfName));
      },
    }),
    catalog: loadCatalog(),
    close() {
      closed = true;
      wake?.();
      closeFeed();
      onStream({ collected: 0, leaderboard: new Map(), streamGoal: undefined, offline: false });
    },
  };
}
