import { Hono } from 'hono';
import { demoSessionRequestSchema, type DemoSessionResponse } from '@core/messages/gift-server-api';
import type { AppEnv } from '../app';
import { demoViewer } from '../auth/demo-viewer';
import { signDemoToken } from '../auth/viewer-tokens';
import { ApiFailure } from '../http/api-failure';
import { readJson } from '../http/read-json';

/** POST /v1/demo/session { name }: a viewer token for that name, in demo mode only. */
export function sessionRoutes() {
  return new Hono<AppEnv>().post('/demo/session', async (c) => {
    const { config, demoSecret } = c.var.deps;
    if (config.mode !== 'demo' || !demoSecret) throw new ApiFailure(404, 'demo-disabled', 'Demo sessions are off: this server runs in live mode.');
    const { name } = await readJson(c, demoSessionRequestSchema);
    const viewer = demoViewer(name);
    const body: DemoSessionResponse = { token: await signDemoToken(demoSecret, viewer, config.auth.issuer), viewer };
    return c.json(body, 201);
  });
}
