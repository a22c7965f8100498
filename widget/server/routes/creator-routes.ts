import { Hono } from 'hono';
import type { AppEnv } from '../app';
import { requireCreator } from '../auth/require-creator';

/** The signed-in creator's own API (the dashboard's): every path needs a creator token. */
export function creatorRoutes() {
  const routes = new Hono<AppEnv>();
  routes.use('/creator/*', requireCreator);

  routes.get('/creator/me', (c) => c.json({ creator: c.var.creator }));

  return routes;
}
