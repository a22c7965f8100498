import { createPublicKey } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { viewerSchema, type Viewer } from '../../../core/messages/gift-server-api';
import { ApiFailure } from '../http/api-failure';

export const TOKEN_AUDIENCE = 'livegift';
/** Demo sessions last a day; a site's own tokens carry their own expiry. */
export const DEMO_TOKEN_TTL_SECONDS = 24 * 60 * 60;

const claimsSchema = z.object({
  sub: viewerSchema.shape.id,
  name: z.string().trim().min(1).transform((name) => name.slice(0, 40)),
});

export interface TokenKeys {
  /** HS256 secrets tried in order: the configured one and, in demo mode, the demo key. */
  secrets: Uint8Array[];
  publicKeyPem?: string | undefined;
  jwksUrl?: string | undefined;
  issuer?: string | undefined;
}

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
  const verified = new Map<string, { viewer: Viewer; expiresAt: number }>();
  const remember = (token: string, viewer: Viewer, exp: number | undefined) => {
    if (exp === undefined) return;
    if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
    verified.set(token, { viewer, expiresAt: exp * 1000 });
  };
  const publicKey = keys.publicKeyPem ? createPublicKey(keys.publicKeyPem) : undefined;
  const jwks = keys.jwksUrl ? createRemoteJWKSet(new URL(keys.jwksUrl)) : undefined;
  const algorithms = [...(keys.secrets.length > 0 ? ['HS256'] : []), ...(publicKey || jwks ? ['EdDSA', 'Ed25519'] : [])];
  const verifyWith = async (token: string, key: Uint8Array | JWTVerifyGetKey | ReturnType<typeof createPublicKey>) =>
    jwtVerify(token, key as Uint8Array, {
      audience: TOKEN_AUDIENCE,
      algorithms,
      requiredClaims: ['exp', 'sub'],
      currentDate: new Date(now()),
      ...(keys.issuer ? { issuer: keys.issuer } : {}),
    });
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known && known.expiresAt > now()) return known.viewer;
      if (known) verified.delete(token);
      let lastError: unknown = new Error('no key configured');
      const candidates: (Uint8Array | JWTVerifyGetKey | ReturnType<typeof createPublicKey>)[] = [
        ...keys.secrets,
        ...(publicKey ? [publicKey] : []),
        ...(jwks ? [jwks] : []),
      ];
      for (const key of candidates) {
        try {
          const { payload } = await verifyWith(token, key);
          const claims = claimsSchema.safeParse(payload);
          if (!claims.success) throw new ApiFailure(401, 'unauthorized', 'The token needs a viewer id (sub) and a display name (name).');
          const viewer = { id: claims.data.sub, name: claims.data.name };
          remember(token, viewer, payload.exp);
          return viewer;
        } catch (error) {
          if (error instanceof ApiFailure) throw error;
          lastError = error;
          // Only a signature that does not match this key is worth trying the next key for.
          if (!(error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JWKSNoMatchingKey)) break;
        }
      }
      throw new ApiFailure(401, 'unauthorized', tokenProblem(lastError));
    },
  };
}

function tokenProblem(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired; sign in again.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token was refused: ${error.claim} ${error.reason === 'check_failed' ? 'does not match' : 'is missing'}.`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify.';
  return 'The token is not valid.';
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
