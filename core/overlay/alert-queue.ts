import type { AlertSettings } from './alert-settings';
import { tierFor } from './alert-tiers';
import { addTap, comboOf, continuesCombo, type ComboAlert } from './combo-merge';
import type { OverlayAlert } from './overlay-alert';

export interface PlayingAlert {
  alert: ComboAlert;
  startedAt: number;
  endsAt: number;
}

/**
 * The overlay's alerts: one plays at a time, the rest wait in order, with a pause between two.
 * Pure: every change takes the time (`now`, the page's clock) and returns a new queue.
 */
export interface AlertQueue {
  playing: PlayingAlert | null;
  waiting: ComboAlert[];
  /** No alert starts before this (the pause after the last one). */
  restUntil: number;
  /** The highest event id taken: a redelivered or older event is never shown again. */
  lastId: number;
}

export const EMPTY_ALERT_QUEUE: AlertQueue = Object.freeze({ playing: null, waiting: [], restUntil: 0, lastId: 0 });

const durationOf = (alert: ComboAlert, settings: AlertSettings) => tierFor(alert.coins, settings.tiers).durationMs;

/**
 * Takes one event: ignored when already taken, when alerts are off or below the minimum; merged into the
 * viewer's latest alert when it continues that combo (a playing combo stays up while it counts); queued
 * otherwise.
 */
export function offerAlert(queue: AlertQueue, event: OverlayAlert, settings: AlertSettings, now: number): AlertQueue {
  const id = Number(event.id);
  if (id <= queue.lastId) return queue;
  const taken = { ...queue, lastId: id };
  if (!settings.enabled) return taken;
  // The viewer's latest alert, waiting or playing: only that one can be continued (taps are consecutive).
  const waitingIndex = findLastIndex(taken.waiting, (alert) => alert.viewerKey === event.viewerKey);
  if (waitingIndex >= 0) {
    const target = taken.waiting[waitingIndex]!;
    if (continuesCombo(target, event, settings.comboWindowMs)) {
      const waiting = [...taken.waiting];
      waiting[waitingIndex] = addTap(target, event);
      return { ...taken, waiting };
    }
  } else if (taken.playing?.alert.viewerKey === event.viewerKey && continuesCombo(taken.playing.alert, event, settings.comboWindowMs)) {
    const alert = addTap(taken.playing.alert, event);
    const endsAt = Math.max(taken.playing.endsAt, taken.playing.startedAt + durationOf(alert, settings), now + settings.comboWindowMs);
    return { ...taken, playing: { ...taken.playing, alert, endsAt } };
  }
  if (event.coins < settings.minCoins && !event.test) return taken;
  return { ...taken, waiting: [...taken.waiting, comboOf(event)] };
}

/** Moves time on: the playing alert ends (then the pause), and the next one starts once the pause is over. */
export function advanceQueue(queue: AlertQueue, settings: AlertSettings, now: number): AlertQueue {
  let next = queue;
  if (next.playing && now >= next.playing.endsAt) {
    next = { ...next, playing: null, restUntil: next.playing.endsAt + settings.pauseMs };
  }
  if (!next.playing && next.waiting.length > 0 && now >= next.restUntil) {
    const [alert, ...waiting] = next.waiting as [ComboAlert, ...ComboAlert[]];
    next = { ...next, waiting, playing: { alert, startedAt: now, endsAt: now + durationOf(alert, settings) } };
  }
  return next;
}

/** When the queue changes next by itself (null: it waits for an event). */
export function nextChangeAt(queue: AlertQueue): number | null {
  if (queue.playing) return queue.playing.endsAt;
  if (queue.waiting.length > 0) return queue.restUntil;
  return null;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
