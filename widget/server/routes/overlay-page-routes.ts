import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../app';
import { overlayCreator } from './overlay-routes';

/** The pages a streaming app loads as browser sources: nothing but this server, nothing inline. */
const OVERLAY_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const PAGES = { '': 'alerts.html', '/goal': 'goal.html', '/top-gifters': 'top-gifters.html' } as const;

/**
 * /overlay/{token} (alerts), /overlay/{token}/goal and /overlay/{token}/top-gifters: the built pages of
 * .output/overlay, served only for a token that is the creator's current one. Their scripts and styles sit
 * in /overlay/assets/.
 */
export function overlayPageRoutes(staticDir: string) {
  const page = async (c: AppContext, file: string) => {
    let html: string;
    try {
      html = await readFile(join(staticDir, 'overlay', file), 'utf8');
    } catch {
      return c.text('The overlay pages are not built: run npm run build.', 503);
    }
    c.header('Content-Security-Policy', OVERLAY_CSP);
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    return c.html(html);
  };
  const routes = new Hono<AppEnv>();
  routes.get('/overlay/assets/*', serveStatic({ root: staticDir }));
  for (const [suffix, file] of Object.entries(PAGES)) {
    routes.get(`/overlay/:token${suffix}`, async (c) => {
      await overlayCreator(c);
      return page(c, file);
    });
  }
  return routes;
}
