import { Hono } from 'hono';
import { z } from 'zod';
import { partyIdSchema } from '@core/ledger';
import { demoCreatorSessionRequestSchema } from '@core/messages';
import type { AppContext, AppEnv } from '../app';
import { demoCreator } from '../auth/demo-creator';
import { signDemoOperatorToken } from '../auth/operator-tokens';
import { requireOperator } from '../auth/require-operator';
import { creatorPayoutDesk, creatorsWithPendingPayouts } from '../creator-payouts';
import { ApiFailure } from '../http/api-failure';
import { readJson } from '../http/read-json';

const payoutPath = z.object({ creator: partyIdSchema, payout: z.string().min(1).max(200) });

function deskOfPath(c: AppContext) {
  const parsed = payoutPath.safeParse({ creator: c.req.param('creator'), payout: c.req.param('payout') });
  if (!parsed.success) throw new ApiFailure(400, 'invalid-request', z.prettifyError(parsed.error));
  return { desk: creatorPayoutDesk(c.var.deps.driver, parsed.data.creator, c.var.deps.config.cashOut), payoutId: parsed.data.payout };
}

/** The payout operator: the payouts waiting, and marking each paid or rejected. Every path needs an operator token. */
export function operatorRoutes() {
  const routes = new Hono<AppEnv>();

  routes.post('/demo/operator-session', async (c) => {
    const { config, demoSecret } = c.var.deps;
    if (config.mode !== 'demo' || !demoSecret) throw new ApiFailure(404, 'demo-disabled', 'Demo sessions are off: this server runs in live mode.');
    const { name } = await readJson(c, demoCreatorSessionRequestSchema);
    const operator = demoCreator(name);
    return c.json({ token: await signDemoOperatorToken(demoSecret, operator, config.auth.issuer), operator }, 201);
  });

  routes.use('/operator/*', requireOperator);

  routes.get('/operator/payouts', async (c) => {
    const { driver, config } = c.var.deps;
    const creators = await creatorsWithPendingPayouts(driver);
    const lists = await Promise.all(creators.map((creator) => creatorPayoutDesk(driver, creator, config.cashOut).list()));
    const payouts = lists.flat().filter((payout) => payout.state === 'pending').sort((a, b) => a.requestedAt - b.requestedAt);
    return c.json({ payouts });
  });

  routes.post('/operator/payouts/:creator/:payout/paid', async (c) => {
    const input = await readJson(c, z.unknown());
    const { desk, payoutId } = deskOfPath(c);
    return c.json(await desk.markPaid(payoutId, input));
  });

  routes.post('/operator/payouts/:creator/:payout/rejected', async (c) => {
    const input = await readJson(c, z.unknown());
    const { desk, payoutId } = deskOfPath(c);
    return c.json(await desk.reject(payoutId, input));
  });

  return routes;
}
