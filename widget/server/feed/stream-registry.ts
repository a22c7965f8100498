import type { StreamGoal } from '../../../core/messages/gift-server-api';
import type { SqlDriver } from '../../../core/storage/sql-driver';
import type { StreamConfig } from '../config';

export interface StreamInfo {
  id: string;
  creator: string;
  goal: StreamGoal | null;
}

/** The streams the server knows: configured ones, and in demo mode any stream a gift names first. */
export class StreamRegistry {
  private readonly cache = new Map<string, StreamInfo>();

  constructor(private readonly driver: SqlDriver) {}

  /** Configured streams win over what is stored: the configuration is the site owner's word. */
  async seed(streams: readonly StreamConfig[]): Promise<void> {
    for (const stream of streams) {
      await this.driver.query(
        `INSERT INTO streams (id, creator, goal_coins, goal_title) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET creator = EXCLUDED.creator, goal_coins = EXCLUDED.goal_coins, goal_title = EXCLUDED.goal_title`,
        [stream.id, stream.creator, stream.goal?.coins ?? null, stream.goal?.title ?? null],
      );
      this.cache.delete(stream.id);
    }
  }

  async find(id: string): Promise<StreamInfo | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const { rows } = await this.driver.query<{ id: string; creator: string; goal_coins: unknown; goal_title: string | null }>(
      'SELECT id, creator, goal_coins, goal_title FROM streams WHERE id = $1',
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    const info: StreamInfo = {
      id: row.id,
      creator: row.creator,
      goal: row.goal_coins === null ? null : { coins: Number(row.goal_coins), title: row.goal_title ?? '' },
    };
    this.cache.set(id, info);
    return info;
  }

  /** Registers a stream for its creator unless it exists; returns what is stored (maybe another creator's). */
  async claim(id: string, creator: string): Promise<StreamInfo> {
    await this.driver.query('INSERT INTO streams (id, creator) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [id, creator]);
    return (await this.find(id))!;
  }
}
