import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppContext, AppEnv } from '../app';
import type { FeedSubscriber } from '../feed/gift-feed';
import type { StreamInfo } from '../feed/stream-registry';
import { ApiFailure } from '../http/api-failure';
import { resumeAfter, sseClient } from '../http/sse-client';

async function knownStream(c: AppContext): Promise<StreamInfo> {
  const id = c.req.param('stream') ?? '';
  if (id.length < 1 || id.length > 128) throw new ApiFailure(400, 'invalid-request', 'Stream ids are 1 to 128 characters.');
  const info = await c.var.deps.feed.find(id);
  if (!info) throw new ApiFailure(404, 'unknown-stream', `There is no stream "${id}" on this server.`);
  return info;
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
      const client = sseClient(stream);
      const subscriber: FeedSubscriber = { stream: info.id, lastSent: 0, send: client.send, heartbeat: client.heartbeat, close: client.close };
      const unsubscribe = await feed.subscribe(info, subscriber, after);
      try {
        await client.done;
      } finally {
        unsubscribe();
        logger.debug({ stream: info.id }, 'feed client left');
      }
    });
  });

  return routes;
}
