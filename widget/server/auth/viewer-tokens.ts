import { SignJWT } from 'jose';
import { z } from 'zod';
import { viewerSchema, type Viewer } from '@core/messages/gift-server-api';
import { ApiFailure } from '../http/api-failure';
import { jwtVerifier, TOKEN_AUDIENCE, type TokenKeys } from './jwt-verifier';

export { TOKEN_AUDIENCE, type TokenKeys } from './jwt-verifier';
/** Demo sessions last a day; a site's own tokens carry their own expiry. */
export const DEMO_TOKEN_TTL_SECONDS = 24 * 60 * 60;

const claimsSchema = z.object({
  sub: viewerSchema.shape.id,
  name: z.string().trim().min(1).transform((name) => name.slice(0, 40)),
});

export interface ViewerTokens {
  verify(token: string): Promise<Viewer>;
}

/** Tokens already verified, kept until they expire: a viewer's every tap need not be checked again. */
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Checks `Authorization: Bearer` tokens: signature (HS256 secret, EdDSA key or JWKS), `aud`, expiry, `sub`,
 * `name`. A token that verified is remembered (by its exact text) until its `exp`, so the signature check,
 * a trip to the crypto thread pool, runs once per token rather than once per request.
 */
export function viewerTokens(keys: TokenKeys, now: () => number = Date.now): ViewerTokens {
  const verify = jwtVerifier(keys, now);
  const verified = new Map<string, { viewer: Viewer; expiresAt: number }>();
  const remember = (token: string, viewer: Viewer, exp: number | undefined) => {
    if (exp === undefined) return;
    if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
    verified.set(token, { viewer, expiresAt: exp * 1000 });
  };
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known && known.expiresAt > now()) return known.viewer;
      if (known) verified.delete(token);
      const payload = await verify(token);
      // A creator's or an operator's token is not a viewer's: it must not spend coins under that id.
      if (payload.role !== undefined && payload.role !== 'viewer') {
        throw new ApiFailure(401, 'unauthorized', `This is a ${String(payload.role).slice(0, 20)} token; the wallet needs a viewer token.`);
      }
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) throw new ApiFailure(401, 'unauthorized', 'The token needs a viewer id (sub) and a display name (name).');
      const viewer = { id: claims.data.sub, name: claims.data.name };
      remember(token, viewer, payload.exp);
      return viewer;
    },
  };
}

export async function signDemoToken(secret: Uint8Array, viewer: Viewer, issuer?: string): Promise<string> {
  const jwt = new SignJWT({ name: viewer.name })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.id)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${DEMO_TOKEN_TTL_SECONDS}s`);
  if (issuer) jwt.setIssuer(issuer);
  return jwt.sign(secret);
}
