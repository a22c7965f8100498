import type { ZodType } from 'zod';
import { LAST_EVENT_ID_QUERY } from '@core/messages/gift-server-routes';
import {
  OVERLAY_EVENT_NAMES,
  OVERLAY_PATHS,
  overlayAlertSchema,
  overlayBoardSchema,
  overlaySettingsEventSchema,
  overlaySnapshotSchema,
  type OverlayBoard,
  type OverlaySnapshot,
} from '@core/messages';
import type { AlertSettings } from '@core/overlay';
import type { OverlayAlert } from '@core/overlay';
import { retryDelay } from '../src/server-mode/retry-delay';

export interface OverlayListener {
  onSnapshot?(snapshot: OverlaySnapshot): void;
  onAlert?(alert: OverlayAlert): void;
  onBoard?(board: OverlayBoard): void;
  onSettings?(settings: AlertSettings): void;
  /** 'live', 'reconnecting', or 'replaced' (the creator made a new URL: this one is dead for good). */
  onStatus?(status: 'live' | 'reconnecting' | 'replaced'): void;
}

export interface OverlayConnectionOptions {
  /** The page's secret token (from its own address). */
  token: string;
  /** The gift server's origin: the page's own. */
  origin: string;
  EventSource?: typeof EventSource;
  fetch?: typeof fetch;
}

/** The token of an overlay page, from its path: /overlay/{token}[/goal|/top-gifters]. */
export function tokenFromPath(pathname: string): string {
  return decodeURIComponent(pathname.split('/')[2] ?? '');
}

/**
 * An overlay page's event stream. The browser reconnects by itself with `Last-Event-ID` after a dropped
 * connection or a restart; when it gives up (an HTTP error) this reconnects with backoff and the
 * `lastEventId` query, unless the URL was replaced (its page answers 404): then it stops. Events that do
 * not parse are skipped with a warning.
 */
export function openOverlayConnection(options: OverlayConnectionOptions, listener: OverlayListener): () => void {
  const Source = options.EventSource ?? EventSource;
  const request = options.fetch ?? fetch.bind(globalThis);
  let lastEventId = '';
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let closed = false;

  const on = <T>(name: string, schema: ZodType<T>, handle: (data: T) => void) => {
    source!.addEventListener(name, (event) => {
      const message = event as MessageEvent<string>;
      let parsed;
      try {
        parsed = schema.safeParse(JSON.parse(message.data));
      } catch {
        parsed = null;
      }
      if (!parsed?.success) return console.warn(`overlay: skipped a "${name}" event that is not of its shape`);
      if (message.lastEventId) lastEventId = message.lastEventId;
      handle(parsed.data);
    });
  };

  async function retryLater(): Promise<void> {
    listener.onStatus?.('reconnecting');
    try {
      const page = await request(new URL(OVERLAY_PATHS.alertsPage(options.token), options.origin), { cache: 'no-store' });
      if (page.status === 404) {
        closed = true;
        listener.onStatus?.('replaced');
        return;
      }
    } catch {
      // The server is down: try again below.
    }
    if (!closed) timer = setTimeout(connect, retryDelay(failures++));
  }

  function connect(): void {
    const url = new URL(OVERLAY_PATHS.events(options.token), options.origin);
    if (lastEventId) url.searchParams.set(LAST_EVENT_ID_QUERY, lastEventId);
    source = new Source(url.href);
    source.onopen = () => {
      failures = 0;
      listener.onStatus?.('live');
    };
    source.onerror = () => {
      if (closed) return;
      if (source?.readyState === Source.CLOSED) {
        source.close();
        void retryLater();
      } else {
        listener.onStatus?.('reconnecting');
      }
    };
    on(OVERLAY_EVENT_NAMES.alert, overlayAlertSchema, (alert) => listener.onAlert?.(alert));
    on(OVERLAY_EVENT_NAMES.snapshot, overlaySnapshotSchema, (snapshot) => listener.onSnapshot?.(snapshot));
    on(OVERLAY_EVENT_NAMES.board, overlayBoardSchema, (board) => listener.onBoard?.(board));
    on(OVERLAY_EVENT_NAMES.settings, overlaySettingsEventSchema, ({ settings }) => listener.onSettings?.(settings));
  }

  connect();
  return () => {
    closed = true;
    clearTimeout(timer);
    source?.close();
  };
}
