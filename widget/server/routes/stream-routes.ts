import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { LAST_EVENT_ID_QUERY } from '@core/messages/gift-server-routes';
import type { AppContext, AppEnv } from '../app';
import type { FeedEvent, FeedSubscriber } from '../feed/gift-feed';
import type { StreamInfo } from '../feed/stream-registry';
import { ApiFailure } from '../http/api-failure';

async function knownStream(c: AppContext): Promise<StreamInfo> {
  const id = c.req.param('stream') ?? '';
  if (id.length < 1 || id.length > 128) throw new ApiFailure(400, 'invalid-request', 'Stream ids are 1 to 128 characters.');
  const info = await c.var.deps.feed.find(id);
  if (!info) throw new ApiFailure(404, 'unknown-stream', `There is no stream "${id}" on this server.`);
  return info;
}

/** Last-Event-ID (header, or the query parameter for clients that cannot set it): an outbox id. */
function resumeAfter(c: AppContext): number | undefined {
  const raw = c.req.header('last-event-id') ?? c.req.query(LAST_EVENT_ID_QUERY);
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,15}$/.test(raw)) throw new ApiFailure(400, 'invalid-request', 'Last-Event-ID is an event id this server sent (digits).');
  return Number(raw);
}

/** The stream's snapshot and its live feed: no token, only display names and gifts. */
export function streamRoutes() {
  const routes = new Hono<AppEnv>();

  routes.get('/streams/:stream', async (c) => {
    const info = await knownStream(c);
    return c.json(await c.var.deps.feed.snapshot(info));
  });

  routes.get('/streams/:stream/events', async (c) => {
    const info = await knownStream(c);
    const after = resumeAfter(c);
    const { feed, logger } = c.var.deps;
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      let writing: Promise<unknown> = Promise.resolve();
      let finish!: () => void;
      const done = new Promise<void>((resolve) => (finish = resolve));
      // Writes to one client queue behind each other; a slow client never holds up the feed.
      const write = (task: () => Promise<unknown>) => {
        writing = writing.then(task).catch(() => finish());
      };
      const subscriber: FeedSubscriber = {
        stream: info.id,
        lastSent: 0,
        send: (events: FeedEvent[]) => write(async () => {
          for (const event of events) await stream.writeSSE(event);
        }),
        heartbeat: () => write(() => stream.write(': heartbeat\n\n')),
        close: () => finish(),
      };
      stream.onAbort(() => finish());
      const unsubscribe = await feed.subscribe(info, subscriber, after);
      try {
        await done;
      } finally {
        unsubscribe();
        logger.debug({ stream: info.id }, 'feed client left');
      }
    });
  });

  return routes;
}
