import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The gift server the server-mode e2e tests run against (started by playwright.config.ts beside the demo site). */
export const GIFT_SERVER_PORT = Number(process.env.GIFT_SERVER_PORT ?? Number(process.env.E2E_PORT ?? 4174) + 2);
export const GIFT_SERVER = `http://localhost:${GIFT_SERVER_PORT}`;

/** A fresh data folder for every run: the streams below start at zero. */
export const GIFT_SERVER_DATA = join(tmpdir(), `livegift-e2e-${GIFT_SERVER_PORT}`);

/** One stream per test, so tests running side by side do not move each other's goal and top gifters. */
export const E2E_STREAMS = ['e2e-two-viewers', 'e2e-offline', 'e2e-hostile', 'e2e-switch'].map((id) => ({
  id,
  creator: 'mia-cooks',
  goal: { coins: 500, title: 'E2E goal' },
}));
