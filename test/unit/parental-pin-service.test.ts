import { describe, expect, it } from 'vitest';
import { MemoryKeyValueStore } from '../../extension/lib/background/key-value-store';
import { ParentalPinService, PARENTAL_SESSION_MS } from '../../extension/lib/background/parental-pin-service';

const MINUTE = 60_000;

function setup() {
  const clock = { time: 1_000_000, now() { return this.time; } };
  const persistent = new MemoryKeyValueStore();
  const session = new MemoryKeyValueStore();
  // A new service on the same stores is what a restarted service worker sees.
  const restart = () => new ParentalPinService(persistent, session, clock, 1_000);
  return { clock, persistent, restart, service: restart() };
}

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error as { code: string; extra: { attemptsLeft?: number; lockedUntil?: number } },
  );
}

describe('the parents PIN in the background', () => {
  it('sets a PIN once, then unlocks only with that PIN', async () => {
    const { service } = setup();
    expect(await service.status()).toEqual({ pinSet: false, lock: { locked: false, attemptsLeft: 5 } });
    await service.setPin('4321');
    expect((await refusal(service.setPin('1111'))).code).toBe('pin-already-set');
    await expect(service.unlock('4321')).resolves.toMatchObject({ token: expect.any(String) });
    expect(await refusal(service.unlock('1234'))).toMatchObject({ code: 'pin-wrong', extra: { attemptsLeft: 4 } });
  });

  it('stores no PIN in clear', async () => {
    const { service, persistent } = setup();
    await service.setPin('987654');
    expect(JSON.stringify(await persistent.get('parental.pinHash'))).not.toContain('987654');
  });

  it('locks after five wrong PINs, even across a service worker restart, and refuses the right PIN meanwhile', async () => {
    const { service, restart, clock } = setup();
    await service.setPin('4321');
    for (let i = 0; i < 3; i += 1) await refusal(service.unlock('0000'));
    const restarted = restart();
    await refusal(restarted.unlock('0000'));
    expect(await refusal(restarted.unlock('0000'))).toMatchObject({
      code: 'pin-locked',
      extra: { lockedUntil: clock.time + 15 * MINUTE },
    });
    expect((await refusal(restart().unlock('4321'))).code).toBe('pin-locked');
    clock.time += 15 * MINUTE;
    await expect(restart().unlock('4321')).resolves.toBeDefined();
  });

  it('counts parallel guesses one by one', async () => {
    const { service } = setup();
    await service.setPin('4321');
    const results = await Promise.all(Array.from({ length: 8 }, () => refusal(service.unlock('0000'))));
    expect(results.map((result) => result.code)).toEqual([
      'pin-wrong', 'pin-wrong', 'pin-wrong', 'pin-wrong', 'pin-locked', 'pin-locked', 'pin-locked', 'pin-locked',
    ]);
  });

  it('accepts a session token until it expires or the section is locked', async () => {
    const { service, clock } = setup();
    const { token } = await service.setPin('4321');
    await expect(service.requireSession(token)).resolves.toBeUndefined();
    expect((await refusal(service.requireSession('f'.repeat(48)))).code).toBe('parental-session-expired');
    clock.time += PARENTAL_SESSION_MS;
    expect((await refusal(service.requireSession(token))).code).toBe('parental-session-expired');
    const second = await service.unlock('4321');
    await service.lock();
    expect((await refusal(service.requireSession(second.token))).code).toBe('parental-session-expired');
  });

  it('changes the PIN only with the current one, and reset forgets it', async () => {
    const { service } = setup();
    await service.setPin('4321');
    expect((await refusal(service.changePin('1111', '5555'))).code).toBe('pin-wrong');
    await service.changePin('4321', '5555');
    expect((await refusal(service.unlock('4321'))).code).toBe('pin-wrong');
    await service.reset('5555');
    expect(await service.status()).toMatchObject({ pinSet: false });
  });
});
