import type { WalletRefusal } from '@core/ports';

/** What `send()` rejects with: the wallet's refusal, or 'cancelled' when the viewer declined the confirmation. */
export class GiftTrayError extends Error implements WalletRefusal {
  override readonly name = 'GiftTrayError';
  constructor(
    readonly code: string,
    message: string,
    readonly approvalId?: string,
  ) {
    super(message);
  }
}
