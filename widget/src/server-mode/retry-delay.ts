/**
 * Waits before the next try: 1 s, 2 s, 4 s, 8 s, then 10 s (a viewer should not wait long once the network is
 * back), with jitter so a server's viewers do not all return at once.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(10_000, 1000 * 2 ** Math.min(attempt, 4));
  return Math.round(base * (0.75 + random() * 0.5));
}
