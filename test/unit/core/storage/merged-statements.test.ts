import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergingSession } from '@core/storage';
import type { SqlSession } from '@core/storage';
import { openPglite, type PgliteDatabase } from '../../../../widget/server/db/pglite-driver';

let database: PgliteDatabase;
beforeAll(async () => {
  database = await openPglite();
  await database.driver.query('CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, body jsonb NOT NULL)');
  await database.driver.query(`INSERT INTO items VALUES (1, 'one', '{"n":1}'), (2, 'two', '{"n":2}'), (3, 'three', '{"n":3}')`);
}, 120_000);
afterAll(() => database.close());

/** The database behind a session that records each statement it receives. */
function recorded(): { session: SqlSession; sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    session: {
      query: (text, params) => {
        sent.push(text);
        return database.driver.query(text, params);
      },
    },
  };
}

describe('merged statements', () => {
  it('answers reads sent together from one statement, each with its own rows, as separate queries would', async () => {
    const { session, sent } = recorded();
    const merged = mergingSession(session);
    const [byId, ordered, none, count] = await Promise.all([
      merged.query('SELECT name, body FROM items WHERE id = $1', [2]),
      merged.query('SELECT id FROM items WHERE id >= $1 ORDER BY id DESC', [2]),
      merged.query('SELECT name FROM items WHERE name = $1', ['nothing']),
      merged.query('SELECT count(*)::int AS n FROM items WHERE id <> $1 AND name <> $2', [1, 'x']),
    ]);
    expect(sent).toHaveLength(1);
    expect(byId.rows).toEqual([{ name: 'two', body: { n: 2 } }]);
    expect(ordered.rows).toEqual([{ id: 3 }, { id: 2 }]);
    expect(none.rows).toEqual([]);
    expect(count.rows).toEqual([{ n: 2 }]);
  });

  it('sends writes together as one statement, and a read issued after them as the next one, which sees them', async () => {
    const { session, sent } = recorded();
    const merged = mergingSession(session);
    const [inserted, updated, after] = await Promise.all([
      merged.query(`INSERT INTO items VALUES ($1, $2, $3::jsonb) ON CONFLICT DO NOTHING RETURNING id`, [4, 'four', '{"n":4}']),
      merged.query(`INSERT INTO items VALUES ($1, $2, $3::jsonb) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name`, [1, 'uno', '{"n":1}']),
      merged.query('SELECT id, name FROM items WHERE id IN ($1, $2) ORDER BY id', [1, 4]),
    ]);
    expect(sent).toHaveLength(2);
    expect(inserted.rows).toEqual([{ id: 4 }]);
    expect(updated.rows).toEqual([]);
    expect(after.rows).toEqual([{ id: 1, name: 'uno' }, { id: 4, name: 'four' }]);
  });

  it('fails every query of a merged statement that fails, and writes none of them', async () => {
    const merged = mergingSession(database.driver);
    const results = await Promise.allSettled([
      merged.query(`INSERT INTO items VALUES ($1, $2, $3::jsonb)`, [5, 'five', '{}']),
      merged.query(`INSERT INTO items VALUES ($1, $2, $3::jsonb)`, [2, 'duplicate', '{}']),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect((await database.driver.query('SELECT id FROM items WHERE id = 5')).rows).toEqual([]);
    expect((await merged.query('SELECT name FROM items WHERE id = $1', [2])).rows).toEqual([{ name: 'two' }]);
  });
});
