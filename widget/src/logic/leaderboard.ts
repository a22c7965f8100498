/** The viewer of this tray in the leaderboard; the view shows it as "You". */
export const SELF = '\u0000self';

export interface Gifter {
  name: string;
  coins: number;
  /** Order in which the gifter first reached their total: the earlier one ranks first on a tie. */
  since: number;
}

/** Coins each gifter gave in this stream. Immutable: every gift makes a new board. */
export type Leaderboard = ReadonlyMap<string, Gifter>;

export const EMPTY_LEADERBOARD: Leaderboard = new Map();

let order = 0;

export function addToLeaderboard(board: Leaderboard, name: string, coins: number): Leaderboard {
  const next = new Map(board);
  const previous = board.get(name);
  next.set(name, { name, coins: (previous?.coins ?? 0) + coins, since: ++order });
  return next;
}

/** The top gifters, most coins first. */
export function topGifters(board: Leaderboard, count = 3): Gifter[] {
  return [...board.values()].sort((a, b) => b.coins - a.coins || a.since - b.since).slice(0, count);
}
