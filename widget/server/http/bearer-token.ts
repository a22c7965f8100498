import type { Context } from 'hono';
import { ApiFailure } from './api-failure';

/** The token of `Authorization: Bearer <jwt>`, or 401 naming what kind of token to send. */
export function bearerToken(c: Context, what: string): string {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_\-.]{1,4096})$/.exec(header);
  if (!match) throw new ApiFailure(401, 'unauthorized', `Send the ${what} token as "Authorization: Bearer <token>".`);
  return match[1]!;
}
