// The server's parts that need no database: configuration, token checks, the data folder lock.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { viewerTokens } from '../../../../widget/server/auth/viewer-tokens';
import { ConfigError, DEMO_STREAM, loadConfig } from '../../../../widget/server/config';
import { FolderLockedError, lockFolder } from '../../../../widget/server/db/folder-lock';
import { LIVE_PAYMENTS_ENV } from './support/test-app';

describe('configuration', () => {
  it('has working defaults: demo mode, PGlite in .data, port 4173, the demo stream', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4173, mode: 'demo', databaseUrl: undefined, streams: [DEMO_STREAM] });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('names every invalid variable', () => {
    const attempt = () =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', LIVEGIFT_STREAMS: '[{"id":', LIVEGIFT_JWT_SECRET: 'short', LIVEGIFT_WRITE_RATE_PER_VIEWER: '-1' });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of ['PORT', 'DATABASE_URL', 'LIVEGIFT_STREAMS', 'LIVEGIFT_JWT_SECRET', 'LIVEGIFT_WRITE_RATE_PER_VIEWER']) expect(message).toContain(name);
  });

  it('refuses live mode without Stripe, naming each missing variable', () => {
    const message = (() => {
      try {
        loadConfig({ LIVEGIFT_MODE: 'live', LIVEGIFT_JWT_SECRET: 'x'.repeat(32), STRIPE_WEBHOOK_SECRET: 'whsec_abc' });
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('STRIPE_SECRET_KEY');
    expect(message).toContain('LIVEGIFT_CHECKOUT_RETURN_URL');
    expect(message).not.toContain('STRIPE_WEBHOOK_SECRET');
    expect(() => loadConfig({ LIVEGIFT_MODE: 'live', LIVEGIFT_JWT_SECRET: 'x'.repeat(32), ...LIVE_PAYMENTS_ENV, STRIPE_SECRET_KEY: 'pk_live_x' })).toThrow(/STRIPE_SECRET_KEY/);
    const stripe = loadConfig({ LIVEGIFT_MODE: 'live', LIVEGIFT_JWT_SECRET: 'x'.repeat(32), ...LIVE_PAYMENTS_ENV, STRIPE_API_BASE: 'http://127.0.0.1:5530' }).payments.stripe;
    expect(stripe?.api).toEqual({ host: '127.0.0.1', port: 5530, protocol: 'http' });
  });

  it('refuses live mode without a way to check tokens', () => {
    expect(() => loadConfig({ LIVEGIFT_MODE: 'live' })).toThrow(/LIVEGIFT_MODE/);
  });

  it('reads configured streams and origins', () => {
    const config = loadConfig({
      LIVEGIFT_MODE: 'live',
      LIVEGIFT_JWT_SECRET: 'x'.repeat(32),
      ...LIVE_PAYMENTS_ENV,
      LIVEGIFT_STREAMS: '[{"id":"s1","creator":"c1","goal":{"coins":100,"title":"Cake"}}]',
      LIVEGIFT_ALLOWED_ORIGINS: 'https://a.example, https://b.example',
    });
    expect(config.streams).toEqual([{ id: 's1', creator: 'c1', goal: { coins: 100, title: 'Cake' } }]);
    expect(config.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
  });
});

describe('viewer tokens', () => {
  it('accepts EdDSA tokens signed by the configured key and refuses another key', async () => {
    const site = await generateKeyPair('EdDSA', { extractable: true });
    const other = await generateKeyPair('EdDSA', { extractable: true });
    const tokens = viewerTokens({ secrets: [], publicKeyPem: await exportSPKI(site.publicKey) });
    const sign = (key: CryptoKey, audience = 'livegift') =>
      new SignJWT({ name: 'Eve' }).setProtectedHeader({ alg: 'EdDSA' }).setSubject('viewer-7').setAudience(audience).setExpirationTime('5m').sign(key);
    expect(await tokens.verify(await sign(site.privateKey))).toEqual({ id: 'viewer-7', name: 'Eve' });
    await expect(tokens.verify(await sign(other.privateKey))).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    await expect(tokens.verify(await sign(site.privateKey, 'elsewhere'))).rejects.toMatchObject({ status: 401 });
    // An HS256 token "signed" with the public key as a secret (algorithm confusion) is refused.
    const pem = await exportSPKI(site.publicKey);
    const confused = await new SignJWT({ name: 'Eve' }).setProtectedHeader({ alg: 'HS256' }).setSubject('viewer-7').setAudience('livegift').setExpirationTime('5m').sign(new TextEncoder().encode(pem));
    await expect(tokens.verify(confused)).rejects.toMatchObject({ status: 401 });
  });

  it('remembers a verified token only until it expires, and never a refused one', async () => {
    const secret = new TextEncoder().encode('a-site-secret-of-at-least-32-characters');
    let clock = Date.now();
    const tokens = viewerTokens({ secrets: [secret] }, () => clock);
    const token = await new SignJWT({ name: 'Ann' }).setProtectedHeader({ alg: 'HS256' }).setSubject('viewer-8').setAudience('livegift').setExpirationTime('60s').sign(secret);
    expect(await tokens.verify(token)).toEqual({ id: 'viewer-8', name: 'Ann' });
    expect(await tokens.verify(token)).toEqual({ id: 'viewer-8', name: 'Ann' });
    clock += 61_000;
    await expect(tokens.verify(token)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/expired/) });
    // A forged copy (same claims, wrong signature) is refused although the genuine token was accepted before.
    clock -= 61_000;
    const forged = `${token.slice(0, token.lastIndexOf('.'))}.${'A'.repeat(43)}`;
    await expect(tokens.verify(forged)).rejects.toMatchObject({ status: 401 });
  });
});

describe('the data folder lock', () => {
  it('lets one server hold a folder, refuses a second, and takes over after a killed one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'livegift-lock-'));
    const release = lockFolder(folder);
    expect(() => lockFolder(folder)).toThrow(FolderLockedError);
    release();
    lockFolder(folder)();
    // A pid file left by a process that no longer runs (kill -9) does not block a restart.
    writeFileSync(join(folder, 'livegift-server.pid'), '999999999');
    const again = lockFolder(folder);
    expect(() => lockFolder(folder)).toThrow(/in use by another LiveGift server/);
    again();
  });
});
