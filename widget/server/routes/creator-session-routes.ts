import { Hono } from 'hono';
import { demoCreatorSessionRequestSchema, type DemoCreatorSessionResponse } from '@core/messages';
import type { AppEnv } from '../app';
import { demoCreator } from '../auth/demo-creator';
import { signDemoCreatorToken } from '../auth/creator-tokens';
import { ApiFailure } from '../http/api-failure';
import { readJson } from '../http/read-json';

/** POST /v1/demo/creator-session { name }: a creator token for that name, in demo mode only. */
export function creatorSessionRoutes() {
  return new Hono<AppEnv>().post('/demo/creator-session', async (c) => {
    const { config, demoSecret } = c.var.deps;
    if (config.mode !== 'demo' || !demoSecret) throw new ApiFailure(404, 'demo-disabled', 'Demo sessions are off: this server runs in live mode.');
    const { name } = await readJson(c, demoCreatorSessionRequestSchema);
    const creator = demoCreator(name);
    const body: DemoCreatorSessionResponse = { token: await signDemoCreatorToken(demoSecret, creator, config.auth.issuer), creator };
    return c.json(body, 201);
  });
}
