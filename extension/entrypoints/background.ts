import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { Wallet } from '../../core';
import { DexieWalletStore } from '../../core/storage/dexie-wallet-store';
import { handleWalletRequest } from '../lib/wallet-request-handler';
import { isScamMessage } from '../../core';
import { handleScamRequest } from '../lib/scam/scam-request-handler';
import { startNavigationGuard } from '../lib/scam/navigation-guard';
import { updateRulesFromUrl } from '../lib/scam/rules-updater';

// The background is the single owner of the wallet database; pages only send messages.
export default defineBackground(() => {
  const wallet = new Wallet(new DexieWalletStore());

  browser.runtime.onMessage.addListener((message, sender) => {
    // Scam-link messages also come from content scripts; their handler checks each sender itself.
    if (isScamMessage(message)) return handleScamRequest(message, sender);
    // Only the extension's own pages may talk to the wallet here; web pages and content scripts may not.
    const fromExtensionPage = sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('/'));
    if (!fromExtensionPage) return undefined;
    return handleWalletRequest(wallet, message);
  });

  startNavigationGuard();
  void updateRulesFromUrl();
});
