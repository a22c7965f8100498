import pg from 'pg';
import type { SqlDriver, SqlSession } from '../../../core/storage/sql-driver';

const asSession = (target: pg.Pool | pg.PoolClient): SqlSession => ({
  query: async <Row>(text: string, params?: readonly unknown[]) => {
    const result = await target.query(text, params ? [...params] : undefined);
    return { rows: result.rows as Row[] };
  },
});

/** One connection runs one query at a time: the core sends independent reads together, so they queue here. */
function serialSession(client: pg.PoolClient): SqlSession {
  const session = asSession(client);
  let tail: Promise<unknown> = Promise.resolve();
  return {
    query<Row>(text: string, params?: readonly unknown[]) {
      const run = tail.then(() => session.query<Row>(text, params));
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

/** node-postgres: each transaction takes its own pooled connection, so transactions run side by side. */
export function postgresDriver(pool: pg.Pool): SqlDriver {
  return {
    engine: 'postgres',
    ...asSession(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken: unknown;
      try {
        await client.query('BEGIN');
        const result = await work(serialSession(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError;
        }
        throw error;
      } finally {
        // A connection whose rollback failed is in an unknown state: drop it instead of reusing it.
        client.release(broken instanceof Error ? broken : undefined);
      }
    },
  };
}

export function openPostgresPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  // An idle connection that the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}
