import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium';
import { E2E_STREAMS, GIFT_SERVER, GIFT_SERVER_DATA, GIFT_SERVER_PORT } from './test/e2e/gift-server';

/** The demo site for e2e runs on its own port, so `npm start` can run beside the tests. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npx vite preview --config widget/demo/serve.config.ts --port ${E2E_PORT}`,
      url: `http://localhost:${E2E_PORT}/demo/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The built gift server (npm run build), on a fresh PGlite folder; it also serves the demo pages.
      command: `rm -rf ${GIFT_SERVER_DATA} && node .output/server/main.mjs`,
      url: `${GIFT_SERVER}/healthz`,
      env: {
        PORT: String(GIFT_SERVER_PORT),
        LIVEGIFT_DATA_DIR: GIFT_SERVER_DATA,
        LIVEGIFT_STREAMS: JSON.stringify(E2E_STREAMS),
        LIVEGIFT_LOG_LEVEL: 'warn',
      },
      reuseExistingServer: false,
      // PGlite's first start on a new folder takes up to ~20 s on this machine.
      timeout: 90_000,
    },
  ],
});
