import { defineConfig } from 'wxt';
import { BRIDGE_MATCHES } from './extension/lib/bridge/sender-origin';
import { quietZodAnnotations } from './widget/vite.config';

// The extension's source lives in extension/; the shared logic it imports lives in core/.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Icons and other static files of the extension.
  publicDir: 'extension/public',
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  // Extension strings live in extension/locales/*.yml; the module writes _locales/ and a typed `#i18n`.
  modules: ['@wxt-dev/i18n/module'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // notifications: tell a parent when a limit blocks a recharge or a gift.
    // webNavigation: the scam-site guard (see README, Scam-link protection).
    permissions: ['storage', 'notifications', 'webNavigation'],
    // The wallet bridge's in-page provider, injected by its content script (README, Wallet bridge), on
    // the sites the bridge serves. A dynamic URL (Chrome; new each session) so that no site can tell the
    // extension is installed by fetching the file at a fixed address. Firefox's MV2 build lists it plainly
    // (its extension URLs already carry a per-install random id).
    web_accessible_resources: [{ resources: ['wallet-provider.js'], matches: BRIDGE_MATCHES, use_dynamic_url: true }],
  },
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
