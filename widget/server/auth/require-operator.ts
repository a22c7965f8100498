import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app';
import { bearerToken } from '../http/bearer-token';

/** `Authorization: Bearer <operator jwt>` → `c.var.operator`; 401 for no or a bad token, 403 for another role's. */
export const requireOperator: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('operator', await c.var.deps.operatorTokens.verify(bearerToken(c, 'operator')));
  await next();
};
