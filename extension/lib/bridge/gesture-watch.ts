import { GESTURE_WINDOW_MS } from '@core/bridge/bridge-names';

/** What a key press may activate: buttons and links, never a text field (typing a chat message is no gesture). */
const ACTIVATABLE =
  'button,a[href],summary,select,input[type=button],input[type=submit],input[type=image],input[type=checkbox],input[type=radio],' +
  '[role=button],[role=link],[role=menuitem],[role=option],[role=tab],[role=switch],[role=checkbox]';

/** A trusted activation: a primary-button press, or Enter/Space (no modifier, no auto-repeat) on something activatable. */
export function isActivation(event: Event): boolean {
  if (!event.isTrusted) return false;
  if (event.type === 'pointerdown') return (event as PointerEvent).button === 0;
  const key = event as KeyboardEvent;
  if (key.repeat || key.ctrlKey || key.altKey || key.metaKey || (key.key !== 'Enter' && key.key !== ' ')) return false;
  // The innermost target, inside open shadow roots too (the tray's buttons are in one).
  const target = event.composedPath()[0] as Partial<Element> | undefined;
  return typeof target?.closest === 'function' && target.closest(ACTIVATABLE) !== null;
}

/**
 * Tells whether the viewer just tapped, clicked or activated something on the page. Only the content
 * script can tell: it sees the page's events with their browser-set `isTrusted` flag, which no page
 * script can fake (a synthetic `dispatchEvent` is never trusted). The background cannot see the page at
 * all, so it relies on the content script's word, and the content script never takes the page's.
 *
 * Each gesture pays for one gift at most: a page cannot turn one tap, or one held key, into a stream of gifts.
 */
export function watchGestures(win: Window, now: () => number = () => Date.now()): () => boolean {
  let unspent: number[] = [];
  const note = (event: Event) => {
    if (isActivation(event)) unspent.push(now());
  };
  // pointerdown and keydown, not click: one tap or one Enter is one gesture, not two.
  for (const type of ['pointerdown', 'keydown']) win.addEventListener(type, note, { capture: true, passive: true });
  return function spendGesture(): boolean {
    const since = now() - GESTURE_WINDOW_MS;
    unspent = unspent.filter((at) => at >= since);
    return unspent.shift() !== undefined;
  };
}
