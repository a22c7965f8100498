import type { Clock } from '../ports/clock';

/**
 * A clock that never reads earlier than the latest time it has read. A child who sets the computer's
 * clock back would otherwise end a PIN lockout early or move the day and month windows of the limits
 * back to a period with room left; with this clock the time stays at the latest moment seen until the
 * wall clock passes it again. Setting the clock forward cannot be told from time passing: the README
 * says what a managed browser adds.
 */
export class HighWaterClock implements Clock {
  private highWater: number;

  /** `lastSeen`: the high-water mark persisted by a previous run (0 when none). */
  constructor(
    private readonly wall: Clock,
    lastSeen = 0,
  ) {
    this.highWater = Number.isSafeInteger(lastSeen) && lastSeen > 0 ? lastSeen : 0;
  }

  now(): number {
    const wall = this.wall.now();
    if (wall > this.highWater) this.highWater = wall;
    return this.highWater;
  }

  /** The latest time read: persist it and pass it to the next run's constructor or to `observe`. */
  get lastSeen(): number {
    return this.highWater;
  }

  /** Raises the mark to a time seen elsewhere (a persisted mark read after start-up). */
  observe(seen: number): void {
    if (Number.isSafeInteger(seen) && seen > this.highWater) this.highWater = seen;
  }
}
