import type { LinkVerdict } from '../../../core';
import { addBadge } from './link-badge';

/** Longest stretch of drawing in one frame; what is left waits for the next frame. */
const FRAME_BUDGET_MS = 4;

/**
 * Draws badges in animation frames: everything that arrived since the last frame goes in together, so the
 * browser restyles and lays out the page once per frame however many verdicts came in, and drawing only
 * writes to the DOM (no layout reads, so no forced reflow). A long list is spread over several frames.
 * A hidden tab paints no frames; its badges are drawn by a timer instead.
 */
export function createBadgePainter(): (anchors: readonly HTMLAnchorElement[], link: LinkVerdict) => void {
  const pending: [HTMLAnchorElement, LinkVerdict][] = [];
  let scheduled = false;

  const paint = () => {
    scheduled = false;
    const deadline = performance.now() + FRAME_BUDGET_MS;
    let drawn = 0;
    while (drawn < pending.length) {
      // Check the clock every 8 badges: performance.now() itself is not free.
      if ((drawn & 7) === 7 && performance.now() >= deadline) break;
      const [anchor, link] = pending[drawn++]!;
      if (anchor.isConnected) addBadge(anchor, link);
    }
    pending.splice(0, drawn);
    schedule();
  };

  const schedule = () => {
    if (scheduled || pending.length === 0) return;
    scheduled = true;
    if (document.hidden) setTimeout(paint, 0);
    else requestAnimationFrame(paint);
  };

  return (anchors, link) => {
    for (const anchor of anchors) pending.push([anchor, link]);
    schedule();
  };
}
