import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { CORE_ALIAS } from './widget/vite.config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // The extension's typed strings, as `wxt prepare` generates them (the build resolves the same alias).
  resolve: { alias: { ...CORE_ALIAS, '#i18n': fileURLToPath(new URL('.wxt/i18n/index.ts', import.meta.url)) } },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    environment: 'node',
  },
});
