import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, transformWithEsbuild, type Plugin, type Rollup } from 'vite';

type RollupLog = Rollup.RollupLog;

/** zod ships comments Rollup cannot place; the warning is harmless and buries real ones. */
export function quietZodAnnotations(warning: RollupLog, warn: (warning: RollupLog) => void): void {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
  warn(warning);
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The core's path alias (`@core`, `@core/<domain>`, the leaves of core/entry-points.json): one definition for WXT, Vite and Vitest. */
export const CORE_ALIAS = { '@core': here('../core') };

const isDemoScript = (name: string) => name.endsWith('.ts') && name !== 'serve.config.ts';

/**
 * The demo pages are plain files that load the built widget with one script tag, as a site owner would.
 * Their own scripts (TypeScript, type-only imports) become external .js files beside them: no inline script,
 * so the pages work under a strict CSP, and none of it enters the widget bundle.
 */
function copyDemo(): Plugin {
  return {
    name: 'livegift-copy-demo',
    apply: 'build',
    async closeBundle() {
      await cp(here('./demo'), here('../.output/demo'), {
        recursive: true,
        filter: (source) => !source.endsWith('.ts'),
      });
      await cp(here('./demo/landing.html'), here('../.output/index.html'));
      // The default gifts' art sits beside the entry, loaded as images only when shown.
      await cp(here('./art'), here('../.output/widget/art'), { recursive: true });
      // Types for the built entry: tsc writes the declarations into types/ (npm run build:widget), this re-exports them.
      await writeFile(here('../.output/widget/gift-tray.d.ts'), "export * from './types/widget/src/gift-tray.js';\n");
      for (const name of (await readdir(here('./demo'))).filter(isDemoScript)) {
        const source = await readFile(here(`./demo/${name}`), 'utf8');
        const { code } = await transformWithEsbuild(source, name, { format: 'esm', target: 'es2022' });
        await writeFile(here(`../.output/demo/${name.replace(/\.ts$/, '.js')}`), code);
      }
    },
  };
}

/**
 * Library mode keeps Vite's preload helper (about 1 KB gzipped) out of the entry, but it leaves ES output
 * unminified; this minifies every chunk once it is rendered.
 */
function minifyChunks(): Plugin {
  return {
    name: 'livegift-minify-chunks',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = (await transformWithEsbuild(chunk.code, chunk.fileName, { minify: true, format: 'esm', target: 'es2022' })).code;
      }
    },
  };
}

export default defineConfig({
  base: './',
  resolve: { alias: CORE_ALIAS },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  publicDir: false,
  build: {
    outDir: here('../.output/widget'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    modulePreload: false,
    // Library mode: lazy chunks are imported directly, without a preload helper in the first-load code.
    lib: { entry: { 'gift-tray': here('./src/gift-tray.ts') }, formats: ['es'] },
    rollupOptions: {
      preserveEntrySignatures: 'allow-extension',
      // Lazy chunks sit beside the entry and are imported relative to it: the folder works from any origin or path.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      onwarn: quietZodAnnotations,
    },
  },
  plugins: [minifyChunks(), copyDemo()],
});
