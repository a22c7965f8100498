/** Waits before the next try: 1 s, 2 s, 4 s … up to 30 s, with jitter so a server's viewers do not return all at once. */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));
  return Math.round(base * (0.75 + random() * 0.5));
}
