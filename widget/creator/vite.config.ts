import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CORE_ALIAS, quietZodAnnotations } from '../vite.config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The creator dashboard: a page of its own (Preact, signals), built to .output/creator/ and served at /creator/. */
export default defineConfig({
  root: here('.'),
  base: './',
  resolve: { alias: CORE_ALIAS },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  publicDir: false,
  build: {
    outDir: here('../../.output/creator'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { index: here('./index.html') }, onwarn: quietZodAnnotations },
  },
});
