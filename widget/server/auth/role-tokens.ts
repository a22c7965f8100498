import { SignJWT } from 'jose';
import { z } from 'zod';
import { partyIdSchema } from '@core/ledger';
import { ApiFailure } from '../http/api-failure';
import { TOKEN_AUDIENCE, type JwtVerifier } from './jwt-verifier';
import { DEMO_TOKEN_TTL_SECONDS } from './viewer-tokens';

/** Tokens that give more than a viewer's wallet carry a `role` claim the site's login sets. */
export type TokenRole = 'creator' | 'operator';

export interface RoleParty {
  id: string;
  name: string;
}

export interface RoleTokens {
  verify(token: string): Promise<RoleParty>;
}

const claimsSchema = z.object({
  sub: partyIdSchema,
  name: z.string().trim().min(1).transform((name) => name.slice(0, 40)),
});

/**
 * A verified token of exactly this role: a bad, expired or wrong-audience token is 401; a good token of
 * another role (a viewer's has none) is 403, so the page can say "sign in as a creator".
 */
export function roleTokens(verify: JwtVerifier, role: TokenRole): RoleTokens {
  return {
    async verify(token) {
      const payload = await verify(token);
      if (payload.role !== role) throw new ApiFailure(403, 'forbidden', `This needs a ${role} token; the token you sent is not one.`);
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) throw new ApiFailure(401, 'unauthorized', `The token needs a ${role} id (sub) and a display name (name).`);
      return { id: claims.data.sub, name: claims.data.name };
    },
  };
}

/** A demo token of a role, signed with the demo key; lasts as long as a demo viewer's. */
export async function signDemoRoleToken(secret: Uint8Array, role: TokenRole, party: RoleParty, issuer?: string): Promise<string> {
  const jwt = new SignJWT({ name: party.name, role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(party.id)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${DEMO_TOKEN_TTL_SECONDS}s`);
  if (issuer) jwt.setIssuer(issuer);
  return jwt.sign(secret);
}
