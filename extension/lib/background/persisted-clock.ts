import { HighWaterClock } from '@core/limits';
import type { Clock } from '@core/ports';
import type { KeyValueStore } from '../platform/key-value-store';

const LAST_SEEN_KEY = 'clock.lastSeen';

/**
 * The background's clock: the wall clock, never earlier than the latest time any run of the worker
 * has seen (persisted in storage.local, so neither a worker restart nor a browser restart forgets it).
 * Handlers may read it only after `ready`.
 */
export class PersistedClock implements Clock {
  readonly ready: Promise<void>;
  private readonly clock: HighWaterClock;
  private saved = 0;

  constructor(
    private readonly store: KeyValueStore,
    wall: Clock,
  ) {
    this.clock = new HighWaterClock(wall);
    this.ready = store.get(LAST_SEEN_KEY).then(
      (seen) => {
        if (typeof seen === 'number') {
          this.clock.observe(seen);
          this.saved = seen;
        }
      },
      () => undefined,
    );
  }

  now(): number {
    return this.clock.now();
  }

  /** Persists the latest time seen; called after each handled message. */
  async save(): Promise<void> {
    const seen = this.clock.lastSeen;
    if (seen <= this.saved) return;
    this.saved = seen;
    await this.store.set(LAST_SEEN_KEY, seen);
  }
}
