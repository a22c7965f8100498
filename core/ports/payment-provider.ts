// The payment port: what the recharge flow needs from a payment provider. The sandbox provider
// (core/payments/) implements it with deterministic test cards; a real provider plugs in the same way.

/** Why a payment failed. Stable codes: the UI maps each to troubleshooting steps. */
export type PaymentFailureReason =
  | 'declined'
  | 'insufficient-funds'
  | 'blocked-by-bank'
  | 'region-not-supported'
  | 'network'
  /** The viewer left a hosted checkout unpaid until it closed. */
  | 'expired';

/** What the viewer pays with: a method kind from the region's list, plus the method's own token. */
export interface PaymentInstrument {
  /** e.g. 'card', 'paypal', 'apple-pay', 'google-pay', 'carrier', 'gift-card', 'upi', 'paytm', 'gcash'. */
  method: string;
  /** Card number, wallet account or voucher code in the sandbox; an opaque token with a real provider. */
  token: string;
}

export interface ChargeRequest {
  /** Chosen by the caller and persisted before the call: charging twice with one id charges once. */
  paymentId: string;
  amountMinor: number;
  currency: string;
  region: string;
  instrument: PaymentInstrument;
}

export type ChargeOutcome =
  | { status: 'succeeded'; providerRef: string }
  /** `checkoutUrl`: a hosted checkout where the viewer completes the payment (a live provider). */
  | { status: 'pending'; providerRef: string; checkoutUrl?: string }
  | { status: 'failed'; reason: PaymentFailureReason; message: string };

export interface PaymentProvider {
  /** 'test' for the sandbox: the UI shows a TEST MODE badge whenever it is in use. */
  readonly mode: 'test' | 'live';
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
  /** Asks again about a payment that was pending (or whose answer was lost); same outcomes. */
  lookup(paymentId: string): Promise<ChargeOutcome>;
}

/**
 * Thrown by a provider's `charge` when the payment id is already known with another amount or
 * instrument: the caller reused a key for a different request. Nothing was charged.
 */
export class PaymentIdReusedError extends Error {
  override readonly name = 'PaymentIdReusedError';
  constructor(readonly paymentId: string) {
    super(`Payment ${paymentId} was already charged with a different amount or instrument.`);
  }
}

export function isPaymentIdReused(error: unknown): error is PaymentIdReusedError {
  return error instanceof PaymentIdReusedError;
}
