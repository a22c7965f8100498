import { GESTURE_WINDOW_MS } from '../../../core/bridge/bridge-envelopes';

/**
 * Tells whether the viewer just tapped, clicked or pressed a key on the page. Only the content script
 * can tell: it sees the page's events with their browser-set `isTrusted` flag, which no page script can
 * fake (a synthetic `dispatchEvent` is never trusted). The background cannot see the page at all, so it
 * relies on the content script's word, and the content script never takes the page's.
 *
 * Each gesture pays for one gift at most: a page cannot turn one tap into a stream of gifts.
 */
export function watchGestures(win: Window, now: () => number = () => Date.now()): () => boolean {
  let unspent: number[] = [];
  const note = (event: Event) => {
    if (event.isTrusted) unspent.push(now());
  };
  // pointerdown and keydown, not click: one tap or one Enter is one gesture, not two.
  for (const type of ['pointerdown', 'keydown']) win.addEventListener(type, note, { capture: true, passive: true });
  return function spendGesture(): boolean {
    const since = now() - GESTURE_WINDOW_MS;
    unspent = unspent.filter((at) => at >= since);
    return unspent.shift() !== undefined;
  };
}
