import type {
  StreamGiftEvent,
  StreamGoalEvent,
  StreamLeaderboardEvent,
  StreamSnapshot,
  TopGifter,
} from '@core/messages/gift-server-api';

/** How many top gifters the server keeps (its schema's maximum): a full list may leave gifters out. */
const SERVER_TOP = 5;

/** What the tray knows of a stream: the server's snapshot, moved on by the feed's events in id order. */
export interface StreamBoard {
  goal: StreamGoal | null;
  progressCoins: number;
  topGifters: readonly TopGifter[];
  /** The outbox id of the latest event applied: anything at or before it is already counted. */
  lastEventId: bigint;
}

type StreamGoal = NonNullable<StreamSnapshot['goal']>;

const idOf = (id: string | undefined): bigint | null => (id && /^\d+$/.test(id) ? BigInt(id) : null);

export function boardFromSnapshot(snapshot: StreamSnapshot): StreamBoard {
  return {
    goal: snapshot.goal,
    progressCoins: snapshot.progressCoins,
    topGifters: snapshot.topGifters,
    lastEventId: BigInt(snapshot.lastEventId),
  };
}

/**
 * One more gift of any viewer. A gift at or before the last applied id was counted already (a redelivery after
 * a reconnect, or a gift the snapshot includes) and changes nothing.
 */
export function applyGift(board: StreamBoard, gift: StreamGiftEvent): StreamBoard {
  const id = BigInt(gift.id);
  if (id <= board.lastEventId) return board;
  return {
    ...board,
    progressCoins: board.progressCoins + gift.coins,
    topGifters: addGifter(board.topGifters, gift.from, gift.coins),
    lastEventId: id,
  };
}

/**
 * Adds a gift to the top list only where the total is certain: a gifter already listed, or any gifter while the
 * list is not full (then it holds every gifter). Otherwise the server's next `leaderboard` event says.
 */
function addGifter(top: readonly TopGifter[], name: string, coins: number): readonly TopGifter[] {
  const listed = top.some((gifter) => gifter.name === name);
  if (!listed && top.length >= SERVER_TOP) return top;
  const next = listed
    ? top.map((gifter) => (gifter.name === name ? { name, coins: gifter.coins + coins } : gifter))
    : [...top, { name, coins }];
  // Stable: on a tie the one who got there first stays ahead, as on the server.
  return next.map((gifter, order) => ({ gifter, order })).sort((a, b) => b.gifter.coins - a.gifter.coins || a.order - b.order).map(({ gifter }) => gifter);
}

/** The server's totals after the gifts up to `eventId`: they replace the board's, unless older than what it shows. */
export function applyGoal(board: StreamBoard, event: StreamGoalEvent, eventId: string | undefined): StreamBoard {
  const id = idOf(eventId);
  if (id !== null && id < board.lastEventId) return board;
  return { ...board, goal: event.goal, progressCoins: event.progressCoins, lastEventId: id ?? board.lastEventId };
}

export function applyLeaderboard(board: StreamBoard, event: StreamLeaderboardEvent, eventId: string | undefined): StreamBoard {
  const id = idOf(eventId);
  if (id !== null && id < board.lastEventId) return board;
  return { ...board, topGifters: event.topGifters, lastEventId: id ?? board.lastEventId };
}
