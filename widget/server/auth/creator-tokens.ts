import type { Creator } from '@core/messages';
import { jwtVerifier, type TokenKeys } from './jwt-verifier';
import { roleTokens, signDemoRoleToken } from './role-tokens';

export interface CreatorTokens {
  /** The creator of a valid `role: "creator"` token; 401 for a bad token, 403 for a valid token of another role. */
  verify(token: string): Promise<Creator>;
}

/**
 * Creator tokens come from the site's login like viewer tokens (same keys, `aud: "livegift"`, `exp`), with
 * `role: "creator"`, `sub` = the creator id that gifts name, and `name`.
 */
export function creatorTokens(keys: TokenKeys): CreatorTokens {
  return roleTokens(jwtVerifier(keys), 'creator');
}

export function signDemoCreatorToken(secret: Uint8Array, creator: Creator, issuer?: string): Promise<string> {
  return signDemoRoleToken(secret, 'creator', creator, issuer);
}
