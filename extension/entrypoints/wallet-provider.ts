import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installPageProvider } from '../lib/bridge/page-provider';

// The in-page provider (see README, Wallet bridge): a content script in the page's own world on Chrome
// (lib/content-scripts.ts), injected by bridge.ts on Firefox.
export default defineUnlistedScript(() => {
  installPageProvider(window);
});
