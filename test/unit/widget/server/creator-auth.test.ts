// Creator sign-in: creator tokens, the demo creator session, and attacks on both.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creatorSchema, demoCreatorSessionResponseSchema } from '@core/messages';
import { apiErrorSchema, walletResponseSchema } from '@core/messages/gift-server-api';
import { apiOf, LIVE_PAYMENTS_ENV, openMemoryDatabase, testServer, type Api, type ServerParts } from './support/test-app';

const SECRET = 'a-site-secret-that-is-long-enough-1234567890';
let database: Awaited<ReturnType<typeof openMemoryDatabase>>;
let parts: ServerParts;
let api: Api;

beforeAll(async () => {
  database = await openMemoryDatabase();
  parts = await testServer(database, { LIVEGIFT_JWT_SECRET: SECRET });
  api = apiOf(parts);
}, 180_000);

afterAll(async () => {
  await parts?.close();
  await database?.close();
});

function siteToken(claims: Record<string, unknown>, options: { secret?: string; expires?: string | number; audience?: string } = {}) {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(options.expires ?? '1h');
  if (options.audience !== '') jwt.setAudience(options.audience ?? 'livegift');
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
}

async function me(token: string | undefined) {
  const response = await api.request('/v1/creator/me', { token });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('creator tokens', { timeout: 60_000 }, () => {
  it("accepts the site's creator token and names the creator gifts are sent to", async () => {
    const token = await siteToken({ sub: 'mia-cooks', name: 'Mia Cooks', role: 'creator' });
    const { status, body } = await me(token);
    expect(status).toBe(200);
    expect(creatorSchema.parse((body as { creator: unknown }).creator)).toEqual({ id: 'mia-cooks', name: 'Mia Cooks' });
  });

  it('refuses a viewer token as a creator token with 403, whatever its sub says', async () => {
    const { token } = await api.signIn('Mia Cooks');
    const site = await siteToken({ sub: 'mia-cooks', name: 'Mia Cooks' });
    const viewerRole = await siteToken({ sub: 'mia-cooks', name: 'Mia Cooks', role: 'viewer' });
    const operator = await siteToken({ sub: 'mia-cooks', name: 'Mia Cooks', role: 'operator' });
    for (const candidate of [token, site, viewerRole, operator]) {
      const { status, body } = await me(candidate);
      expect(status).toBe(403);
      expect(apiErrorSchema.parse(body).error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/creator token/) });
    }
  });

  it('refuses a creator token as a viewer token: it cannot spend coins under the creator id', async () => {
    const { token } = demoCreatorSessionResponseSchema.parse(await (await api.request('/v1/demo/creator-session', { json: { name: 'Mia Cooks' } })).json());
    const site = await siteToken({ sub: 'mia-cooks', name: 'Mia Cooks', role: 'creator' });
    for (const candidate of [token, site]) {
      const wallet = await api.request('/v1/wallet', { token: candidate });
      expect(wallet.status).toBe(401);
      expect(apiErrorSchema.parse(await wallet.json()).error.code).toBe('unauthorized');
      expect((await api.gift(candidate, {})).status).toBe(401);
    }
  });

  it('refuses missing, forged-role, wrong-audience, expired, foreign-key and unsigned tokens with 401', async () => {
    const claims = { sub: 'mia-cooks', name: 'Mia Cooks', role: 'creator' };
    const viewerToken = (await api.signIn()).token;
    const [header, payload, signature] = viewerToken.split('.');
    const withRole = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'creator', sub: 'mia-cooks' })).toString('base64url');
    const bad: (string | undefined)[] = [
      undefined,
      'not-a-jwt',
      // A viewer's token with the role added by hand: the signature no longer matches.
      `${header}.${withRole}.${signature}`,
      await siteToken(claims, { audience: 'another-app' }),
      await siteToken(claims, { audience: '' }),
      await siteToken(claims, { expires: Math.floor(Date.now() / 1000) - 60 }),
      await siteToken(claims, { secret: 'someone-elses-secret-that-is-long-enough-123' }),
      await siteToken({ name: 'No Sub', role: 'creator' }),
      await siteToken({ sub: 'has spaces', name: 'Spaces', role: 'creator' }),
      await siteToken({ sub: 'no-name', role: 'creator' }),
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, aud: 'livegift', exp: 9e9 })).toString('base64url')}.`,
    ];
    for (const candidate of bad) {
      const { status, body } = await me(candidate);
      expect(status, String(candidate)).toBe(401);
      expect(apiErrorSchema.parse(body).error.code).toBe('unauthorized');
    }
    expect(apiErrorSchema.parse((await me(bad[5])).body).error.message).toMatch(/expired/);
  });
});

describe('demo creator sessions', { timeout: 60_000 }, () => {
  it('signs a creator in by name; the name picks the creator id gifts use', async () => {
    for (const name of ['Mia Cooks', 'mia-cooks', '  MÍA  cooks ']) {
      const response = await api.request('/v1/demo/creator-session', { json: { name } });
      expect(response.status).toBe(201);
      const session = demoCreatorSessionResponseSchema.parse(await response.json());
      expect(session.creator.id).toBe('mia-cooks');
      const { body } = await me(session.token);
      expect(body).toEqual({ creator: session.creator });
    }
  });

  it('refuses names without a letter or digit, bad shapes and extra fields', async () => {
    for (const json of [{ name: '' }, { name: '!!!' }, { name: 'x'.repeat(41) }, { name: 7 }, {}, { name: 'Mia', role: 'operator' }]) {
      const response = await api.request('/v1/demo/creator-session', { json });
      expect(response.status).toBe(400);
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe('invalid-request');
    }
  });

  it('is off in live mode', async () => {
    const live = await testServer(database, { LIVEGIFT_MODE: 'live', LIVEGIFT_JWT_SECRET: SECRET, ...LIVE_PAYMENTS_ENV });
    try {
      const response = await apiOf(live).request('/v1/demo/creator-session', { json: { name: 'Mia Cooks' } });
      expect(response.status).toBe(404);
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe('demo-disabled');
    } finally {
      await live.close();
    }
  });

  it('leaves viewer wallets working with viewer tokens', async () => {
    const { token } = await api.signIn();
    expect(walletResponseSchema.parse(await (await api.request('/v1/wallet', { token })).json()).balance).toBe(0);
  });
});
