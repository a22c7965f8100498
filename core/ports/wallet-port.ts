import type { GiftEntry, RechargeEntry, WalletEntry } from '../wallet-entry';

export interface RechargeRequest {
  packId: string;
  idempotencyKey: string;
}

export interface GiftRequest {
  giftId: string;
  count: number;
  creator: string;
  stream: string;
  idempotencyKey: string;
}

/**
 * What a gift tray or popup can ask of a wallet, wherever it lives: in the page,
 * in the viewer's extension, or on a site's own backend.
 */
export interface WalletPort {
  balance(): Promise<number>;
  recharge(request: RechargeRequest): Promise<RechargeEntry>;
  sendGift(request: GiftRequest): Promise<GiftEntry>;
  recentEntries(limit: number): Promise<WalletEntry[]>;
}
