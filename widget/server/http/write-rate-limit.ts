import type { MiddlewareHandler } from 'hono';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppEnv } from '../app';
import { clientAddress } from './client-address';
import type { ServerConfig } from '../config';
import { ApiFailure } from './api-failure';

/**
 * Writes per second, counted in this process. The defaults sit far above a human pace (a combo is about
 * 10 taps a second) and far below what would flood the database.
 */
function limiter(pointsPerSecond: number, what: string) {
  const counter = new RateLimiterMemory({ points: pointsPerSecond, duration: 1 });
  return async (key: string) => {
    try {
      await counter.consume(key);
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      const seconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
      throw new ApiFailure(429, 'rate-limited', `Too many requests from this ${what}; try again in ${seconds} s.`, { 'Retry-After': String(seconds) });
    }
  };
}

/** POST requests per client address (before the token is even checked). */
export function writeRateLimit(config: ServerConfig): MiddlewareHandler<AppEnv> {
  const consume = limiter(config.writeRatePerAddress, 'address');
  return async (c, next) => {
    if (c.req.method === 'POST') await consume(clientAddress(c, config.trustProxy));
    await next();
  };
}

/** POST requests per signed-in viewer (after requireViewer). */
export function viewerRateLimit(config: ServerConfig): MiddlewareHandler<AppEnv> {
  const consume = limiter(config.writeRatePerViewer, 'viewer');
  return async (c, next) => {
    if (c.req.method === 'POST') await consume(c.var.viewer.id);
    await next();
  };
}
