import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayWindow, monthWindow, timeZoneSchema } from '@core';

const at = (iso: string) => Date.parse(iso);
const hours = (ms: number) => ms / (60 * 60 * 1000);

describe('the viewer’s day', () => {
  it('is the local calendar day, not the UTC one', () => {
    // 23:30 on 23 November in Los Angeles is already 24 November in UTC.
    const window = dayWindow(at('2026-11-24T07:30:00Z'), 'America/Los_Angeles');
    expect(window).toEqual({ startMs: at('2026-11-23T08:00:00Z'), endMs: at('2026-11-24T08:00:00Z') });
  });

  it('starts at local midnight in a half-hour time zone', () => {
    expect(dayWindow(at('2026-11-23T12:00:00Z'), 'Asia/Kolkata')).toEqual({
      startMs: at('2026-11-22T18:30:00Z'),
      endMs: at('2026-11-23T18:30:00Z'),
    });
  });

  it('is 23 hours long when clocks spring forward', () => {
    const window = dayWindow(at('2026-03-29T12:00:00Z'), 'Europe/Berlin');
    expect(window).toEqual({ startMs: at('2026-03-28T23:00:00Z'), endMs: at('2026-03-29T22:00:00Z') });
    expect(hours(window.endMs - window.startMs)).toBe(23);
  });

  it('is 25 hours long when clocks fall back', () => {
    const window = dayWindow(at('2026-11-01T12:00:00Z'), 'America/New_York');
    expect(window).toEqual({ startMs: at('2026-11-01T04:00:00Z'), endMs: at('2026-11-02T05:00:00Z') });
    expect(hours(window.endMs - window.startMs)).toBe(25);
  });

  it('starts when the clocks jump if DST skips midnight itself', () => {
    // Havana springs forward from 00:00 to 01:00 on 8 March 2026: that day has no midnight.
    const window = dayWindow(at('2026-03-08T15:00:00Z'), 'America/Havana');
    expect(window).toEqual({ startMs: at('2026-03-08T05:00:00Z'), endMs: at('2026-03-09T04:00:00Z') });
  });

  it('includes its first millisecond and excludes its end', () => {
    const start = at('2026-11-23T05:00:00Z'); // midnight in New York
    expect(dayWindow(start, 'America/New_York').startMs).toBe(start);
    expect(dayWindow(start - 1, 'America/New_York').endMs).toBe(start);
  });
});

describe('the viewer’s month', () => {
  it('runs from the local first of the month to the next, across a DST change', () => {
    expect(monthWindow(at('2026-03-15T12:00:00Z'), 'Europe/Berlin')).toEqual({
      startMs: at('2026-02-28T23:00:00Z'),
      endMs: at('2026-03-31T22:00:00Z'),
    });
  });

  it('rolls December over into the next year', () => {
    expect(monthWindow(at('2026-12-31T23:59:59.999Z'), 'UTC')).toEqual({
      startMs: at('2026-12-01T00:00:00Z'),
      endMs: at('2027-01-01T00:00:00Z'),
    });
  });

  it('is already the new month in Auckland while it is still the old one in UTC', () => {
    expect(monthWindow(at('2026-11-30T12:00:00Z'), 'Pacific/Auckland').startMs).toBe(at('2026-11-30T11:00:00Z'));
  });
});

describe('windows in any time zone', () => {
  const zones = ['UTC', 'Europe/London', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Havana', 'America/Santiago', 'Pacific/Apia'];

  it('contain the instant and tile the timeline without gaps or overlaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2040-01-01T00:00:00Z') }), fc.constantFrom(...zones), (now, zone) => {
        const day = dayWindow(now, zone);
        expect(day.startMs).toBeLessThanOrEqual(now);
        expect(now).toBeLessThan(day.endMs);
        expect(dayWindow(day.endMs, zone).startMs).toBe(day.endMs);
        expect(dayWindow(day.startMs - 1, zone).endMs).toBe(day.startMs);
        const month = monthWindow(now, zone);
        expect(month.startMs).toBeLessThanOrEqual(day.startMs);
        expect(day.endMs).toBeLessThanOrEqual(month.endMs);
        expect(monthWindow(month.endMs, zone).startMs).toBe(month.endMs);
      }),
      { numRuns: 300 },
    );
  });
});

describe('time zone input', () => {
  it('refuses an unknown time zone with a clear error', () => {
    expect(() => dayWindow(0, 'Mars/Olympus_Mons')).toThrow(/Unknown time zone: Mars\/Olympus_Mons/);
    expect(timeZoneSchema.safeParse('Mars/Olympus_Mons').success).toBe(false);
    expect(timeZoneSchema.safeParse('Asia/Manila').success).toBe(true);
  });
});
