import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app';
import { bearerToken } from '../http/bearer-token';

/** `Authorization: Bearer <creator jwt>` → `c.var.creator` ({ id, name }); 401 for no or a bad token, 403 for another role's. */
export const requireCreator: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('creator', await c.var.deps.creatorTokens.verify(bearerToken(c, 'creator')));
  await next();
};
