import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4175);

// Benchmarks run one at a time so they do not compete for the two cores.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
  globalSetup: './reset.ts',
  globalTeardown: './report.ts',
  use: {
    baseURL: `http://localhost:${BENCH_PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --config widget/demo/serve.config.ts --port ${BENCH_PORT}`,
    cwd: '../..',
    url: `http://localhost:${BENCH_PORT}/demo/`,
    reuseExistingServer: false,
  },
});
