import { Hono } from 'hono';
import { z } from 'zod';
import {
  earningsQuerySchema,
  goalUpdateSchema,
  type CreatorSummary,
  type EarningsResponse,
} from '@core/messages';
import { earningsReport, earningsToCsv } from '@core/creator';
import { estimateCashOut } from '@core/gifts';
import { minimumPayoutDiamonds } from '@core/payouts';
import type { AppContext, AppEnv } from '../app';
import { requireCreator } from '../auth/require-creator';
import { creatorPayoutDesk } from '../creator-payouts';
import { receivedGifts } from '../creator-earnings';
import { ApiFailure } from '../http/api-failure';
import { readJson } from '../http/read-json';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The signed-in creator's own payouts: the id comes from the token, never from the request. */
const deskOf = (c: AppContext) => creatorPayoutDesk(c.var.deps.driver, c.var.creator.id, c.var.deps.config.cashOut);

function earningsQuery(c: AppContext) {
  const parsed = earningsQuerySchema.safeParse(c.req.query());
  if (!parsed.success) throw new ApiFailure(400, 'invalid-request', z.prettifyError(parsed.error));
  const toMs = Date.now() + 1;
  return { ...parsed.data, toMs, fromMs: toMs - parsed.data.days * DAY_MS };
}

/** The signed-in creator's own API (the dashboard's): every path needs a creator token. */
export function creatorRoutes() {
  const routes = new Hono<AppEnv>();
  routes.use('/creator/*', requireCreator);

  routes.get('/creator/me', (c) => c.json({ creator: c.var.creator }));

  routes.get('/creator/summary', async (c) => {
    const policy = c.var.deps.config.cashOut;
    const { diamonds, pendingDiamonds } = await deskOf(c).balances();
    const { estimateMinor, eligible, shortfallMinor } = estimateCashOut(diamonds, policy);
    const body: CreatorSummary = {
      creator: c.var.creator,
      diamonds,
      pendingDiamonds,
      estimate: { estimateMinor, eligible, shortfallMinor },
      rate: { ...policy, minimumDiamonds: minimumPayoutDiamonds(policy) },
    };
    return c.json(body);
  });

  routes.get('/creator/earnings', async (c) => {
    const query = earningsQuery(c);
    const { gifts, truncated } = await receivedGifts(c.var.deps.driver, c.var.creator.id, query.fromMs, query.toMs);
    const body: EarningsResponse = { fromMs: query.fromMs, toMs: query.toMs, timeZone: query.timeZone, truncated, ...earningsReport(gifts, query) };
    return c.json(body);
  });

  routes.get('/creator/earnings.csv', async (c) => {
    const query = earningsQuery(c);
    const { gifts } = await receivedGifts(c.var.deps.driver, c.var.creator.id, query.fromMs, query.toMs);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="livegift-gifts-received.csv"');
    return c.body(earningsToCsv(gifts));
  });

  routes.get('/creator/payouts', async (c) => c.json({ payouts: await deskOf(c).list() }));

  routes.post('/creator/payouts', async (c) => {
    const input = await readJson(c, z.unknown());
    return c.json(await deskOf(c).request(input), 201);
  });

  routes.get('/creator/streams', async (c) => {
    const streams = await c.var.deps.streams.ofCreator(c.var.creator.id);
    return c.json({ streams: streams.map(({ id, goal }) => ({ id, goal })) });
  });

  routes.post('/creator/streams/:stream/goal', async (c) => {
    const { goal } = await readJson(c, goalUpdateSchema);
    const id = c.req.param('stream');
    const { streams, feed } = c.var.deps;
    const updated = await streams.setGoal(id, c.var.creator.id, goal);
    // Another creator's stream answers as an unknown one: ids of others' streams are not confirmed.
    if (!updated) throw new ApiFailure(404, 'unknown-stream', `You have no stream "${id}" on this server.`);
    await feed.goalChanged(updated);
    return c.json({ id: updated.id, goal: updated.goal });
  });

  return routes;
}
