import { describe, expect, it } from 'vitest';
import { MemoryKeyValueStore } from '../../../../../extension/lib/platform/key-value-store';
import { ParentalPinService, PARENTAL_SESSION_MS } from '../../../../../extension/lib/background/parental-pin-service';
import { PersistedClock } from '../../../../../extension/lib/background/persisted-clock';

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

describe('the parents PIN against a clock set back', () => {
  /** The background's clock over a wall clock the child controls, rebuilt on every worker restart. */
  function childsComputer() {
    const wall = { time: Date.UTC(2026, 11, 1, 18), now() { return this.time; } };
    const persistent = new MemoryKeyValueStore();
    const session = new MemoryKeyValueStore();
    const restart = async () => {
      const clock = new PersistedClock(persistent, wall);
      await clock.ready;
      const service = new ParentalPinService(persistent, session, clock, 1_000);
      // The background saves the time seen after every message; doing it after each call here.
      const call = async <T>(work: (pin: ParentalPinService) => Promise<T>): Promise<T> => {
        try {
          return await work(service);
        } finally {
          await clock.save();
        }
      };
      return call;
    };
    return { wall, restart };
  }

  it('a lock earned with the clock set back still lasts its full time once the clock is put right', async () => {
    const { wall, restart } = childsComputer();
    let pin = await restart();
    await pin((service) => service.setPin('2468'));
    const realTime = wall.time;
    // The child sets the clock a year back, then spends five guesses: without the high-water clock the
    // lock would end a year "ago", the moment the clock is put right.
    wall.time -= 365 * 24 * 60 * MINUTE;
    pin = await restart();
    for (let i = 0; i < 5; i += 1) await pin((service) => service.unlock('0000')).catch(() => undefined);
    expect((await pin((service) => service.status())).lock.locked).toBe(true);

    wall.time = realTime + MINUTE;
    pin = await restart();
    expect((await pin((service) => service.status())).lock).toMatchObject({ locked: true });
    expect((await refusal(pin((service) => service.unlock('2468')))).code).toBe('pin-locked');

    // Set back again, after a worker restart: still locked.
    wall.time = realTime - 60 * MINUTE;
    pin = await restart();
    expect((await refusal(pin((service) => service.unlock('2468')))).code).toBe('pin-locked');

    // Once the real time has passed the lock, the section opens as it would have anyway.
    wall.time = realTime + 16 * MINUTE;
    pin = await restart();
    await expect(pin((service) => service.unlock('2468'))).resolves.toMatchObject({ token: expect.any(String) });
  });
});
