import { z } from 'zod';

/** Wrong PINs in a row that lock the parents' section. */
export const PIN_ATTEMPTS_BEFORE_LOCK = 5;
/** The first lock lasts this long; each further lock doubles it. */
export const FIRST_LOCK_MS = 15 * 60 * 1000;
/** Doubling stops here, so a stored lock count can never produce an unsafe integer or a lock of years. */
export const LONGEST_LOCK_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * What the background persists about wrong PINs. It survives service worker restarts, so closing the
 * popup or waiting for the worker to stop never resets the count.
 */
export const pinLockoutStateSchema = z.object({
  /** Wrong PINs since the last lock ended or the last correct PIN. */
  failedAttempts: z.number().int().min(0).max(PIN_ATTEMPTS_BEFORE_LOCK),
  /** Locks since the last correct PIN: the next lock lasts FIRST_LOCK_MS × 2^lockCount. */
  lockCount: z.number().int().min(0).max(1000),
  lockedUntil: z.number().int().nonnegative().nullable(),
});
export type PinLockoutState = z.infer<typeof pinLockoutStateSchema>;

export const INITIAL_PIN_LOCKOUT: PinLockoutState = Object.freeze({ failedAttempts: 0, lockCount: 0, lockedUntil: null });

export type PinLockoutStatus =
  | { locked: true; lockedUntil: number; remainingMs: number }
  | { locked: false; attemptsLeft: number };

export function lockoutStatus(state: PinLockoutState, now: number): PinLockoutStatus {
  if (state.lockedUntil !== null && now < state.lockedUntil) {
    return { locked: true, lockedUntil: state.lockedUntil, remainingMs: state.lockedUntil - now };
  }
  return { locked: false, attemptsLeft: PIN_ATTEMPTS_BEFORE_LOCK - state.failedAttempts };
}

/** How long the lock that starts after `previousLocks` earlier locks lasts. */
export function lockDurationMs(previousLocks: number): number {
  return Math.min(FIRST_LOCK_MS * 2 ** Math.min(previousLocks, 32), LONGEST_LOCK_MS);
}

/**
 * A wrong PIN was entered. While locked nothing is counted: the caller must refuse to check a PIN at
 * all during a lock, and a refused check must not lengthen it.
 */
export function recordWrongPin(state: PinLockoutState, now: number): PinLockoutState {
  if (lockoutStatus(state, now).locked) return state;
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts < PIN_ATTEMPTS_BEFORE_LOCK) return { ...state, failedAttempts, lockedUntil: null };
  return { failedAttempts: 0, lockCount: state.lockCount + 1, lockedUntil: now + lockDurationMs(state.lockCount) };
}

/** The right PIN ends the streak: the next wrong PINs start from a fresh count and a 15-minute lock. */
export function recordRightPin(): PinLockoutState {
  return INITIAL_PIN_LOCKOUT;
}
