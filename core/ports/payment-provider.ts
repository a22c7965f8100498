// The payment port: what the recharge flow needs from a payment provider. The sandbox provider
// (core/payments/) implements it with deterministic test cards; a real provider plugs in the same way.

/** Why a payment failed. Stable codes: the UI maps each to troubleshooting steps. */
export type PaymentFailureReason =
  | 'declined'
  | 'insufficient-funds'
  | 'blocked-by-bank'
  | 'region-not-supported'
  | 'network';

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
  | { status: 'pending'; providerRef: string }
  | { status: 'failed'; reason: PaymentFailureReason; message: string };

export interface PaymentProvider {
  /** 'test' for the sandbox: the UI shows a TEST MODE badge whenever it is in use. */
  readonly mode: 'test' | 'live';
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
  /** Asks again about a payment that was pending (or whose answer was lost); same outcomes. */
  lookup(paymentId: string): Promise<ChargeOutcome>;
}
