/// <reference types="vite/client" />
// The schema's migrations are plain SQL files beside this one, bundled into the server at build time.

export interface Migration {
  version: string;
  sql: string;
}

const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });

/** In order of their file names (0001_…, 0002_…). */
export const MIGRATIONS: readonly Migration[] = Object.entries(files)
  .map(([path, sql]) => ({ version: path.replace(/^.*\//, '').replace(/\.sql$/, ''), sql }))
  .sort((a, b) => a.version.localeCompare(b.version));
