import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium';

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
  webServer: {
    command: `npx vite preview --config widget/demo/serve.config.ts --port ${E2E_PORT}`,
    url: `http://localhost:${E2E_PORT}/demo/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
