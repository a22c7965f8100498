import { jwtVerifier, type TokenKeys } from './jwt-verifier';
import { roleTokens, signDemoRoleToken, type RoleParty, type RoleTokens } from './role-tokens';

/**
 * The payout operator signs in like everyone else: a token from the site's login (same keys, `aud`,
 * `exp`) with `role: "operator"`. No shared secret to leak in a URL or a log, and the site decides who is one.
 */
export function operatorTokens(keys: TokenKeys): RoleTokens {
  return roleTokens(jwtVerifier(keys), 'operator');
}

export function signDemoOperatorToken(secret: Uint8Array, operator: RoleParty, issuer?: string): Promise<string> {
  return signDemoRoleToken(secret, 'operator', operator, issuer);
}
