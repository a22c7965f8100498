/** Longest stretch of scanning before the page gets the main thread back; far below the 50 ms of a long task. */
export const SLICE_BUDGET_MS = 8;

/** Runs `work` when the browser is idle (or after at most 250 ms), falling back to a macrotask. */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 250 });
  else setTimeout(work, 0);
}
