import { defineConfig } from 'vitest/config';
import { CORE_ALIAS } from '../../widget/vite.config';

/** `npm run test:firefox`: the built add-on in Debian's headless Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
export default defineConfig({
  resolve: { alias: CORE_ALIAS },
  test: {
    include: ['test/firefox/**/*.test.ts'],
    globalSetup: ['test/firefox/serve-demo.ts'],
    environment: 'node',
    // Each test launches its own Firefox; two at a time fit two cores.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
