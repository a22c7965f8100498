import { z } from 'zod';
import { fromBase64, toBase64 } from '../crypto/base64';

/** Parents choose a PIN of 4 to 8 digits. */
export const pinSchema = z.string().regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits.');

/**
 * OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Stored with each hash so it can be raised later
 * without breaking PINs that were set before.
 */
export const PIN_HASH_ITERATIONS = 600_000;

/** What is stored for a PIN: never the PIN itself, only a salted, slow hash of it. */
export const pinHashSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(1).max(10_000_000),
  salt: z.string().min(16),
  hash: z.string().min(16),
});
export type PinHash = z.infer<typeof pinHashSchema>;

const SALT_BYTES = 16;
const HASH_BITS = 256;

/** WebCrypto exists in browsers, service workers and Node alike, so this stays in the core. */
export async function hashPin(pin: string, iterations = PIN_HASH_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pinSchema.parse(pin), salt, iterations);
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  if (!pinSchema.safeParse(pin).success) return false;
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  return constantTimeEqual(actual, fromBase64(stored.hash));
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/** Compares every byte whatever the first difference, so timing tells nothing about the hash. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}
