import { defineConfig } from 'vitest/config';
import { CORE_ALIAS } from '../../widget/vite.config';

/** Server tests on PostgreSQL and on real server processes (run after the build, see with-postgres.sh). */
export default defineConfig({
  resolve: { alias: CORE_ALIAS },
  test: {
    include: ['test/server/**/*.test.ts'],
    environment: 'node',
    // Each file starts servers or opens pools of its own; one at a time keeps the figures of a 2-core machine sane.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
