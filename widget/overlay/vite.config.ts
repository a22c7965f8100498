import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CORE_ALIAS, quietZodAnnotations } from '../vite.config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The overlay's browser-source pages (.output/overlay): plain HTML, external scripts and styles only (the
 * server serves them under a strict CSP), at /overlay/assets/.
 */
export default defineConfig({
  root: here('.'),
  base: '/overlay/',
  publicDir: false,
  resolve: { alias: CORE_ALIAS },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: here('../../.output/overlay'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    rollupOptions: {
      input: { alerts: here('./alerts.html'), goal: here('./goal.html'), 'top-gifters': here('./top-gifters.html') },
      onwarn: quietZodAnnotations,
    },
  },
});
