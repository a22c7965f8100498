import type { Clock } from '@core';

/** A clock the test moves by hand. Starts at 2026-03-10 12:00 UTC. */
export class TestClock implements Clock {
  constructor(public time = Date.UTC(2026, 2, 10, 12)) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
