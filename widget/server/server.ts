import { serve, type ServerType } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import { createApp } from './app';
import { demoSigningKey } from './auth/demo-signing-key';
import { creatorTokens } from './auth/creator-tokens';
import { operatorTokens } from './auth/operator-tokens';
import { viewerTokens, type TokenKeys } from './auth/viewer-tokens';
import type { ServerConfig } from './config';
import { openDatabase, type Database } from './db/open-database';
import { migrate } from './db/migrate';
import { GiftFeed } from './feed/gift-feed';
import { StreamRegistry } from './feed/stream-registry';
import { StripeCheckoutProvider, stripeClient } from './payments/stripe-checkout-provider';
import { settlePendingRecharges, settlePendingRechargesEvery } from './payments/pending-recharges';
import { PersistedSandboxProvider } from './payments/persisted-sandbox-provider';

/** How often unfinished recharges are asked about again (a delayed test payment settles within this). */
const PENDING_RECHARGE_CHECK_MS = 5_000;

export interface RunningServer {
  url: string;
  port: number;
  logger: Logger;
  /** Stops accepting, ends the feeds, lets in-flight requests finish, closes the database. */
  close(): Promise<void>;
}

/** Everything behind the HTTP listener, for tests that call app.request() and for the listener itself. */
export async function createServerParts(config: ServerConfig, logger: Logger, database: Database) {
  await migrate(database.driver);
  const streams = new StreamRegistry(database.driver);
  await streams.seed(config.streams);
  const feed = new GiftFeed(database.driver, streams, {
    pollMs: config.feedPollMs,
    heartbeatMs: config.heartbeatMs,
    onError: (error) => logger.error({ err: error }, 'gift feed'),
  });
  await feed.start((channel, onNotify) => database.listen(channel, onNotify));
  const secrets: Uint8Array[] = config.auth.secret ? [new TextEncoder().encode(config.auth.secret)] : [];
  const demoSecret = config.mode === 'demo' ? (secrets[0] ?? demoSigningKey(config.dataDir)) : undefined;
  if (demoSecret && !secrets.includes(demoSecret)) secrets.push(demoSecret);
  const keys: TokenKeys = { secrets, publicKeyPem: config.auth.publicKeyPem, jwksUrl: config.auth.jwksUrl, issuer: config.auth.issuer };
  const payments = config.payments.stripe
    ? new StripeCheckoutProvider({
        stripe: stripeClient(config.payments.stripe),
        driver: database.driver,
        returnUrl: config.payments.stripe.returnUrl,
        onError: (error, what) => logger.error({ err: error }, what),
      })
    : new PersistedSandboxProvider(database.driver);
  const stopSettling = settlePendingRechargesEvery(
    PENDING_RECHARGE_CHECK_MS,
    () => settlePendingRecharges(database.driver, payments),
    (error) => logger.error({ err: error }, 'pending recharges'),
  );
  let closing = false;
  const app = createApp({
    config,
    driver: database.driver,
    feed,
    streams,
    tokens: viewerTokens(keys),
    creatorTokens: creatorTokens(keys),
    operatorTokens: operatorTokens(keys),
    demoSecret,
    payments,
    logger,
    isClosing: () => closing,
  });
  return {
    app,
    feed,
    async close() {
      closing = true;
      await Promise.all([feed.stop(), stopSettling()]);
    },
  };
}

export async function startServer(config: ServerConfig, logger: Logger = pino({ level: config.logLevel })): Promise<RunningServer> {
  const started = performance.now();
  const database = await openDatabase(config);
  let parts: Awaited<ReturnType<typeof createServerParts>>;
  try {
    parts = await createServerParts(config, logger, database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const server: ServerType = await new Promise((resolve) => {
    const listening = serve({ fetch: parts.app.fetch, port: config.port, hostname: config.host }, () => resolve(listening));
  });
  // Longer than the 5 s default, so a client (or a load balancer) never reuses a socket the server just closed.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  logger.info({ url, database: database.driver.engine, ms: Math.round(performance.now() - started) }, 'gift server listening');
  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    logger,
    close() {
      closed ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await parts.close();
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        await stopped;
        await database.close();
        logger.info('gift server stopped');
      })();
      return closed;
    },
  };
}
