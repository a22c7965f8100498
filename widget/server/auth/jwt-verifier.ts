import { createPublicKey } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ApiFailure } from '../http/api-failure';

export const TOKEN_AUDIENCE = 'livegift';

export interface TokenKeys {
  /** HS256 secrets tried in order: the configured one and, in demo mode, the demo key. */
  secrets: Uint8Array[];
  publicKeyPem?: string | undefined;
  jwksUrl?: string | undefined;
  issuer?: string | undefined;
}

/** Verifies a JWT from the site's login: signature, `aud`, expiry, `sub` (and `iss` when configured). */
export type JwtVerifier = (token: string) => Promise<JWTPayload>;

/** One verifier over the configured keys, shared by viewer, creator and operator tokens. 401 on any failure. */
export function jwtVerifier(keys: TokenKeys, now: () => number = Date.now): JwtVerifier {
  const publicKey = keys.publicKeyPem ? createPublicKey(keys.publicKeyPem) : undefined;
  const jwks = keys.jwksUrl ? createRemoteJWKSet(new URL(keys.jwksUrl)) : undefined;
  const algorithms = [...(keys.secrets.length > 0 ? ['HS256'] : []), ...(publicKey || jwks ? ['EdDSA', 'Ed25519'] : [])];
  const candidates: (Uint8Array | JWTVerifyGetKey | ReturnType<typeof createPublicKey>)[] = [
    ...keys.secrets,
    ...(publicKey ? [publicKey] : []),
    ...(jwks ? [jwks] : []),
  ];
  return async (token) => {
    let lastError: unknown = new Error('no key configured');
    for (const key of candidates) {
      try {
        const { payload } = await jwtVerify(token, key as Uint8Array, {
          audience: TOKEN_AUDIENCE,
          algorithms,
          requiredClaims: ['exp', 'sub'],
          currentDate: new Date(now()),
          ...(keys.issuer ? { issuer: keys.issuer } : {}),
        });
        return payload;
      } catch (error) {
        lastError = error;
        // Only a signature that does not match this key is worth trying the next key for.
        if (!(error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JWKSNoMatchingKey)) break;
      }
    }
    throw new ApiFailure(401, 'unauthorized', tokenProblem(lastError));
  };
}

function tokenProblem(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired; sign in again.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token was refused: ${error.claim} ${error.reason === 'check_failed' ? 'does not match' : 'is missing'}.`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify.';
  return 'The token is not valid.';
}
