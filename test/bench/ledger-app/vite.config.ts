import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CORE_ALIAS, quietZodAnnotations } from '../../../widget/vite.config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Builds the ledger bench page into .output/bench-app/; it is never part of the widget or the extension. */
export default defineConfig({
  root: here('.'),
  base: './',
  resolve: { alias: CORE_ALIAS },
  publicDir: false,
  build: {
    outDir: here('../../../.output/bench-app'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { onwarn: quietZodAnnotations },
  },
});
