import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isScamMessage } from '../../core';
import { startBackground } from '../lib/background/start-background';
import { startWalletBridge } from '../lib/bridge/start-wallet-bridge';
import { startNavigationGuard } from '../lib/scam/navigation-guard';
import { updateRulesFromUrl } from '../lib/scam/rules-updater';
import { handleScamRequest } from '../lib/scam/scam-request-handler';

// The background is the single owner of the wallet database; pages only send messages.
export default defineBackground(() => {
  // The wallet protocol: extension pages only (start-background.ts checks each sender).
  const wallet = startBackground();
  // The wallet bridge for web pages, on the same WalletService (README, Wallet bridge).
  startWalletBridge(wallet);

  browser.runtime.onMessage.addListener((message, sender) => {
    // Scam-link messages also come from content scripts; their handler checks each sender itself.
    if (isScamMessage(message)) return handleScamRequest(message, sender);
    return undefined;
  });

  startNavigationGuard();
  void updateRulesFromUrl();
});
