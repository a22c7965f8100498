import type { LinkVerdict } from '@core';
import { addBadge } from './link-badge';

/**
 * Longest wait before the badges found so far are drawn while a long page is still being answered; it doubles
 * after each such early drawing, so a page with thousands of links is laid out again only a few times.
 */
const FIRST_WAIT_MS = 120;

export interface BadgePainter {
  /** Badges to draw; they wait for `flush` or at most the current wait (FIRST_WAIT_MS, then longer). */
  add(anchors: readonly HTMLAnchorElement[], link: LinkVerdict): void;
  /** Draws everything waiting in the next frame. */
  flush(): void;
}

/**
 * Draws badges together, in one animation frame: every DOM write makes the browser restyle, lay out and
 * repaint the page in the next frame, which on a page with 10,000 links costs far more than drawing the
 * badges, so a page gets as few such frames as possible. Drawing only writes (no layout reads, so no forced
 * reflow). A hidden tab paints no frames; its badges are drawn by a timer instead.
 */
export function createBadgePainter(): BadgePainter {
  const pending: [HTMLAnchorElement, LinkVerdict][] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = false;
  let wait = FIRST_WAIT_MS;

  const paint = () => {
    frame = false;
    for (const [anchor, link] of pending.splice(0)) if (anchor.isConnected) addBadge(anchor, link);
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (frame || pending.length === 0) return;
    frame = true;
    if (document.hidden) setTimeout(paint, 0);
    else requestAnimationFrame(paint);
  };
  return {
    add(anchors, link) {
      for (const anchor of anchors) pending.push([anchor, link]);
      timer ??= setTimeout(() => {
        wait *= 2;
        flush();
      }, wait);
    },
    flush,
  };
}
