/** What `addGiftEvent` accepts (validated when it arrives; invalid events are ignored with a console warning). */
export interface GiftEventInput {
  /** Set it to let the tray ignore a redelivered event. */
  id?: string;
  /** The gifter's display name (1–40 characters, shown as text). */
  from: string;
  /** Coins the whole event is worth (price × count), a positive integer. */
  coins: number;
  giftId?: string;
  count?: number;
  /** When set and not this tray's `stream`, the event is ignored. */
  stream?: string;
}
