import Stripe from 'stripe';
import { systemClock, type Clock } from '@core/ports';
import { PaymentIdReusedError, type ChargeOutcome, type ChargeRequest, type PaymentProvider } from '@core/ports';
import type { SqlDriver } from '@core/storage';
import { viewerOfPaymentId } from '../viewer-wallet';
import { LIVE_FAILURE_MESSAGES } from './live-failure-messages';
import { StripeCheckouts, type StripeCheckout } from './stripe-checkouts';
import { checkoutMethodsFor } from './stripe-payment-methods';

/** Stripe's shortest checkout lifetime (30 minutes) and a minute to spare: an abandoned checkout soon frees the pack. */
export const CHECKOUT_LIFETIME_S = 31 * 60;
/** A session still open this long after it was made is asked about directly: its webhook may be lost. */
export const RECONCILE_AFTER_MS = 10 * 60 * 1000;
const RECONCILE_EVERY_MS = 5 * 60 * 1000;

export interface StripeCheckoutOptions {
  stripe: Stripe;
  driver: SqlDriver;
  /** The site's page with the tray; the checkout comes back to it with `livegift_checkout=returned|cancelled`. */
  returnUrl: string;
  clock?: Clock;
  onError?: (error: unknown, what: string) => void;
}

function returnTo(url: string, outcome: 'returned' | 'cancelled'): string {
  const target = new URL(url);
  target.searchParams.set('livegift_checkout', outcome);
  return target.toString();
}

/**
 * The payment port over Stripe Checkout. `charge` opens a hosted checkout for the quote's total (never a
 * client's number: the wallet passes its own quote) and answers pending with its URL; Stripe's signed
 * webhooks (stripe-webhook.ts) then record the session paid or failed, and `lookup` reads that record, so
 * the wallet's own state machine settles the recharge and credits it exactly once.
 * Two Stripe calls only: checkout.sessions.create and, for a session whose webhook is late, retrieve.
 */
export class StripeCheckoutProvider implements PaymentProvider {
  readonly mode = 'live' as const;
  readonly name = 'Stripe Checkout';
  private readonly checkouts: StripeCheckouts;
  private readonly clock: Clock;

  constructor(private readonly options: StripeCheckoutOptions) {
    this.checkouts = new StripeCheckouts(options.driver);
    this.clock = options.clock ?? systemClock;
  }

  async charge(request: ChargeRequest): Promise<ChargeOutcome> {
    const earlier = await this.checkouts.byPaymentId(request.paymentId);
    if (earlier) {
      if (earlier.amountMinor !== request.amountMinor || earlier.currency !== request.currency) throw new PaymentIdReusedError(request.paymentId);
      return this.outcomeOf(earlier);
    }
    const methods = checkoutMethodsFor(request.region, request.instrument.method);
    if (!methods.ok) return { status: 'failed', reason: 'region-not-supported', message: methods.message };
    let session: Stripe.Checkout.Session;
    try {
      session = await this.options.stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: { currency: request.currency.toLowerCase(), unit_amount: request.amountMinor, product_data: { name: 'LiveGift coins' } },
            },
          ],
          allowed_payment_method_types: methods.types,
          metadata: { livegift_payment_id: request.paymentId, livegift_region: request.region },
          payment_intent_data: { metadata: { livegift_payment_id: request.paymentId } },
          expires_at: Math.floor(this.clock.now() / 1000) + CHECKOUT_LIFETIME_S,
          success_url: returnTo(this.options.returnUrl, 'returned'),
          cancel_url: returnTo(this.options.returnUrl, 'cancelled'),
        },
        // Stripe answers a repeated create with the same session: a retry never opens a second checkout.
        { idempotencyKey: request.paymentId },
      );
    } catch (error) {
      // The viewer has no checkout URL, so nothing can be paid: failing now is safe and frees the pack.
      this.options.onError?.(error, 'stripe checkout.sessions.create');
      if (error instanceof Stripe.errors.StripeInvalidRequestError) {
        return { status: 'failed', reason: 'region-not-supported', message: LIVE_FAILURE_MESSAGES['region-not-supported'] };
      }
      if (error instanceof Stripe.errors.StripeError) return { status: 'failed', reason: 'network', message: LIVE_FAILURE_MESSAGES.network };
      throw error;
    }
    if (!session.url) throw new Error(`Stripe answered checkout session ${session.id} without a URL.`);
    const row = await this.checkouts.open(
      {
        paymentId: request.paymentId,
        viewerId: viewerOfPaymentId(request.paymentId).viewerId,
        sessionId: session.id,
        checkoutUrl: session.url,
        amountMinor: request.amountMinor,
        currency: request.currency,
      },
      this.clock.now(),
    );
    return this.outcomeOf(row);
  }

  async lookup(paymentId: string): Promise<ChargeOutcome> {
    let row = await this.checkouts.byPaymentId(paymentId);
    if (!row) return { status: 'failed', reason: 'network', message: 'The checkout was never opened, so nothing was charged.' };
    if (row.status === 'open' && this.dueForCheck(row)) row = await this.reconcile(row);
    return this.outcomeOf(row);
  }

  private dueForCheck(row: StripeCheckout): boolean {
    const now = this.clock.now();
    return now - row.createdAt >= RECONCILE_AFTER_MS && (row.checkedAt === null || now - row.checkedAt >= RECONCILE_EVERY_MS);
  }

  /** Asks Stripe about a session whose webhook has not arrived; the answer is recorded like a webhook's. */
  private async reconcile(row: StripeCheckout): Promise<StripeCheckout> {
    const now = this.clock.now();
    try {
      const session = await this.options.stripe.checkout.sessions.retrieve(row.sessionId);
      if (session.status === 'complete' && session.payment_status !== 'unpaid') {
        const intent = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);
        return (await this.checkouts.markPaid(row.sessionId, intent, now)) ?? row;
      }
      if (session.status === 'expired') return (await this.checkouts.markFailed(row.sessionId, 'expired', now)) ?? row;
    } catch (error) {
      this.options.onError?.(error, 'stripe checkout.sessions.retrieve');
    }
    await this.checkouts.markChecked(row.paymentId, now);
    return row;
  }

  private outcomeOf(row: StripeCheckout): ChargeOutcome {
    if (row.status === 'paid') return { status: 'succeeded', providerRef: row.paymentIntent ?? row.sessionId };
    if (row.status === 'failed') {
      const reason = row.failureReason ?? 'declined';
      return { status: 'failed', reason, message: LIVE_FAILURE_MESSAGES[reason] };
    }
    return { status: 'pending', providerRef: row.sessionId, checkoutUrl: row.checkoutUrl };
  }
}

/** The stripe client for the configuration: Stripe itself, or the host, port and protocol of a stand-in. */
export function stripeClient(config: { secretKey: string; api: { host: string; port: number; protocol: 'http' | 'https' } | undefined }): Stripe {
  return new Stripe(config.secretKey, { maxNetworkRetries: 2, timeout: 20_000, ...(config.api ?? {}) });
}
