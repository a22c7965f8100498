import type { WalletPort } from '@core/ports';

/** Where the tray's wallet comes from, as `wallet-change` reports it. */
export type WalletSource = 'extension' | 'page' | 'custom';

export interface WalletChoice {
  source: WalletSource;
  wallet: WalletPort;
}

export interface WalletCandidates {
  /** A site's own wallet, set through the tray's `wallet` property. */
  custom: WalletPort | null;
  /** The viewer's extension wallet, when one answers. */
  extension: () => Promise<WalletPort | null>;
  /** The in-page test wallet: always there, loaded lazily. */
  page: () => Promise<WalletPort>;
}

/** Custom wins over the extension, which wins over the in-page test wallet. */
export async function pickWallet(candidates: WalletCandidates): Promise<WalletChoice> {
  if (candidates.custom) return { source: 'custom', wallet: candidates.custom };
  const extension = await candidates.extension().catch(() => null);
  if (extension) return { source: 'extension', wallet: extension };
  return { source: 'page', wallet: await candidates.page() };
}
