import { join } from 'node:path';
import type { SqlDriver } from '@core/storage';
import type { ServerConfig } from '../config';
import { lockFolder } from './folder-lock';
import { openPglite } from './pglite-driver';
import { openPostgresPool, postgresDriver } from './postgres-driver';

export interface Database {
  driver: SqlDriver;
  /** Calls back on NOTIFY of a channel (both engines have LISTEN). */
  listen(channel: string, onNotify: () => void): Promise<void>;
  close(): Promise<void>;
}

/** PostgreSQL when DATABASE_URL is set, else PGlite in `<data folder>/pglite`, locked to this process. */
export async function openDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir' | 'poolSize'>): Promise<Database> {
  if (config.databaseUrl) {
    const pool = openPostgresPool(config.databaseUrl, config.poolSize);
    const listeners: { release(): void }[] = [];
    return {
      driver: postgresDriver(pool),
      async listen(channel, onNotify) {
        const client = await pool.connect();
        client.on('notification', (message) => {
          if (message.channel === channel) onNotify();
        });
        await client.query(`LISTEN ${channel}`);
        listeners.push(client);
      },
      async close() {
        for (const client of listeners) client.release();
        await pool.end();
      },
    };
  }
  const unlock = lockFolder(config.dataDir);
  try {
    const database = await openPglite(join(config.dataDir, 'pglite'));
    return {
      driver: database.driver,
      async listen(channel, onNotify) {
        await database.pglite.listen(channel, onNotify);
      },
      async close() {
        try {
          await database.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
