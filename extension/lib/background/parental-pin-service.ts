import {
  hashPin,
  INITIAL_PIN_LOCKOUT,
  lockoutStatus,
  pinHashSchema,
  pinLockoutStateSchema,
  recordRightPin,
  recordWrongPin,
  verifyPin,
  type Clock,
  type PinHash,
  type PinLockoutState,
} from '@core';
import type { ParentalSession, ParentalStatus } from '@core/messages';
import type { KeyValueStore } from '../platform/key-value-store';
import { ReplyError } from './reply-error';

const PIN_KEY = 'parental.pinHash';
const LOCKOUT_KEY = 'parental.lockout';
const SESSION_KEY = 'parental.session';
/** An unlocked parents' section closes by itself after this long. */
export const PARENTAL_SESSION_MS = 10 * 60 * 1000;

/**
 * The parents' PIN, owned by the background. The hash and the lockout live in persistent storage, so a
 * stopped service worker or a closed page never resets the count of wrong tries; the unlock session
 * lives in session storage, which the browser clears when it closes.
 */
export class ParentalPinService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly persistent: KeyValueStore,
    private readonly session: KeyValueStore,
    private readonly clock: Clock,
    private readonly iterations?: number,
  ) {}

  async status(): Promise<ParentalStatus> {
    const [pin, lockout] = await Promise.all([this.readPin(), this.readLockout()]);
    return { pinSet: pin !== null, lock: lockoutStatus(lockout, this.clock.now()) };
  }

  async setPin(pin: string): Promise<ParentalSession> {
    if ((await this.readPin()) !== null) throw new ReplyError('pin-already-set', 'A PIN is already set; change it instead.');
    await this.persistent.set(PIN_KEY, await hashPin(pin, this.iterations));
    await this.persistent.set(LOCKOUT_KEY, INITIAL_PIN_LOCKOUT);
    return this.openSession();
  }

  async unlock(pin: string): Promise<ParentalSession> {
    await this.checkPin(pin);
    return this.openSession();
  }

  async changePin(currentPin: string, newPin: string): Promise<ParentalSession> {
    await this.checkPin(currentPin);
    await this.persistent.set(PIN_KEY, await hashPin(newPin, this.iterations));
    return this.openSession();
  }

  /** Checks the PIN, then forgets it; the caller clears the parental limits. */
  async reset(currentPin: string): Promise<void> {
    await this.checkPin(currentPin);
    await this.persistent.remove(PIN_KEY);
    await this.persistent.remove(LOCKOUT_KEY);
    await this.session.remove(SESSION_KEY);
  }

  async lock(): Promise<void> {
    await this.session.remove(SESSION_KEY);
  }

  /** Throws unless `token` is the live session's. */
  async requireSession(token: string): Promise<void> {
    const stored = (await this.session.get(SESSION_KEY)) as Partial<ParentalSession> | undefined;
    const live = stored?.token === token && typeof stored.expiresAt === 'number' && this.clock.now() < stored.expiresAt;
    if (!live) throw new ReplyError('parental-session-expired', 'The parents’ section was locked again; enter the PIN.');
  }

  /**
   * One check at a time: parallel guesses would otherwise all read the same count of wrong tries and
   * slip past the lock.
   */
  private checkPin(pin: string): Promise<void> {
    const run = this.queue.then(() => this.checkPinNow(pin));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async checkPinNow(pin: string): Promise<void> {
    const stored = await this.readPin();
    if (stored === null) throw new ReplyError('pin-not-set', 'No PIN is set yet.');
    const now = this.clock.now();
    const lockout = await this.readLockout();
    const before = lockoutStatus(lockout, now);
    // During a lock the PIN is not even checked: guessing then cannot help, and cannot lengthen the lock.
    if (before.locked) throw lockedError(before.lockedUntil);
    if (await verifyPin(pin, stored)) {
      await this.persistent.set(LOCKOUT_KEY, recordRightPin());
      return;
    }
    const after = recordWrongPin(lockout, now);
    await this.persistent.set(LOCKOUT_KEY, after);
    const status = lockoutStatus(after, now);
    if (status.locked) throw lockedError(status.lockedUntil);
    throw new ReplyError('pin-wrong', 'That PIN is not right.', { attemptsLeft: status.attemptsLeft });
  }

  private async openSession(): Promise<ParentalSession> {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    const token = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    const session = { token, expiresAt: this.clock.now() + PARENTAL_SESSION_MS };
    await this.session.set(SESSION_KEY, session);
    return session;
  }

  private async readPin(): Promise<PinHash | null> {
    const parsed = pinHashSchema.safeParse(await this.persistent.get(PIN_KEY));
    return parsed.success ? parsed.data : null;
  }

  /** Only the extension writes this record; a missing one means no wrong tries yet. */
  private async readLockout(): Promise<PinLockoutState> {
    const parsed = pinLockoutStateSchema.safeParse(await this.persistent.get(LOCKOUT_KEY));
    return parsed.success ? parsed.data : INITIAL_PIN_LOCKOUT;
  }
}

function lockedError(lockedUntil: number): ReplyError {
  return new ReplyError('pin-locked', 'Too many wrong PINs: the parents’ section is locked for a while.', { lockedUntil });
}
