import { Hono } from 'hono';
import { z } from 'zod';
import { rechargeRecordSchema } from '@core/recharge';
import type { AppEnv } from '../app';
import { requireViewer } from '../auth/require-viewer';
import { LIVE_FAILURE_MESSAGES } from '../payments/live-failure-messages';
import { viewerWallet } from '../viewer-wallet';

const RECENT = 20;

export const rechargeStatusResponseSchema = z.object({
  recharges: z.array(z.object({ recharge: rechargeRecordSchema, message: z.string().nullable() })),
});
export type RechargeStatusResponse = z.infer<typeof rechargeStatusResponseSchema>;

/**
 * GET /v1/recharges: the viewer's latest recharges, after asking the provider about pending ones, each
 * failed one with what the viewer is told. The page a checkout returns to polls it until nothing is pending.
 */
export function rechargeStatusRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/recharges', requireViewer, async (c) => {
    const { service } = viewerWallet(c.var.deps.driver, c.var.deps.payments, c.var.viewer);
    await service.refreshPending();
    const recent = (await service.listRecharges()).sort((a, b) => b.updatedAt - a.updatedAt).slice(0, RECENT);
    const body: RechargeStatusResponse = {
      recharges: recent.map((recharge) => ({ recharge, message: recharge.failureReason ? LIVE_FAILURE_MESSAGES[recharge.failureReason] : null })),
    };
    return c.json(body);
  });
  return routes;
}
