import { Hono } from 'hono';
import { DEFAULT_GIFT_CATALOG } from '@core/gift-catalog';
import type { CatalogResponse } from '@core/messages/gift-server-api';
import type { AppEnv } from '../app';

/** GET /v1/catalog: the gifts and the prices the server charges. No token: every viewer may see it. */
export function catalogRoutes() {
  return new Hono<AppEnv>().get('/catalog', (c) => {
    const body: CatalogResponse = { gifts: [...DEFAULT_GIFT_CATALOG] };
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(body);
  });
}
