import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app';
import { bearerToken } from '../http/bearer-token';

/** `Authorization: Bearer <jwt>` → the viewer, or 401. */
export const requireViewer: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('viewer', await c.var.deps.tokens.verify(bearerToken(c, 'viewer')));
  await next();
};
