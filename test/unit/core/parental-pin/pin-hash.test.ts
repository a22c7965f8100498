import { describe, expect, it } from 'vitest';
import { hashPin, pinHashSchema, verifyPin } from '@core/parental-pin';

// Few iterations keep the suite fast; the stored record carries its own count, so the rule is the same.
const FAST = 1_000;

describe('parents PIN hashing', () => {
  it('accepts the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin('2468', FAST);
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    expect(await verifyPin('24680', stored)).toBe(false);
  });

  it('never stores the PIN in clear and salts every hash', async () => {
    const first = await hashPin('2468', FAST);
    const second = await hashPin('2468', FAST);
    expect(JSON.stringify(first)).not.toContain('2468');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(pinHashSchema.parse(first)).toEqual(first);
  });

  it('uses PBKDF2 with a slow default iteration count', async () => {
    const stored = await hashPin('13579');
    expect(stored).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 600_000 });
  });

  it('refuses to set a PIN that is not 4 to 8 digits', async () => {
    await expect(hashPin('12a4', FAST)).rejects.toThrow();
    await expect(hashPin('123', FAST)).rejects.toThrow();
    expect(await verifyPin('abcd', await hashPin('1234', FAST))).toBe(false);
  });
});
