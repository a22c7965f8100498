import { Hono } from 'hono';
import { DEFAULT_GIFT_CATALOG, findGift } from '@core/gift-catalog';
import {
  hideViewerRequestSchema,
  OVERLAY_PATHS,
  overlaySettingsRequestSchema,
  testAlertRequestSchema,
  type CreatorOverlayResponse,
  type OverlayGiftersResponse,
  type OverlayUrlResponse,
} from '@core/messages';
import type { AppContext, AppEnv } from '../app';
import { requireCreator } from '../auth/require-creator';
import { ApiFailure } from '../http/api-failure';
import { readJson } from '../http/read-json';
import { overlayDisplayName } from '@core/overlay';
import { alertOf } from '../overlay/overlay-feed';
import { viewerKeyOf } from '../overlay/overlay-token';

/** How many of the creator's gifters the hide list can pick from. */
const GIFTERS_LISTED = 200;

async function overlayState(c: AppContext): Promise<CreatorOverlayResponse> {
  const { overlays, overlayFeed } = c.var.deps;
  const creator = c.var.creator.id;
  const [settings, hidden, createdAt, connections] = await Promise.all([
    overlays.settings(creator),
    overlays.hiddenViewers(creator),
    overlays.tokenCreatedAt(creator),
    overlayFeed.connections(creator),
  ]);
  return {
    settings,
    hiddenViewers: hidden.map((viewer) => ({ viewerKey: viewerKeyOf(creator, viewer.viewerId), name: overlayDisplayName(viewer.name), hiddenAt: viewer.hiddenAt })),
    url: { exists: createdAt !== null, createdAt },
    connected: connections > 0,
    connections,
  };
}

/** The signed-in creator's overlay: its secret URL, alert settings, hidden viewers and test alerts. */
export function creatorOverlayRoutes() {
  const routes = new Hono<AppEnv>();
  routes.use('/creator/overlay', requireCreator);
  routes.use('/creator/overlay/*', requireCreator);

  routes.get('/creator/overlay', async (c) => c.json(await overlayState(c)));

  routes.post('/creator/overlay/url', async (c) => {
    const { overlays, overlayFeed } = c.var.deps;
    const createdAt = Date.now();
    const token = await overlays.issueToken(c.var.creator.id, createdAt);
    // This process ends the old URL's streams now; other instances on NOTIFY.
    overlayFeed.refresh();
    const origin = new URL(c.req.url).origin;
    const body: OverlayUrlResponse = {
      token,
      createdAt,
      urls: {
        alerts: origin + OVERLAY_PATHS.alertsPage(token),
        goal: origin + OVERLAY_PATHS.goalPage(token),
        topGifters: origin + OVERLAY_PATHS.topGiftersPage(token),
      },
    };
    c.header('Cache-Control', 'no-store');
    return c.json(body, 201);
  });

  routes.post('/creator/overlay/settings', async (c) => {
    const settings = await readJson(c, overlaySettingsRequestSchema);
    await c.var.deps.overlays.saveSettings(c.var.creator.id, settings, Date.now());
    c.var.deps.overlayFeed.refresh();
    return c.json(await overlayState(c));
  });

  routes.get('/creator/overlay/gifters', async (c) => {
    const creator = c.var.creator.id;
    const { overlays } = c.var.deps;
    const [gifters, hidden] = await Promise.all([overlays.gifters(creator, GIFTERS_LISTED), overlays.hiddenViewers(creator)]);
    const hiddenIds = new Set(hidden.map((viewer) => viewer.viewerId));
    const body: OverlayGiftersResponse = {
      gifters: gifters.map((gifter) => ({
        viewerKey: viewerKeyOf(creator, gifter.viewerId),
        name: overlayDisplayName(gifter.name),
        coins: gifter.coins,
        hidden: hiddenIds.has(gifter.viewerId),
      })),
    };
    return c.json(body);
  });

  routes.post('/creator/overlay/hidden', async (c) => {
    const { viewerKey, hidden } = await readJson(c, hideViewerRequestSchema);
    const creator = c.var.creator.id;
    const { overlays, overlayFeed } = c.var.deps;
    // Viewer keys stand for viewer ids the creator never sees: find the one among their gifters (or hidden viewers).
    const known = [...(await overlays.gifters(creator, GIFTERS_LISTED)), ...(await overlays.hiddenViewers(creator))];
    const viewer = known.find((candidate) => viewerKeyOf(creator, candidate.viewerId) === viewerKey);
    if (!viewer) throw new ApiFailure(404, 'not-found', 'No viewer with this key has sent you gifts.');
    await overlays.setHidden(creator, { id: viewer.viewerId, name: viewer.name }, hidden, Date.now());
    overlayFeed.refresh();
    return c.json(await overlayState(c));
  });

  routes.post('/creator/overlay/test-alert', async (c) => {
    const request = await readJson(c, testAlertRequestSchema);
    const gift = findGift(DEFAULT_GIFT_CATALOG, request.giftId);
    if (!gift) throw new ApiFailure(422, 'unknown-gift', `There is no gift "${request.giftId}".`);
    const { overlays, overlayFeed } = c.var.deps;
    const body = {
      from: request.from,
      giftId: gift.id,
      count: request.count,
      coins: gift.coins * request.count,
      at: Date.now(),
      ...(request.message ? { message: request.message } : {}),
    };
    const creator = c.var.creator.id;
    const id = await overlays.insertTestAlert(creator, body);
    overlayFeed.wake();
    return c.json({ alert: alertOf({ id, kind: 'test', creator, stream: null, viewer_id: null, body }) }, 201);
  });

  return routes;
}
