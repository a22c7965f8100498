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

/** Checks `Authorization: Bearer` tokens: signature (HS256 secret, EdDSA key or JWKS), `aud`, expiry, `sub`, `name`. */
export function viewerTokens(keys: TokenKeys): ViewerTokens {
  const publicKey = keys.publicKeyPem ? createPublicKey(keys.publicKeyPem) : undefined;
  const jwks = keys.jwksUrl ? createRemoteJWKSet(new URL(keys.jwksUrl)) : undefined;
  const algorithms = [...(keys.secrets.length > 0 ? ['HS256'] : []), ...(publicKey || jwks ? ['EdDSA', 'Ed25519'] : [])];
  const verifyWith = async (token: string, key: Uint8Array | JWTVerifyGetKey | ReturnType<typeof createPublicKey>) =>
    jwtVerify(token, key as Uint8Array, {
      audience: TOKEN_AUDIENCE,
      algorithms,
      requiredClaims: ['exp', 'sub'],
      ...(keys.issuer ? { issuer: keys.issuer } : {}),
    });
  return {
    async verify(token) {
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
          return { id: claims.data.sub, name: claims.data.name };
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
