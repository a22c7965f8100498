/**
 * Longest stretch of scanning before the page gets the main thread back: far below the 50 ms of a long task,
 * with room for a loaded machine, where the same work takes several times as long in wall time.
 */
export const SLICE_BUDGET_MS = 4;

/** Runs `work` when the browser is idle (or after at most 250 ms), falling back to a macrotask. */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 250 });
  else setTimeout(work, 0);
}

/**
 * Runs `work` at the page's first idle time after its load event, so nothing of ours delays the load or
 * competes with the page's own start-up. A page whose load never fires (a stuck image) gets it after 3 s.
 */
export function afterLoadWhenIdle(work: () => void): void {
  if (document.readyState === 'complete') return whenIdle(work);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    removeEventListener('load', start);
    clearTimeout(fallback);
    whenIdle(work);
  };
  const fallback = setTimeout(start, 3000);
  addEventListener('load', start);
}
