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
  /** The total the caller showed the viewer for this gift × count; the extension wallet refuses to charge more. */
  maxCoins?: number;
}

/**
 * What a gift tray or popup can ask of a wallet, wherever it lives: in the page,
 * in the viewer's extension, or on a site's own backend.
 *
 * A refusal is thrown (or rejected) as a {@link WalletRefusal}: `WalletError` is one, and a site's own
 * wallet may reject with any object of that shape, since it cannot share our classes.
 */
export interface WalletPort {
  balance(): Promise<number>;
  recharge(request: RechargeRequest): Promise<RechargeEntry>;
  sendGift(request: GiftRequest): Promise<GiftEntry>;
  recentEntries(limit: number): Promise<WalletEntry[]>;
  /** 'test' when no real money moves: the tray then shows TEST MODE. Absent means live. */
  readonly mode?: 'test' | 'live';
  /**
   * Optional push of the balance whenever it changes outside this caller (another tray, tab or the
   * extension popup). Returns the unsubscribe function. Wallets without it are re-read after each operation.
   */
  onBalanceChange?(listener: (balance: number) => void): () => void;
  /**
   * Optional push of a parent's answer to an approval request a gift of this caller raised (Ask to Buy).
   * After 'approved', the same gift sent again with the same idempotency key goes through, once.
   */
  onApprovalAnswer?(listener: (answer: ApprovalAnswerPush) => void): () => void;
  /**
   * Optional: the wallet sells coins in its own window (the viewer's extension), so the caller's recharge
   * button opens it there instead of calling `recharge`; the new balance arrives through `onBalanceChange`.
   */
  openRecharge?(): Promise<void>;
}

/** A parent answered the approval request raised by the gift with `idempotencyKey` (the caller's key). */
export interface ApprovalAnswerPush {
  approvalId: string;
  idempotencyKey: string;
  state: 'approved' | 'declined' | 'expired';
}

/** The shape of a wallet's refusal, whoever implements the wallet. */
export interface WalletRefusal {
  /** A stable `WalletErrorCode`, e.g. 'insufficient-coins', 'over-budget', 'over-parental-limit'. */
  code: string;
  /** Readable, for people. */
  message: string;
  /** With 'over-parental-limit': the approval request raised for a parent, when there is one. */
  approvalId?: string;
}
