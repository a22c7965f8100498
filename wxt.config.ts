import { defineConfig } from 'wxt';
import { BRIDGE_MATCHES } from './extension/lib/bridge/sender-origin';
import { contentScripts } from './extension/lib/content-scripts';
import { CORE_ALIAS, quietZodAnnotations } from './widget/vite.config';

// The extension's source lives in extension/; the shared logic it imports lives in core/.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Icons and other static files of the extension.
  publicDir: 'extension/public',
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  // `@core` and its entry points: WXT writes the alias into .wxt/tsconfig.json for tsc and Playwright too.
  alias: CORE_ALIAS,
  // Extension strings live in extension/locales/*.yml; the module writes _locales/ and a typed `#i18n`.
  modules: ['@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // notifications: tell a parent when a limit blocks a recharge or a gift.
    // webNavigation: the scam-site guard (see README, Scam-link protection).
    permissions: ['storage', 'notifications', 'webNavigation'],
    content_scripts: contentScripts(browser),
    // Firefox's build injects the wallet bridge's in-page provider from its content script (README, Wallet
    // bridge), on the sites the bridge serves; its extension URLs carry a per-install random id. Chrome runs
    // the provider as a content script, so no page can fetch it to tell the extension is installed.
    ...(browser === 'firefox' ? { web_accessible_resources: [{ resources: ['wallet-provider.js'], matches: BRIDGE_MATCHES }] } : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // Firefox wants a stable add-on id and a statement of data collection (none: all data stays local).
      // favicon (Chromium): the consent window shows a site's icon from the browser's own favicon cache
      // (`/_favicon/`), never an address or markup the page chose. Firefox has no such cache: a monogram.
      if (wxt.config.browser !== 'firefox') manifest.permissions = [...(manifest.permissions ?? []), 'favicon'];
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
