import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_SETTINGS, alertSettingsSchema, type AlertSettings } from '@core/overlay';
import { DEFAULT_ALERT_TIERS, alertTiersSchema, tierFor } from '@core/overlay';
import { advanceQueue, EMPTY_ALERT_QUEUE, nextChangeAt, offerAlert, type AlertQueue } from '@core/overlay';
import type { OverlayAlert } from '@core/overlay';

const settings: AlertSettings = { ...DEFAULT_ALERT_SETTINGS, pauseMs: 500, comboWindowMs: 3000 };
let nextId = 1;
const gift = (over: Partial<OverlayAlert> = {}): OverlayAlert => ({
  id: String(nextId++),
  test: false,
  viewerKey: 'v-ana',
  from: 'ana',
  giftId: 'rose',
  giftName: 'Rose',
  icon: '🌹',
  count: 1,
  coins: 1,
  at: 1000,
  ...over,
});

/** Runs the queue to its end, recording what started playing and when. */
function playOut(queue: AlertQueue, from: number, rules = settings) {
  const started: { key: string; at: number; count: number }[] = [];
  let now = from;
  let q = advanceQueue(queue, rules, now);
  if (q.playing) started.push({ key: q.playing.alert.key, at: now, count: q.playing.alert.count });
  for (let guard = 0; guard < 1000; guard++) {
    const at = nextChangeAt(q);
    if (at === null) break;
    now = Math.max(now, at);
    const before = q.playing;
    q = advanceQueue(q, rules, now);
    if (q.playing && q.playing !== before) started.push({ key: q.playing.alert.key, at: now, count: q.playing.alert.count });
  }
  return started;
}

describe('alert tiers by amount', () => {
  it('picks the highest tier the coins reach: 1, 100, 1,000 and 10,000 coins by default', () => {
    expect(tierFor(1, DEFAULT_ALERT_TIERS).size).toBe('small');
    expect(tierFor(99, DEFAULT_ALERT_TIERS).size).toBe('small');
    expect(tierFor(100, DEFAULT_ALERT_TIERS).size).toBe('medium');
    expect(tierFor(1000, DEFAULT_ALERT_TIERS).size).toBe('large');
    expect(tierFor(29_999, DEFAULT_ALERT_TIERS).size).toBe('huge');
  });

  it('refuses tiers that do not start at 1 coin or do not go up', () => {
    expect(alertTiersSchema.safeParse([{ ...DEFAULT_ALERT_TIERS[1] }]).success).toBe(false);
    expect(alertTiersSchema.safeParse([DEFAULT_ALERT_TIERS[0], DEFAULT_ALERT_TIERS[2], DEFAULT_ALERT_TIERS[1]]).success).toBe(false);
    expect(alertSettingsSchema.safeParse({ ...DEFAULT_ALERT_SETTINGS, tiers: [{ ...DEFAULT_ALERT_TIERS[0], colour: 'red;x' }] }).success).toBe(false);
    expect(alertSettingsSchema.safeParse(DEFAULT_ALERT_SETTINGS).success).toBe(true);
  });
});

describe('the alert queue', () => {
  it('plays one alert at a time, for its tier’s duration, with the pause between two', () => {
    let q = EMPTY_ALERT_QUEUE;
    const a = gift({ viewerKey: 'a', coins: 1 });
    const b = gift({ viewerKey: 'b', coins: 100, giftId: 'hat' });
    q = offerAlert(q, a, settings, 0);
    q = offerAlert(q, b, settings, 0);
    expect(playOut(q, 0)).toEqual([
      { key: a.id, at: 0, count: 1 },
      { key: b.id, at: 4000 + 500, count: 1 },
    ]);
  });

  it('shows a redelivered event once', () => {
    let q = EMPTY_ALERT_QUEUE;
    const a = gift();
    q = offerAlert(q, a, settings, 0);
    q = advanceQueue(q, settings, 0);
    q = offerAlert(q, a, settings, 10);
    expect(q.waiting).toHaveLength(0);
    expect(q.playing?.alert.count).toBe(1);
  });

  it('skips alerts below the minimum, but never a test', () => {
    const rules = { ...settings, minCoins: 50 };
    let q = offerAlert(EMPTY_ALERT_QUEUE, gift({ coins: 30 }), rules, 0);
    expect(q.waiting).toHaveLength(0);
    q = offerAlert(q, gift({ coins: 30, test: true }), rules, 0);
    expect(q.waiting).toHaveLength(1);
    expect(offerAlert(EMPTY_ALERT_QUEUE, gift(), { ...settings, enabled: false }, 0).waiting).toHaveLength(0);
  });
});

