import { z } from 'zod';
import { systemClock, type Clock } from '../ports/clock';
import { PaymentIdReusedError, type ChargeOutcome, type ChargeRequest, type PaymentFailureReason, type PaymentProvider } from '../ports/payment-provider';
import { offersPaymentMethod } from '../pricing/payment-methods-by-region';
import { priceListFor } from '../pricing/quote-recharge';
import { PAYMENT_METHODS, paymentMethodIdSchema } from './payment-method';
import { findSandboxInstrument, normalizeToken } from './sandbox-test-instruments';

/**
 * How long the "settles after a delay" instruments stay pending, unless the constructor says otherwise:
 * the extension, the gift server and the popup's "settles after about … seconds" all use this one value.
 */
export const SANDBOX_SETTLEMENT_DELAY_MS = 10_000;

const chargeRequestSchema = z.object({
  paymentId: z.string().min(1).max(128),
  amountMinor: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  currency: z.string().length(3),
  region: z.string().min(1),
  instrument: z.object({ method: z.string().min(1), token: z.string().min(1) }),
});

/** The same paymentId charged again with a different amount or instrument: a reused key, never a new charge. */
export { PaymentIdReusedError };

/** A payment the sandbox accepted (everything but network failures, which never arrive). */
export interface SandboxPayment {
  paymentId: string;
  providerRef: string;
  amountMinor: number;
  currency: string;
  region: string;
  method: string;
  /** When it was received; `settlesAt` is when a delayed payment succeeds. */
  receivedAt: number;
  result: { kind: 'settled' } | { kind: 'delayed'; settlesAt: number } | { kind: 'failed'; reason: PaymentFailureReason; message: string };
  /** What the request looked like, to catch a reused paymentId. */
  fingerprint: string;
}

const FAILURE_MESSAGES: Record<Exclude<PaymentFailureReason, 'region-not-supported' | 'expired'>, string> = {
  declined: 'TEST MODE: the payment was declined. Try another payment method.',
  'insufficient-funds': 'TEST MODE: the account does not have enough funds for this payment.',
  'blocked-by-bank': 'TEST MODE: the bank blocked this payment. The account holder can ask the bank to allow it.',
  network: 'TEST MODE: the payment provider could not be reached. Nothing was charged; try again.',
};

/**
 * A real, deterministic payment provider for test mode: no money moves, and the outcome depends only on
 * the test instrument (see SANDBOX_TEST_INSTRUMENTS) and the injected clock. Charging one paymentId twice
 * charges once and answers the same.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  readonly mode = 'test' as const;
  readonly name = 'LiveGift sandbox (TEST MODE)';
  private readonly clock: Clock;
  private readonly settlementDelayMs: number;
  private readonly received = new Map<string, SandboxPayment>();

  constructor(options: { clock?: Clock; settlementDelayMs?: number } = {}) {
    this.clock = options.clock ?? systemClock;
    this.settlementDelayMs = options.settlementDelayMs ?? SANDBOX_SETTLEMENT_DELAY_MS;
    if (!Number.isSafeInteger(this.settlementDelayMs) || this.settlementDelayMs < 0) {
      throw new RangeError('settlementDelayMs must be a whole, non-negative number of milliseconds');
    }
  }

  async charge(request: ChargeRequest): Promise<ChargeOutcome> {
    const parsed = chargeRequestSchema.safeParse(request);
    if (!parsed.success) throw new TypeError(`TEST MODE: invalid charge request: ${parsed.error.issues[0]?.message ?? 'malformed'}`);
    const charge = parsed.data;
    const fingerprint = JSON.stringify([
      charge.amountMinor,
      charge.currency,
      charge.region,
      charge.instrument.method,
      normalizeToken(charge.instrument.token),
    ]);

    const earlier = this.received.get(charge.paymentId);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) throw new PaymentIdReusedError(charge.paymentId);
      return this.outcomeOf(earlier);
    }

    const list = priceListFor(charge.region);
    if (list && charge.currency !== list.currency) {
      throw new TypeError(`TEST MODE: region ${charge.region} pays in ${list.currency}, not ${charge.currency}.`);
    }

    const instrument = findSandboxInstrument(charge.instrument.method, charge.instrument.token);
    // A network failure means the request never reached the provider: nothing is recorded, a retry tries again.
    if (instrument?.outcome === 'network-failure') {
      return { status: 'failed', reason: 'network', message: FAILURE_MESSAGES.network };
    }

    const payment: SandboxPayment = {
      paymentId: charge.paymentId,
      providerRef: `sandbox_${charge.paymentId}`,
      amountMinor: charge.amountMinor,
      currency: charge.currency,
      region: charge.region,
      method: charge.instrument.method,
      receivedAt: this.clock.now(),
      result: this.decide(charge.region, charge.instrument.method, instrument?.outcome),
      fingerprint,
    };
    this.received.set(charge.paymentId, payment);
    return this.outcomeOf(payment);
  }

  async lookup(paymentId: string): Promise<ChargeOutcome> {
    const payment = this.received.get(paymentId);
    if (!payment) {
      return {
        status: 'failed',
        reason: 'network',
        message: `TEST MODE: the provider has no payment ${paymentId}; it never arrived, so nothing was charged.`,
      };
    }
    return this.outcomeOf(payment);
  }

  /** Every payment the sandbox received, oldest first: what a provider dashboard would list. */
  payments(): readonly SandboxPayment[] {
    return [...this.received.values()].map((payment) => ({ ...payment }));
  }

  private decide(region: string, method: string, outcome: string | undefined): SandboxPayment['result'] {
    if (!priceListFor(region)) {
      return { kind: 'failed', reason: 'region-not-supported', message: `TEST MODE: payments are not supported in region "${region}".` };
    }
    if (!offersPaymentMethod(region, method)) {
      const known = paymentMethodIdSchema.safeParse(method);
      const name = known.success ? PAYMENT_METHODS[known.data].label : `"${method}"`;
      return { kind: 'failed', reason: 'region-not-supported', message: `TEST MODE: ${name} is not available in region ${region}.` };
    }
    switch (outcome) {
      case 'succeeds':
        return { kind: 'settled' };
      case 'settles-after-delay':
        return { kind: 'delayed', settlesAt: this.clock.now() + this.settlementDelayMs };
      case 'insufficient-funds':
        return { kind: 'failed', reason: 'insufficient-funds', message: FAILURE_MESSAGES['insufficient-funds'] };
      case 'blocked-by-bank':
        return { kind: 'failed', reason: 'blocked-by-bank', message: FAILURE_MESSAGES['blocked-by-bank'] };
      case 'declined':
        return { kind: 'failed', reason: 'declined', message: FAILURE_MESSAGES.declined };
      default:
        return {
          kind: 'failed',
          reason: 'declined',
          message: 'TEST MODE: this is not a test card or account. Use one from the sandbox test instruments.',
        };
    }
  }

  private outcomeOf(payment: SandboxPayment): ChargeOutcome {
    const { result, providerRef } = payment;
    if (result.kind === 'settled') return { status: 'succeeded', providerRef };
    if (result.kind === 'delayed') {
      return this.clock.now() >= result.settlesAt ? { status: 'succeeded', providerRef } : { status: 'pending', providerRef };
    }
    return { status: 'failed', reason: result.reason, message: result.message };
  }
}
