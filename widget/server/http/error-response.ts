import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError, ApiErrorCode } from '@core/messages/gift-server-api';
import { isPayoutError, type PayoutErrorCode } from '@core/payouts';
import { isWalletError, type WalletErrorCode } from '@core';
import { ApiFailure } from './api-failure';

/** The HTTP status of each wallet refusal. */
export const WALLET_ERROR_STATUS: Record<WalletErrorCode, ContentfulStatusCode> = {
  'insufficient-coins': 402,
  'payment-failed': 402,
  'over-budget': 403,
  'over-parental-limit': 403,
  'recharges-locked': 403,
  'recharge-pending': 409,
  'idempotency-conflict': 409,
  'unknown-pack': 422,
  'unknown-gift': 422,
  'invalid-request': 400,
  'corrupt-record': 500,
};

/** The HTTP status of each payout refusal. */
export const PAYOUT_ERROR_STATUS: Record<PayoutErrorCode, ContentfulStatusCode> = {
  'below-minimum-payout': 422,
  'insufficient-diamonds': 422,
  'payout-decided': 409,
  'unknown-payout': 404,
};

export function errorBody(code: ApiErrorCode, message: string, approvalId?: string): ApiError {
  return { error: { code, message, ...(approvalId ? { approvalId } : {}) } };
}

/** Every failure leaves as `{ error: { code, message, approvalId? } }`; unknown errors say nothing internal. */
export function errorResponse(c: Context, error: unknown, log: (error: unknown) => void): Response {
  if (error instanceof ApiFailure) {
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return c.json(errorBody(error.code, error.message), error.status);
  }
  if (isWalletError(error)) {
    if (error.code === 'corrupt-record') log(error);
    return c.json(errorBody(error.code, error.message, error.approvalId), WALLET_ERROR_STATUS[error.code]);
  }
  if (isPayoutError(error)) return c.json(errorBody(error.code, error.message), PAYOUT_ERROR_STATUS[error.code]);
  log(error);
  return c.json(errorBody('internal', 'Something went wrong on the server; sending the same request again (same key) is safe.'), 500);
}
