import { PAYMENT_METHODS, type PaymentMethodId } from '@core/payments';
import { offersPaymentMethod } from '@core/pricing';

/**
 * Which of the price book's payment methods Stripe Checkout takes, as Checkout's payment method types.
 * Apple Pay and Google Pay are wallets on top of `card` (Checkout shows them on devices that have them).
 * Carrier billing, Paytm, GCash, Maya, GoPay, OVO and DANA are not Stripe methods: a site that needs them
 * adds another provider behind the payment port. Gift cards are LiveGift's own (POST /v1/gift-cards/redeem).
 */
export const STRIPE_CHECKOUT_METHODS: Readonly<Partial<Record<PaymentMethodId, readonly string[]>>> = Object.freeze({
  card: ['card'],
  'apple-pay': ['card'],
  'google-pay': ['card'],
  paypal: ['paypal'],
  pix: ['pix'],
  boleto: ['boleto'],
  upi: ['upi'],
});

export type CheckoutMethods = { ok: true; types: string[] } | { ok: false; message: string };

/** The Checkout payment method types for a method the viewer chose in a region, or why it is not offered. */
export function checkoutMethodsFor(region: string, method: string): CheckoutMethods {
  const label = method in PAYMENT_METHODS ? PAYMENT_METHODS[method as PaymentMethodId].label : `"${method}"`;
  if (!offersPaymentMethod(region, method)) return { ok: false, message: `${label} is not offered in region ${region}.` };
  const types = STRIPE_CHECKOUT_METHODS[method as PaymentMethodId];
  if (!types) {
    const offered = Object.keys(STRIPE_CHECKOUT_METHODS).filter((id) => offersPaymentMethod(region, id));
    const names = offered.map((id) => PAYMENT_METHODS[id as PaymentMethodId].label).join(', ');
    return { ok: false, message: `${label} is not offered on this site. Pay with ${names || 'another method'} instead.` };
  }
  return { ok: true, types: [...types] };
}
