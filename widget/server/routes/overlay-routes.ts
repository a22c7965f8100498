import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { overlayTokenSchema } from '@core/messages';
import type { AppContext, AppEnv } from '../app';
import { ApiFailure } from '../http/api-failure';
import { resumeAfter, sseClient } from '../http/sse-client';
import type { OverlaySubscriber } from '../overlay/overlay-feed';
import { overlayTokenHash } from '../overlay/overlay-token';

/**
 * The creator behind an overlay URL's token, and the token's hash; a malformed, guessed or replaced token is
 * the same 404, so an answer tells nothing about other tokens.
 */
export async function overlayCreator(c: AppContext): Promise<{ creator: string; tokenHash: string }> {
  const token = overlayTokenSchema.safeParse(c.req.param('token'));
  const tokenHash = token.success ? overlayTokenHash(token.data) : undefined;
  const creator = tokenHash ? await c.var.deps.overlays.creatorOfHash(tokenHash) : undefined;
  if (!creator || !tokenHash) throw new ApiFailure(404, 'not-found', 'There is no overlay at this address (it may have been replaced by a new one).');
  return { creator, tokenHash };
}

/** GET /v1/overlay/{token}/events: the overlay page's alerts, board and settings (SSE), by its secret URL. */
export function overlayRoutes() {
  return new Hono<AppEnv>().get('/overlay/:token/events', async (c) => {
    const { creator, tokenHash } = await overlayCreator(c);
    const after = resumeAfter(c);
    const { overlayFeed } = c.var.deps;
    c.header('X-Accel-Buffering', 'no');
    c.header('Cache-Control', 'no-store');
    return streamSSE(c, async (stream) => {
      const client = sseClient(stream);
      const subscriber: OverlaySubscriber = { creator, tokenHash, lastSent: 0, send: client.send, heartbeat: client.heartbeat, close: client.close };
      const unsubscribe = await overlayFeed.subscribe(subscriber, after);
      if (!unsubscribe) return;
      try {
        await client.done;
        await client.drained();
      } finally {
        unsubscribe();
      }
    });
  });
}
