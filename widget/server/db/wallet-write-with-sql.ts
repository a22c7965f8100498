import type { WalletWriteTx } from '@core/ports';
import type { SqlDriver, SqlSession } from '@core/storage';
import { SqlWalletStore } from '@core/storage';

/**
 * One write of a viewer's wallet that also runs the server's own SQL (a gift card claimed, a dispute
 * recorded) in the same transaction, under the viewer's lock: both commit or neither does. A lost race
 * re-runs the whole work, the server's SQL included.
 */
export function walletWriteWithSql<T>(driver: SqlDriver, viewerId: string, work: (tx: WalletWriteTx, sql: SqlSession) => Promise<T>): Promise<T> {
  let session: SqlSession | undefined;
  const capturing: SqlDriver = {
    engine: driver.engine,
    query: (text, params) => driver.query(text, params),
    transaction: (inner) =>
      driver.transaction((current) => {
        session = current;
        return inner(current);
      }),
  };
  const storage = new SqlWalletStore({ driver: capturing, viewerId });
  return storage.write((tx) => work(tx, session!));
}
