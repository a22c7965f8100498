import type { SSEMessage, SSEStreamingApi } from 'hono/streaming';
import { LAST_EVENT_ID_QUERY } from '@core/messages/gift-server-routes';
import type { AppContext } from '../app';
import { ApiFailure } from './api-failure';

/** Last-Event-ID (header, or the query parameter for clients that cannot set it): an outbox id. */
export function resumeAfter(c: AppContext): number | undefined {
  const raw = c.req.header('last-event-id') ?? c.req.query(LAST_EVENT_ID_QUERY);
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,15}$/.test(raw)) throw new ApiFailure(400, 'invalid-request', 'Last-Event-ID is an event id this server sent (digits).');
  return Number(raw);
}

export interface SseClient {
  send(events: readonly SSEMessage[]): void;
  heartbeat(): void;
  close(): void;
  /** Settles when the client leaves, a write fails or `close()` is called. */
  readonly done: Promise<void>;
  /** Settles once the writes queued so far are out. */
  drained(): Promise<unknown>;
}

/** One event-stream client: writes queue behind each other, so a slow client never holds up the feed. */
export function sseClient(stream: SSEStreamingApi): SseClient {
  let writing: Promise<unknown> = Promise.resolve();
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const write = (task: () => Promise<unknown>) => {
    writing = writing.then(task).catch(() => finish());
  };
  stream.onAbort(() => finish());
  return {
    send: (events) =>
      write(async () => {
        for (const event of events) await stream.writeSSE(event);
      }),
    heartbeat: () => write(() => stream.write(': heartbeat\n\n')),
    close: () => finish(),
    done,
    drained: () => writing,
  };
}
