import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { E2E_PORT } from '../../playwright.config';

/** Serves the built demo pages and widget for the Firefox tests, on the e2e port (the Chromium run has finished by then). */
export default async function serveDemo() {
  const server = await preview({
    configFile: fileURLToPath(new URL('../../widget/demo/serve.config.ts', import.meta.url)),
    preview: { port: E2E_PORT, strictPort: true },
    logLevel: 'warn',
  });
  return () => server.close();
}

export const DEMO_ORIGIN = `http://localhost:${E2E_PORT}`;
