import { defineContentScript } from 'wxt/utils/define-content-script';
import { injectScript } from 'wxt/utils/inject-script';
import { startContentBridge } from '../lib/bridge/content-bridge';
import { BRIDGE_MATCHES } from '../lib/bridge/sender-origin';

// The wallet bridge on web pages (README, Wallet bridge): starts early so the provider announces
// itself before most page scripts ask for it.
export default defineContentScript({
  matches: BRIDGE_MATCHES,
  runAt: 'document_start',
  async main() {
    startContentBridge(window);
    await injectScript('/wallet-provider.js', { keepInDom: false });
  },
});
