import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CORE_ALIAS, quietZodAnnotations } from '../vite.config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The gift server as one Node module (.output/server/main.mjs); npm packages stay external. */
export default defineConfig({
  resolve: { alias: CORE_ALIAS },
  publicDir: false,
  build: {
    ssr: here('./main.ts'),
    outDir: here('../../.output/server'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'main.mjs', format: 'es' }, onwarn: quietZodAnnotations },
  },
});
