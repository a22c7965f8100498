/** Why a payout request or an operator's decision was refused: stable codes the dashboard translates. */
export const PAYOUT_ERROR_CODES = ['below-minimum-payout', 'insufficient-diamonds', 'payout-decided', 'unknown-payout'] as const;
export type PayoutErrorCode = (typeof PAYOUT_ERROR_CODES)[number];

export class PayoutError extends Error {
  override readonly name = 'PayoutError';

  constructor(
    readonly code: PayoutErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isPayoutError(error: unknown): error is PayoutError {
  return error instanceof PayoutError;
}
