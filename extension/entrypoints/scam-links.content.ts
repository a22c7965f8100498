import { defineContentScript } from 'wxt/utils/define-content-script';
import { startScamProtection } from '../lib/scam/scam-protection';

// Thin entrypoint: the work lives in lib/scam/. Runs once the page is parsed, so it never delays first paint.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's window.postMessage on start would tell every page the extension is here.
  noScriptStartedPostMessage: true,
  main() {
    startScamProtection();
  },
});
