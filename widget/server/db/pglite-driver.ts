import { PGlite } from '@electric-sql/pglite';
import type { SqlDriver, SqlSession } from '@core/storage';

export interface PgliteDatabase {
  driver: SqlDriver;
  pglite: PGlite;
  close(): Promise<void>;
}

/** Wraps one PGlite: a single connection, so its own mutex already runs transactions one at a time. */
export function pgliteDriver(pglite: PGlite): SqlDriver {
  const session = (target: Pick<PGlite, 'query'>): SqlSession => ({
    query: async <Row>(text: string, params?: readonly unknown[]) => {
      const result = await target.query<Row>(text, params ? [...params] : undefined);
      return { rows: result.rows };
    },
  });
  return {
    engine: 'pglite',
    ...session(pglite),
    transaction: (work) => pglite.transaction((tx) => work(session(tx))),
  };
}

/** PGlite in a folder (created if new), or in memory without one. */
export async function openPglite(dataDir?: string): Promise<PgliteDatabase> {
  const pglite = await PGlite.create(dataDir ? { dataDir } : {});
  return { driver: pgliteDriver(pglite), pglite, close: () => pglite.close() };
}
