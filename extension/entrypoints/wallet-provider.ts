import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installPageProvider } from '../lib/bridge/page-provider';

// Injected into web pages by bridge.content.ts (see README, Wallet bridge).
export default defineUnlistedScript(() => {
  installPageProvider(window);
});
