import { defineConfig } from 'wxt';
import { quietZodAnnotations } from './widget/vite.config';

// The extension's source lives in extension/; the shared logic it imports lives in core/.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  manifest: {
    name: 'LiveGift',
    description: 'Your live-gifting coin wallet: balance, budget, receipts and scam-link warnings.',
    // webNavigation: the scam-site guard (see README, Scam-link protection).
    permissions: ['storage', 'webNavigation'],
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // Firefox wants a stable add-on id and a statement of data collection (none: all data stays local).
      if (wxt.config.browser === 'firefox') {
        manifest.browser_specific_settings = {
          gecko: { id: 'wallet@livegift.invalid', data_collection_permissions: { required: ['none'] } },
        };
      }
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { rollupOptions: { onwarn: quietZodAnnotations } },
  }),
});
