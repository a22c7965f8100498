import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { injectScript } from 'wxt/utils/inject-script';
import { startContentBridge } from '../lib/bridge/content-bridge';

// The wallet bridge on web pages (README, Wallet bridge), a content script declared in
// lib/content-scripts.ts. Starts early so the provider announces itself before most page scripts ask for it.
export default defineUnlistedScript(() => {
  startContentBridge(window);
  // Chrome runs the provider as its own content script in the page's world; Firefox's build injects it.
  if (import.meta.env.FIREFOX) void injectScript('/wallet-provider.js', { keepInDom: false });
});
