import type { SqlDriver } from '@core/storage';
import { MIGRATIONS, type Migration } from './migrations';

/** Any constant: every process that migrates takes this advisory lock, so two starting at once apply each file once. */
const MIGRATION_LOCK = 4_173_001;

/**
 * Applies the migrations not yet applied, each in its own transaction with its row in schema_migrations:
 * a crash leaves a file either applied and recorded, or neither. Returns the versions applied now.
 */
export async function migrate(driver: SqlDriver, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  await driver.query('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at bigint NOT NULL)');
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await driver.transaction(async (session) => {
      await session.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const { rows } = await session.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await session.query(statement);
      await session.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [migration.version, Date.now()]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/** Our migration files hold no semicolons inside statements (no functions, no string literals with ';'). */
export function splitStatements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, '')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}
