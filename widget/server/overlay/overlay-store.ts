import { DEFAULT_ALERT_SETTINGS, alertSettingsSchema, type AlertSettings } from '@core/overlay';
import type { SqlDriver, SqlSession } from '@core/storage';
import { FEED_CHANNEL, NUMBERING_LOCK } from '../feed/gift-feed';
import { newOverlayToken, overlayTokenHash } from './overlay-token';

/** Wakes every instance's overlay feeds after a creator changed a URL, settings or hidden viewers. */
export const OVERLAY_CHANNEL = 'livegift_overlay';

export interface TestAlertBody {
  from: string;
  giftId: string;
  count: number;
  coins: number;
  at: number;
  message?: string;
}

const notify = (session: SqlSession) => session.query('SELECT pg_notify($1, $2)', [OVERLAY_CHANNEL, '']);

/** A creator's overlay records in SQL: the URL's hash, settings, hidden viewers and test alerts. */
export class OverlayStore {
  constructor(private readonly driver: SqlDriver) {}

  /** A new secret URL token for the creator; the previous one matches nothing from this commit on. */
  async issueToken(creator: string, now: number): Promise<string> {
    const token = newOverlayToken();
    await this.driver.transaction(async (session) => {
      await session.query(
        `INSERT INTO overlay_tokens (creator, token_hash, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (creator) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at`,
        [creator, overlayTokenHash(token), now],
      );
      await notify(session);
    });
    return token;
  }

  async creatorOfToken(token: string): Promise<string | undefined> {
    return (await this.creatorOfHash(overlayTokenHash(token)));
  }

  async creatorOfHash(hash: string): Promise<string | undefined> {
    const { rows } = await this.driver.query<{ creator: string }>('SELECT creator FROM overlay_tokens WHERE token_hash = $1', [hash]);
    return rows[0]?.creator;
  }

  async tokenCreatedAt(creator: string): Promise<number | null> {
    const { rows } = await this.driver.query<{ created_at: unknown }>('SELECT created_at FROM overlay_tokens WHERE creator = $1', [creator]);
    return rows[0] ? Number(rows[0].created_at) : null;
  }

  /** The stored settings, or the defaults; a stored record that no longer parses reads as the defaults. */
  async settings(creator: string): Promise<AlertSettings> {
    const { rows } = await this.driver.query<{ body: unknown }>('SELECT body FROM overlay_settings WHERE creator = $1', [creator]);
    const parsed = rows[0] ? alertSettingsSchema.safeParse(rows[0].body) : undefined;
    return parsed?.success ? parsed.data : DEFAULT_ALERT_SETTINGS;
  }

  async saveSettings(creator: string, settings: AlertSettings, now: number): Promise<void> {
    await this.driver.transaction(async (session) => {
      await session.query(
        `INSERT INTO overlay_settings (creator, body, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (creator) DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at`,
        [creator, JSON.stringify(settings), now],
      );
      await notify(session);
    });
  }

  async hiddenViewers(creator: string): Promise<{ viewerId: string; name: string; hiddenAt: number }[]> {
    const { rows } = await this.driver.query<{ viewer_id: string; name: string; hidden_at: unknown }>(
      'SELECT viewer_id, name, hidden_at FROM overlay_hidden_viewers WHERE creator = $1 ORDER BY hidden_at, viewer_id',
      [creator],
    );
    return rows.map((row) => ({ viewerId: row.viewer_id, name: row.name, hiddenAt: Number(row.hidden_at) }));
  }

  async setHidden(creator: string, viewer: { id: string; name: string }, hidden: boolean, now: number): Promise<void> {
    await this.driver.transaction(async (session) => {
      if (hidden) {
        await session.query(
          'INSERT INTO overlay_hidden_viewers (creator, viewer_id, name, hidden_at) VALUES ($1, $2, $3, $4) ON CONFLICT (creator, viewer_id) DO NOTHING',
          [creator, viewer.id, viewer.name, now],
        );
      } else {
        await session.query('DELETE FROM overlay_hidden_viewers WHERE creator = $1 AND viewer_id = $2', [creator, viewer.id]);
      }
      await notify(session);
    });
  }

  /** The creator's gifters across their streams, most coins first (at most `limit`), with their latest name. */
  async gifters(creator: string, limit: number): Promise<{ viewerId: string; name: string; coins: number }[]> {
    const { rows } = await this.driver.query<{ viewer_id: string; name: string; coins: unknown }>(
      `SELECT f.viewer_id, (array_agg(f.body->>'from' ORDER BY f.id DESC))[1] AS name, sum((f.body->>'coins')::bigint) AS coins
       FROM gift_feed f JOIN streams s ON s.id = f.stream
       WHERE s.creator = $1 AND f.id IS NOT NULL GROUP BY f.viewer_id ORDER BY coins DESC, f.viewer_id LIMIT $2`,
      [creator, limit],
    );
    return rows.map((row) => ({ viewerId: row.viewer_id, name: row.name, coins: Number(row.coins) }));
  }

  /**
   * A test alert, numbered like the gift feed's rows (same sequence, same lock, committed before the lock
   * is released), so it takes its place in the overlay's one id order.
   */
  async insertTestAlert(creator: string, body: TestAlertBody): Promise<number> {
    return this.driver.transaction(async (session) => {
      await session.query('SELECT pg_advisory_xact_lock($1)', [NUMBERING_LOCK]);
      const { rows } = await session.query<{ id: unknown }>(
        "INSERT INTO overlay_test_alerts (id, creator, body) VALUES (nextval('gift_feed_ids'), $1, $2) RETURNING id",
        [creator, JSON.stringify(body)],
      );
      await session.query('SELECT pg_notify($1, $2)', [FEED_CHANNEL, '']);
      return Number(rows[0]!.id);
    });
  }
}
