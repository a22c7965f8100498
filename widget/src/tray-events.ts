/** Detail of `gift-sent`: a gift the wallet accepted. */
export interface GiftSentDetail {
  giftId: string;
  /** The gift's name as the tray showed it: what a host's chat should say, never the id. */
  giftName: string;
  count: number;
  coins: number;
  receiptId: string;
  creator: string;
  stream: string;
}

/** Detail of `gift-failed`: a gift the wallet refused, with a stable code. */
export interface GiftFailedDetail {
  giftId: string;
  count: number;
  code: string;
  message: string;
}

/** Detail of `wallet-change`: the balance the tray now shows, and where it comes from. */
export interface WalletChangeDetail {
  source: 'extension' | 'page' | 'custom';
  balance: number | null;
}

export interface GiftTrayEventMap {
  'gift-sent': CustomEvent<GiftSentDetail>;
  'gift-failed': CustomEvent<GiftFailedDetail>;
  'wallet-change': CustomEvent<WalletChangeDetail>;
}

/* eslint-disable @typescript-eslint/no-empty-object-type -- interface merging is how DOM event maps are extended */
declare global {
  // Makes tray.addEventListener('gift-sent', e => e.detail.coins) typed for users, and on document and
  // window too, since the events bubble out of the shadow root.
  interface HTMLElementEventMap extends GiftTrayEventMap {}
  interface DocumentEventMap extends GiftTrayEventMap {}
  interface WindowEventMap extends GiftTrayEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */

/** Every tray event bubbles and crosses shadow roots, so a host can listen on document. */
export function emit<K extends keyof GiftTrayEventMap>(
  target: EventTarget,
  type: K,
  detail: GiftTrayEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
