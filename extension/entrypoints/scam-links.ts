import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startScamProtection } from '../lib/scam/scam-protection';

// Thin entrypoint, a content script declared in lib/content-scripts.ts: the work lives in lib/scam/.
export default defineUnlistedScript(() => {
  startScamProtection();
});
