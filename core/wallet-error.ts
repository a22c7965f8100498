import type { PaymentFailureReason } from './ports/payment-provider';

/**
 * Why a wallet operation was refused. Stable codes: the UI, the bridge and the gift server map them to
 * messages; the message schemas build their code lists from this one.
 */
export const WALLET_ERROR_CODES = [
  'insufficient-coins',
  'over-budget',
  'over-parental-limit',
  'recharge-pending',
  'recharges-locked',
  'payment-failed',
  'unknown-pack',
  'unknown-gift',
  'invalid-request',
  'idempotency-conflict',
  'corrupt-record',
] as const;
export type WalletErrorCode = (typeof WALLET_ERROR_CODES)[number];

/** Extra facts some refusals carry, for the UI to act on. */
export interface WalletErrorDetails {
  /** 'over-parental-limit': the approval request raised for this attempt. */
  approvalId?: string;
  /** 'payment-failed': the provider's reason. */
  paymentFailure?: PaymentFailureReason;
}

export class WalletError extends Error {
  override readonly name = 'WalletError';
  readonly approvalId: string | undefined;
  readonly paymentFailure: PaymentFailureReason | undefined;

  constructor(
    readonly code: WalletErrorCode,
    message: string,
    details: WalletErrorDetails = {},
  ) {
    super(message);
    this.approvalId = details.approvalId;
    this.paymentFailure = details.paymentFailure;
  }
}

export function isWalletError(error: unknown): error is WalletError {
  return error instanceof WalletError;
}