describe('combos', () => {
  it('merges consecutive taps of one gift by one viewer into one ×N alert that counts up while it plays', () => {
    let q = offerAlert(EMPTY_ALERT_QUEUE, gift({ at: 1000 }), settings, 0);
    q = advanceQueue(q, settings, 0);
    q = offerAlert(q, gift({ at: 1500 }), settings, 500);
    q = offerAlert(q, gift({ at: 2000 }), settings, 1000);
    expect(q.waiting).toHaveLength(0);
    expect(q.playing?.alert).toMatchObject({ count: 3, coins: 3 });
    expect(q.playing!.endsAt).toBeGreaterThanOrEqual(1000 + settings.comboWindowMs);
  });

  it('merges taps waiting in the queue too, and grows into a higher tier', () => {
    let q = offerAlert(EMPTY_ALERT_QUEUE, gift({ viewerKey: 'other' }), settings, 0);
    q = advanceQueue(q, settings, 0);
    for (let i = 0; i < 100; i++) q = offerAlert(q, gift({ at: 1000 + i * 100 }), settings, 0);
    expect(q.waiting).toHaveLength(1);
    expect(q.waiting[0]).toMatchObject({ count: 100, coins: 100 });
    expect(tierFor(q.waiting[0]!.coins, settings.tiers).size).toBe('medium');
  });

  it('does not merge another gift, another viewer, a tap after the window, or a test with a real gift', () => {
    let q = offerAlert(EMPTY_ALERT_QUEUE, gift({ at: 1000 }), settings, 0);
    q = offerAlert(q, gift({ at: 1100, giftId: 'hat', coins: 99 }), settings, 0);
    q = offerAlert(q, gift({ at: 1200, viewerKey: 'v-bo' }), settings, 0);
    q = offerAlert(q, gift({ at: 1200 + settings.comboWindowMs + 1, giftId: 'hat', coins: 99 }), settings, 0);
    q = offerAlert(q, gift({ at: 5000, giftId: 'hat', coins: 99, test: true }), settings, 0);
    expect(q.waiting.map((alert) => alert.count)).toEqual([1, 1, 1, 1, 1]);
  });

  it('a tap after the viewer sent something else starts a new alert (only consecutive taps merge)', () => {
    let q = offerAlert(EMPTY_ALERT_QUEUE, gift({ at: 1000 }), settings, 0);
    q = offerAlert(q, gift({ at: 1100, giftId: 'hat', coins: 99 }), settings, 0);
    q = offerAlert(q, gift({ at: 1200 }), settings, 0);
    expect(q.waiting.map((alert) => alert.giftId)).toEqual(['rose', 'hat', 'rose']);
  });
});

describe('queue properties', () => {
  const event = fc.record({
    viewer: fc.constantFrom('a', 'b', 'c'),
    giftId: fc.constantFrom('rose', 'hat'),
    gapMs: fc.integer({ min: 0, max: 5000 }),
    redeliver: fc.boolean(),
    test: fc.boolean(),
  });

  it('every event is shown exactly once (alone or inside a combo), alerts start in the order of their first event, one at a time, with the pause between', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.integer({ min: 0, max: 3000 }), (plan, pauseMs) => {
        const rules = { ...settings, pauseMs };
        let q = EMPTY_ALERT_QUEUE;
        let now = 0;
        let id = 0;
        const sent: string[] = [];
        const shown: string[] = [];
        const starts: { key: string; start: number; end: number }[] = [];
        let previous: AlertQueue['playing'] = null;
        const observe = () => {
          if (q.playing && q.playing.alert.key !== previous?.alert.key) starts.push({ key: q.playing.alert.key, start: now, end: q.playing.endsAt });
          if (previous && (!q.playing || q.playing.alert.key !== previous.alert.key)) shown.push(...previous.alert.ids);
          if (q.playing && previous && q.playing.alert.key === previous.alert.key) starts.at(-1)!.end = q.playing.endsAt;
          previous = q.playing;
        };
        let last: OverlayAlert | undefined;
        for (const step of plan) {
          now += step.gapMs;
          q = advanceQueue(q, rules, now);
          observe();
          const next: OverlayAlert =
            step.redeliver && last ? last : gift({ id: String(++id), viewerKey: step.viewer, giftId: step.giftId, coins: step.giftId === 'hat' ? 99 : 1, at: now, test: step.test });
          if (next !== last) sent.push(next.id);
          last = next;
          q = offerAlert(q, next, rules, now);
          observe(); // a tap may have merged into the playing alert
        }
        for (let guard = 0; guard < 200; guard++) {
          const at = nextChangeAt(q);
          if (at === null) break;
          now = Math.max(now, at);
          q = advanceQueue(q, rules, now);
          observe();
        }
        expect(q.playing).toBeNull();
        // A later tap joins its combo, which may have started before other alerts: ids are each shown once.
        expect([...shown].sort((a, b) => Number(a) - Number(b))).toEqual(sent);
        expect(starts.map((alert) => Number(alert.key))).toEqual(starts.map((alert) => Number(alert.key)).sort((a, b) => a - b));
        for (let i = 1; i < starts.length; i++) expect(starts[i]!.start).toBeGreaterThanOrEqual(starts[i - 1]!.end + pauseMs);
      }),
    );
  });
});
