/** One connection's worth of SQL: PostgreSQL placeholders ($1, $2 …), rows as plain objects. */
export interface SqlSession {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
}

/**
 * The small SQL port the SQL wallet store needs: PGlite in one process, node-postgres for a server.
 * `query` runs on its own (autocommit); `transaction` runs `work` in BEGIN … COMMIT on one connection and
 * rolls back when it throws.
 */
export interface SqlDriver extends SqlSession {
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** The process's own notion of the engine, for logs and figures. */
  readonly engine: 'pglite' | 'postgres';
}

/** The SQLSTATE of a driver error (both drivers put it on `code`), if there is one. */
export function sqlStateOf(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code)) {
    return error.code;
  }
  return undefined;
}

/** Serialization failure and deadlock: the transaction did nothing and may simply run again. */
export const RETRYABLE_SQL_STATES: ReadonlySet<string> = new Set(['40001', '40P01']);
