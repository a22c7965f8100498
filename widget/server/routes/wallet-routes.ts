import { Hono } from 'hono';
import { z } from 'zod';
import {
  historyQuerySchema,
  rechargeRequestSchema,
  sendGiftRequestSchema,
  type HistoryResponse,
  type RechargeResponse,
  type SendGiftResponse,
  type WalletResponse,
} from '@core/messages/gift-server-api';
import { monthKeyOf } from '@core/history';
import type { AppEnv } from '../app';
import type { ServerConfig } from '../config';
import { requireViewer } from '../auth/require-viewer';
import { ApiFailure } from '../http/api-failure';
import { readJson } from '../http/read-json';
import { viewerRateLimit } from '../http/write-rate-limit';
import { viewerWallet } from '../viewer-wallet';

const walletOf = (c: { var: AppEnv['Variables'] }) => viewerWallet(c.var.deps.driver, c.var.deps.payments, c.var.viewer);

/** The signed-in viewer's wallet: balance, gifts, recharges, history. */
export function walletRoutes(config: ServerConfig) {
  const routes = new Hono<AppEnv>();
  const limit = viewerRateLimit(config);
  for (const path of ['/wallet', '/gifts', '/recharges', '/history', '/history.csv']) routes.use(path, requireViewer, limit);

  routes.get('/wallet', async (c) => {
    const { service } = walletOf(c);
    const [balance, policy, month] = await Promise.all([
      service.balance(),
      service.getPolicy(),
      service.monthlySummary(monthKeyOf(Date.now(), service.timeZone)),
    ]);
    const body: WalletResponse = {
      viewer: c.var.viewer,
      balance,
      mode: service.paymentMode,
      budget: { monthlyGiftCoins: policy.budget.monthlyGiftCoins, spentThisMonth: Math.max(0, month.spent) },
    };
    return c.json(body);
  });

  routes.post('/gifts', async (c) => {
    const request = await readJson(c, sendGiftRequestSchema);
    const { config, streams, feed } = c.var.deps;
    const known = await streams.find(request.stream);
    const stream = known ?? (config.mode === 'demo' ? await streams.claim(request.stream, request.creator) : undefined);
    if (!stream) throw new ApiFailure(404, 'unknown-stream', `There is no stream "${request.stream}" on this server.`);
    if (stream.creator !== request.creator) {
      throw new ApiFailure(400, 'invalid-request', `Stream "${request.stream}" belongs to creator "${stream.creator}", not "${request.creator}".`);
    }
    const entry: SendGiftResponse = await walletOf(c).port.sendGift(request);
    feed.kick();
    return c.json(entry, 201);
  });

  routes.post('/recharges', async (c) => {
    const request = await readJson(c, rechargeRequestSchema);
    const result: RechargeResponse = await walletOf(c).service.recharge(request);
    return c.json(result, result.receipt ? 201 : 202);
  });

  routes.get('/history', async (c) => {
    const query = parseQuery(c.req.query());
    const page = await walletOf(c).service.history({ ...query, cursor: query.cursor ?? null });
    const body: HistoryResponse = { entries: page.entries, nextCursor: page.nextCursor };
    return c.json(body);
  });

  routes.get('/history.csv', async (c) => {
    const query = parseQuery(c.req.query());
    const csv = await walletOf(c).service.exportCsv(query.kind ? { kind: query.kind } : {});
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="livegift-history.csv"');
    return c.body(csv);
  });

  return routes;
}

function parseQuery(query: Record<string, string>) {
  const parsed = historyQuerySchema.safeParse(query);
  if (!parsed.success) throw new ApiFailure(400, 'invalid-request', z.prettifyError(parsed.error));
  return parsed.data;
}
