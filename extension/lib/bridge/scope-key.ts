/**
 * Prefixes a page's idempotency key with a short hash of its site: keys are chosen by pages, and
 * without the prefix one site could replay (and read) another's gift, or block its key.
 */
export async function scopeKeyToSite(origin: string, key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(origin)));
  const site = Array.from(digest.slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `lg-${site}-${key}`;
}
