import type { WalletPort } from '../../../core/ports/wallet-port';

/**
 * The seam for the viewer's extension wallet. Discovery (a content-script bridge answering the page)
 * is issue 7; until it lands no extension ever answers, and the tray falls back to the in-page wallet.
 */
export function findExtensionWallet(): Promise<WalletPort | null> {
  return Promise.resolve(null);
}
