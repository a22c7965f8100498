import { SignJWT } from 'jose';
import { z } from 'zod';
import { viewerSchema, type Viewer } from '../../../core/messages/gift-server-api';
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

/** Checks `Authorization: Bearer` tokens: signature (HS256 secret, EdDSA key or JWKS), `aud`, expiry, `sub`, `name`. */
export function viewerTokens(keys: TokenKeys): ViewerTokens {
  const verify = jwtVerifier(keys);
  return {
    async verify(token) {
      const payload = await verify(token);
      // A creator's or an operator's token is not a viewer's: it must not spend coins under that id.
      if (payload.role !== undefined && payload.role !== 'viewer') {
        throw new ApiFailure(401, 'unauthorized', `This is a ${String(payload.role).slice(0, 20)} token; the wallet needs a viewer token.`);
      }
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) throw new ApiFailure(401, 'unauthorized', 'The token needs a viewer id (sub) and a display name (name).');
      return { id: claims.data.sub, name: claims.data.name };
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
