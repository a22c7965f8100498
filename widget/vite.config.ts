import { cp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type Rollup } from 'vite';

type RollupLog = Rollup.RollupLog;

/** zod ships comments Rollup cannot place; the warning is harmless and buries real ones. */
export function quietZodAnnotations(warning: RollupLog, warn: (warning: RollupLog) => void): void {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
  warn(warning);
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The demo pages are plain files that load the built widget with one script tag, as a site owner would. */
function copyDemo(): Plugin {
  return {
    name: 'livegift-copy-demo',
    apply: 'build',
    async closeBundle() {
      await cp(here('./demo'), here('../.output/demo'), { recursive: true });
      await cp(here('./demo/landing.html'), here('../.output/index.html'));
    },
  };
}

export default defineConfig({
  base: './',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  publicDir: false,
  build: {
    outDir: here('../.output/widget'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    modulePreload: false,
    rollupOptions: {
      input: { 'gift-tray': here('./src/gift-tray.ts') },
      preserveEntrySignatures: 'allow-extension',
      // Lazy chunks sit beside the entry and are imported relative to it: the folder works from any origin or path.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      onwarn: quietZodAnnotations,
    },
  },
  plugins: [copyDemo()],
});
