import { createHmac, randomBytes } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so a code read aloud or typed from a card is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 20 symbols of 5 bits: 100 random bits, so guessing one of even a million live codes stays hopeless. */
const SYMBOLS = 20;
const CODE = /^[0-9A-HJKMNP-TV-Z]{20}$/;

/** A new random code, grouped for reading: XXXXX-XXXXX-XXXXX-XXXXX. */
export function newGiftCardCode(): string {
  const bytes = randomBytes(SYMBOLS);
  const symbols = [...bytes].map((byte) => ALPHABET[byte & 31]).join(''); // 32 divides 256: every symbol is uniform
  return symbols.match(/.{5}/g)!.join('-');
}

/** The code as typed, in its one canonical form (case, spaces, dashes and look-alike letters ignored), or undefined. */
export function normalizeGiftCardCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return CODE.test(code) ? code : undefined;
}

/** What the database keeps of a code: its HMAC under the server's secret, never the code itself. */
export function giftCardHash(secret: Uint8Array, normalizedCode: string): string {
  return createHmac('sha256', secret).update(normalizedCode).digest('hex');
}
