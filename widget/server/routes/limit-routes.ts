import { Hono } from 'hono';
import { budgetStatus } from '@core/limits';
import type { LimitPolicy } from '@core/limits';
import { monthKeyOf } from '@core/history';
import { budgetRequestSchema, type LimitsResponse } from '@core/messages/gift-server-api';
import type { WalletService } from '@core/wallet';
import type { AppEnv } from '../app';
import type { ServerConfig } from '../config';
import { requireViewer } from '../auth/require-viewer';
import { readJson } from '../http/read-json';
import { viewerRateLimit } from '../http/write-rate-limit';
import { viewerWallet } from '../viewer-wallet';

async function limitsOf(service: WalletService, policy?: LimitPolicy): Promise<LimitsResponse> {
  const [current, month] = await Promise.all([policy ?? service.getPolicy(), service.monthlySummary(monthKeyOf(Date.now(), service.timeZone))]);
  const cap = current.budget.monthlyGiftCoins;
  const spent = Math.max(0, month.spent);
  return {
    budget: { monthlyGiftCoins: cap, spentThisMonth: spent, ...budgetStatus(spent, cap) },
    parental: current.parental,
  };
}

/**
 * The signed-in viewer's own limits. The viewer sets their budget (the core's rule: it only warns and stops,
 * and the viewer may raise it); the parental limits are shown, never changed here: they sit behind a parent's
 * PIN, which this server does not hold.
 */
export function limitRoutes(config: ServerConfig) {
  const routes = new Hono<AppEnv>();
  routes.use('/limits', requireViewer);
  routes.use('/limits/*', requireViewer, viewerRateLimit(config));
  const serviceOf = (c: { var: AppEnv['Variables'] }) => viewerWallet(c.var.deps.driver, c.var.deps.payments, c.var.viewer).service;

  routes.get('/limits', async (c) => c.json(await limitsOf(serviceOf(c))));

  routes.post('/limits/budget', async (c) => {
    const { monthlyGiftCoins } = await readJson(c, budgetRequestSchema);
    const service = serviceOf(c);
    return c.json(await limitsOf(service, await service.setBudget(monthlyGiftCoins)));
  });

  return routes;
}
