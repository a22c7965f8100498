import { z } from 'zod';

/** A half-open interval of instants [startMs, endMs): the viewer's local day or month. */
export const timeWindowSchema = z
  .object({ startMs: z.number().int(), endMs: z.number().int() })
  .refine((window) => window.startMs < window.endMs, { message: 'a window ends after it starts' });
export type TimeWindow = z.infer<typeof timeWindowSchema>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name the runtime knows, e.g. "Europe/Berlin" or "Asia/Kolkata". */
export const timeZoneSchema = z.string().min(1).refine(isValidTimeZone, { message: 'Unknown time zone' });

/**
 * The local wall-clock reading at an instant, encoded as if it were UTC ("wall ms"). Comparing wall ms
 * with `Date.UTC(y, m, d)` tells where an instant falls in the local calendar without any offset maths.
 */
function wallMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wholeSeconds = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wholeSeconds + (((instantMs % 1000) + 1000) % 1000);
}

/** UTC offsets stay within this bound (UTC-12 .. UTC+14, with room for historical local mean times). */
const MAX_OFFSET_MS = 16 * 60 * 60 * 1000;

/**
 * The first instant whose local wall clock reads at least `targetWallMs` (a local midnight). Usually
 * that is the midnight itself; when a DST jump skips midnight (Havana, Santiago), it is the moment the
 * clocks jump, so the day is still contiguous with the one before.
 */
function firstInstantAtOrAfterWall(targetWallMs: number, timeZone: string): number {
  // Fast path: correct the guess by the offset twice (the offset at the guess may differ from the answer's).
  let guess = targetWallMs;
  for (let i = 0; i < 2; i++) guess = targetWallMs - (wallMs(guess, timeZone) - guess);
  if (wallMs(guess, timeZone) === targetWallMs && wallMs(guess - 1, timeZone) < targetWallMs) return guess;
  // Rare (a transition at midnight): binary search the boundary, exact to the millisecond.
  let low = targetWallMs - MAX_OFFSET_MS; // wall(low) < target
  let high = targetWallMs + MAX_OFFSET_MS; // wall(high) >= target
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (wallMs(middle, timeZone) >= targetWallMs) high = middle;
    else low = middle;
  }
  return high;
}

function assertInputs(nowMs: number, timeZone: string): void {
  if (!Number.isSafeInteger(nowMs)) throw new RangeError(`nowMs must be a whole number of milliseconds, got ${nowMs}`);
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
}

/** The viewer's local calendar day containing `nowMs`: 24 hours long, or 23/25 on DST changes. */
export function dayWindow(nowMs: number, timeZone: string): TimeWindow {
  assertInputs(nowMs, timeZone);
  const local = new Date(wallMs(nowMs, timeZone));
  const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()];
  return {
    startMs: firstInstantAtOrAfterWall(Date.UTC(y, m, d), timeZone),
    endMs: firstInstantAtOrAfterWall(Date.UTC(y, m, d + 1), timeZone),
  };
}

/** The viewer's local calendar month containing `nowMs`. */
export function monthWindow(nowMs: number, timeZone: string): TimeWindow {
  assertInputs(nowMs, timeZone);
  const local = new Date(wallMs(nowMs, timeZone));
  const [y, m] = [local.getUTCFullYear(), local.getUTCMonth()];
  return {
    startMs: firstInstantAtOrAfterWall(Date.UTC(y, m, 1), timeZone),
    endMs: firstInstantAtOrAfterWall(Date.UTC(y, m + 1, 1), timeZone),
  };
}
