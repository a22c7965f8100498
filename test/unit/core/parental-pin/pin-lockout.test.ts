import { describe, expect, it } from 'vitest';
import {
  FIRST_LOCK_MS,
  INITIAL_PIN_LOCKOUT,
  LONGEST_LOCK_MS,
  lockoutStatus,
  pinLockoutStateSchema,
  recordRightPin,
  recordWrongPin,
  type PinLockoutState,
} from '@core/parental-pin';

const MINUTE = 60_000;

function wrongTimes(state: PinLockoutState, times: number, now: number): PinLockoutState {
  let next = state;
  for (let i = 0; i < times; i += 1) next = recordWrongPin(next, now);
  return next;
}

describe('parents PIN lockout', () => {
  it('counts down the tries left after each wrong PIN', () => {
    const state = wrongTimes(INITIAL_PIN_LOCKOUT, 3, 0);
    expect(lockoutStatus(state, 0)).toEqual({ locked: false, attemptsLeft: 2 });
  });

  it('locks for 15 minutes after the fifth wrong PIN in a row', () => {
    const state = wrongTimes(INITIAL_PIN_LOCKOUT, 5, 1_000);
    expect(lockoutStatus(state, 1_000)).toEqual({ locked: true, lockedUntil: 1_000 + 15 * MINUTE, remainingMs: 15 * MINUTE });
    expect(lockoutStatus(state, 1_000 + 15 * MINUTE - 1).locked).toBe(true);
    expect(lockoutStatus(state, 1_000 + 15 * MINUTE)).toEqual({ locked: false, attemptsLeft: 5 });
  });

  it('does not lengthen a lock when PINs are tried during it', () => {
    const locked = wrongTimes(INITIAL_PIN_LOCKOUT, 5, 0);
    expect(wrongTimes(locked, 10, 5 * MINUTE)).toEqual(locked);
  });

  it('doubles the lock after each further five wrong PINs: 15, 30, then 60 minutes', () => {
    let now = 0;
    const durations: number[] = [];
    let state = INITIAL_PIN_LOCKOUT;
    for (let lock = 0; lock < 3; lock += 1) {
      state = wrongTimes(state, 5, now);
      const status = lockoutStatus(state, now);
      if (!status.locked) throw new Error('expected a lock');
      durations.push(status.remainingMs / MINUTE);
      now = status.lockedUntil;
    }
    expect(durations).toEqual([15, 30, 60]);
  });

  it('stops doubling at the longest lock', () => {
    const state = recordWrongPin({ failedAttempts: 4, lockCount: 200, lockedUntil: null }, 0);
    expect(lockoutStatus(state, 0)).toMatchObject({ locked: true, remainingMs: LONGEST_LOCK_MS });
    expect(Number.isSafeInteger(state.lockedUntil)).toBe(true);
  });

  it('starts over at a 15-minute lock after the right PIN', () => {
    const afterTwoLocks = { failedAttempts: 2, lockCount: 2, lockedUntil: null };
    const fresh = wrongTimes(recordRightPin(), 5, 0);
    expect(lockoutStatus(fresh, 0)).toMatchObject({ remainingMs: FIRST_LOCK_MS });
    expect(lockoutStatus(wrongTimes(afterTwoLocks, 3, 0), 0)).toMatchObject({ remainingMs: 4 * FIRST_LOCK_MS });
  });

  it('refuses a stored state that was tampered into nonsense', () => {
    expect(pinLockoutStateSchema.safeParse({ failedAttempts: -1, lockCount: 0, lockedUntil: null }).success).toBe(false);
    expect(pinLockoutStateSchema.safeParse({ failedAttempts: 0.5, lockCount: 0, lockedUntil: null }).success).toBe(false);
  });
});
