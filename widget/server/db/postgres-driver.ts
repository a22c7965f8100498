import pg from 'pg';
import type { SqlDriver, SqlSession } from '@core/storage';

const asSession = (target: pg.Pool | pg.PoolClient): SqlSession => ({
  query: async <Row>(text: string, params?: readonly unknown[]) => {
    const result = await target.query(text, params ? [...params] : undefined);
    return { rows: result.rows as Row[] };
  },
});

const corked = new WeakSet<pg.PoolClient>();

/**
 * The queries the core sends in one go (its reads, its writes) leave in one write to the socket instead of
 * one system call each: the socket is corked until the current run of callbacks is over.
 */
function writeTogether(client: pg.PoolClient): void {
  const socket = client.connection.stream;
  if (corked.has(client) || typeof socket.cork !== 'function') return;
  corked.add(client);
  socket.cork();
  process.nextTick(() => {
    corked.delete(client);
    socket.uncork();
  });
}

/** A transaction's queries: refused once it ended, so a straggler of a failed Promise.all cannot run on a connection already handed back. */
function transactionSession(client: pg.PoolClient): { session: SqlSession; end(): void } {
  const inner = asSession(client);
  let ended = false;
  return {
    session: {
      query<Row>(text: string, params?: readonly unknown[]) {
        if (ended) return Promise.reject(new Error('The transaction has already ended.'));
        writeTogether(client);
        return inner.query<Row>(text, params);
      },
    },
    end: () => {
      ended = true;
    },
  };
}

/**
 * node-postgres: each transaction takes its own pooled connection, so transactions run side by side.
 * Connections are pipelined: the queries the core sends together (its reads, its writes) and BEGIN before
 * them go out at once and cost one round trip, answered in order.
 */
export function postgresDriver(pool: pg.Pool): SqlDriver {
  return {
    engine: 'postgres',
    ...asSession(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken: unknown;
      const { session, end } = transactionSession(client);
      try {
        // BEGIN travels with the work's first queries; a failure of it fails them too, and is thrown first.
        writeTogether(client);
        const begin = client.query('BEGIN');
        begin.catch(() => undefined);
        const [, result] = await Promise.all([begin, work(session)]);
        end();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        end();
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
  const pool = new pg.Pool({ connectionString, max, pipeline: true });
  // An idle connection that the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}
