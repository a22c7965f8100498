import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import type { Creator } from '@core/messages';
import type { Viewer } from '@core/messages/gift-server-api';
import type { PaymentProvider } from '@core/ports';
import type { SqlDriver } from '@core/storage';
import type { CreatorTokens } from './auth/creator-tokens';
import type { RoleParty, RoleTokens } from './auth/role-tokens';
import type { ViewerTokens } from './auth/viewer-tokens';
import type { ServerConfig } from './config';
import type { GiftFeed } from './feed/gift-feed';
import type { StreamRegistry } from './feed/stream-registry';
import type { OverlayFeed } from './overlay/overlay-feed';
import type { OverlayStore } from './overlay/overlay-store';
import { errorBody, errorResponse } from './http/error-response';
import { writeRateLimit } from './http/write-rate-limit';
import { openApiDocument } from './openapi';
import { catalogRoutes } from './routes/catalog-routes';
import { giftCardRoutes } from './routes/gift-card-routes';
import { rechargeStatusRoutes } from './routes/recharge-status-routes';
import { overlayPageRoutes } from './routes/overlay-page-routes';
import { overlayRoutes } from './routes/overlay-routes';
import { creatorOverlayRoutes } from './routes/creator-overlay-routes';
import { creatorRoutes } from './routes/creator-routes';
import { creatorSessionRoutes } from './routes/creator-session-routes';
import { operatorRoutes } from './routes/operator-routes';
import { limitRoutes } from './routes/limit-routes';
import { sessionRoutes } from './routes/session-routes';
import { streamRoutes } from './routes/stream-routes';
import { walletRoutes } from './routes/wallet-routes';
import { webhookRoutes } from './routes/webhook-routes';

export interface ServerDeps {
  config: ServerConfig;
  driver: SqlDriver;
  feed: GiftFeed;
  streams: StreamRegistry;
  overlays: OverlayStore;
  overlayFeed: OverlayFeed;
  tokens: ViewerTokens;
  creatorTokens: CreatorTokens;
  operatorTokens: RoleTokens;
  /** Signs demo sessions; absent in live mode. */
  demoSecret: Uint8Array | undefined;
  payments: PaymentProvider;
  logger: Logger;
  /** Set while shutting down: new requests get 503. */
  isClosing?: () => boolean;
}

export type AppEnv = { Variables: { viewer: Viewer; creator: Creator; operator: RoleParty; deps: ServerDeps } };
export type AppContext = Context<AppEnv>;

/** Overlay URLs are secrets: logs keep their shape, not their token. */
const redactOverlayToken = (path: string) => path.replace(/\/overlay\/[^/]+/, '/overlay/…');

/** The HTTP API (and, when built, the demo site) over one database. */
export function createApp(deps: ServerDeps): Hono<AppEnv> {
  const { config, logger } = deps;
  const app = new Hono<AppEnv>();
  const logError = (error: unknown) => logger.error({ err: error }, 'request failed');

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('deps', deps);
    if (deps.isClosing?.()) {
      c.header('Connection', 'close');
      return c.json(errorBody('unavailable', 'The server is shutting down; try again in a moment.'), 503);
    }
    await next();
    logger.info({ method: c.req.method, path: redactOverlayToken(c.req.path), status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  // Sites embed the widget and call the API from their own pages: no frame or resource-policy block.
  app.use('*', secureHeaders({ xFrameOptions: false, crossOriginResourcePolicy: 'cross-origin', crossOriginOpenerPolicy: false }));
  app.use(
    '/v1/*',
    cors({
      origin: (origin) => (config.allowedOrigins.includes(origin) ? origin : null),
      allowHeaders: ['Authorization', 'Content-Type', 'Last-Event-ID'],
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );
  // Before the JSON body limit and the write rate limit: a signed event is read as raw bytes, with its own limit.
  app.route('/v1', webhookRoutes());
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      onError: (c) => c.json(errorBody('body-too-large', `Request bodies are limited to ${config.bodyLimitBytes} bytes.`), 413),
    }),
  );
  app.use('/v1/*', writeRateLimit(config));

  app.get('/healthz', async (c) => {
    try {
      await deps.driver.query('SELECT 1');
      return c.json({ ok: true, database: deps.driver.engine });
    } catch {
      return c.json({ ok: false, database: deps.driver.engine }, 503);
    }
  });
  app.get('/v1/openapi.json', (c) => c.json(openApiDocument()));
  app.route('/v1', sessionRoutes());
  app.route('/v1', creatorSessionRoutes());
  app.route('/v1', creatorRoutes());
  app.route('/v1', creatorOverlayRoutes());
  app.route('/v1', operatorRoutes());
  app.route('/v1', catalogRoutes());
  app.route('/v1', walletRoutes(config));
  app.route('/v1', limitRoutes(config));
  app.route('/v1', streamRoutes());
  app.route('/v1', rechargeStatusRoutes());
  app.route('/v1', giftCardRoutes(config));
  app.route('/v1', overlayRoutes());
  app.all('/v1/*', (c) => c.json(errorBody('not-found', `There is no ${c.req.method} ${c.req.path}.`), 404));

  // The built demo pages and widget, as a site would host them (npm run build writes .output/).
  const files = serveStatic({ root: config.staticDir });
  app.get('/', serveStatic({ root: config.staticDir, path: 'index.html' }));
  app.get('/favicon.svg', serveStatic({ root: `${config.staticDir}/demo` }));
  app.get('/demo', (c) => c.redirect('/demo/'));
  app.get('/demo/*', files);
  app.get('/widget/*', files);
  app.route('/', overlayPageRoutes(config.staticDir));
  app.get('/creator', (c) => c.redirect('/creator/'));
  app.get('/creator/*', files);

  app.onError((error, c) => errorResponse(c, error, logError));
  app.notFound((c) => c.json(errorBody('not-found', `There is no ${c.req.method} ${c.req.path}.`), 404));
  return app;
}
