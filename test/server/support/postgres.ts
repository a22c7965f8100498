import pg from 'pg';

/** The PostgreSQL of the server tests (set by test/server/with-postgres.sh, which npm test runs them under). */
export function adminUrl(): string {
  const url = process.env.LIVEGIFT_TEST_DATABASE_URL;
  if (!url) throw new Error('LIVEGIFT_TEST_DATABASE_URL is not set: run these tests through test/server/with-postgres.sh (npm run test:server).');
  return url;
}

/** A new, empty database on the test cluster; returns its URL. */
export async function freshDatabase(prefix: string): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`.toLowerCase();
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}
