import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app';
import { ApiFailure } from '../http/api-failure';

/** `Authorization: Bearer <jwt>` → the viewer, or 401. */
export const requireViewer: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_\-.]{1,4096})$/.exec(header);
  if (!match) throw new ApiFailure(401, 'unauthorized', 'Send the viewer token as "Authorization: Bearer <token>".');
  c.set('viewer', await c.var.deps.tokens.verify(match[1]!));
  await next();
};
