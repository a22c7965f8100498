import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: a URL nobody guesses. Only its hash is stored. */
export function newOverlayToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * SHA-256 is enough for a random 256-bit secret (a slow password hash protects guessable secrets); a
 * leaked database shows no working URL.
 */
export function overlayTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Tells a creator's viewers apart on the overlay without revealing their ids (and differs per creator). */
export function viewerKeyOf(creator: string, viewerId: string): string {
  return createHash('sha256').update(`${creator}\u0000${viewerId}`).digest('base64url').slice(0, 16);
}
