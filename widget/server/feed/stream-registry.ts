import type { StreamGoal } from '@core/messages/gift-server-api';
import type { SqlDriver } from '@core/storage';
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

  /**
   * Configured streams win over what is stored: the configuration is the site owner's word. Only a goal
   * the creator set on the dashboard since stays, while the stream stays theirs.
   */
  async seed(streams: readonly StreamConfig[]): Promise<void> {
    for (const stream of streams) {
      await this.driver.query(
        `INSERT INTO streams (id, creator, goal_coins, goal_title) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET creator = EXCLUDED.creator,
           goal_by_creator = streams.goal_by_creator AND streams.creator = EXCLUDED.creator,
           goal_coins = CASE WHEN streams.goal_by_creator AND streams.creator = EXCLUDED.creator THEN streams.goal_coins ELSE EXCLUDED.goal_coins END,
           goal_title = CASE WHEN streams.goal_by_creator AND streams.creator = EXCLUDED.creator THEN streams.goal_title ELSE EXCLUDED.goal_title END`,
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

  /** The creator's streams, by id. */
  async ofCreator(creator: string): Promise<StreamInfo[]> {
    const { rows } = await this.driver.query<{ id: string }>('SELECT id FROM streams WHERE creator = $1 ORDER BY id LIMIT 200', [creator]);
    const streams = await Promise.all(rows.map((row) => this.find(row.id)));
    return streams.filter((stream): stream is StreamInfo => stream !== undefined);
  }

  /** The creator's own goal for their stream (null: none); undefined when the stream is not theirs. */
  async setGoal(id: string, creator: string, goal: StreamGoal | null): Promise<StreamInfo | undefined> {
    const { rows } = await this.driver.query<{ id: string }>(
      'UPDATE streams SET goal_coins = $3, goal_title = $4, goal_by_creator = true WHERE id = $1 AND creator = $2 RETURNING id',
      [id, creator, goal?.coins ?? null, goal?.title ?? null],
    );
    this.cache.delete(id);
    return rows[0] ? this.find(id) : undefined;
  }

  /** Registers a stream for its creator unless it exists; returns what is stored (maybe another creator's). */
  async claim(id: string, creator: string): Promise<StreamInfo> {
    await this.driver.query('INSERT INTO streams (id, creator) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [id, creator]);
    return (await this.find(id))!;
  }
}
