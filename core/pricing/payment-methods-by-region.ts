import { PAYMENT_METHODS, type PaymentMethod, type PaymentMethodId } from '../payments/payment-method';
import type { Region } from './regions';

/** Which methods each region offers, most used first (the order the recharge screen shows). */
export const PAYMENT_METHODS_BY_REGION: Readonly<Record<Region, readonly PaymentMethodId[]>> = Object.freeze({
  US: ['card', 'apple-pay', 'google-pay', 'paypal', 'gift-card'],
  DE: ['card', 'paypal', 'apple-pay', 'google-pay', 'carrier', 'gift-card'],
  GB: ['card', 'apple-pay', 'google-pay', 'paypal', 'carrier', 'gift-card'],
  IN: ['upi', 'paytm', 'card', 'google-pay', 'carrier'],
  PH: ['gcash', 'maya', 'card', 'paypal', 'google-pay', 'carrier'],
  ID: ['gopay', 'ovo', 'dana', 'card', 'carrier'],
  BR: ['pix', 'card', 'boleto', 'paypal', 'google-pay'],
});

/** The region's payment methods, or an empty list for a region where coins are not sold. */
export function paymentMethodsFor(region: string): PaymentMethod[] {
  const ids = (PAYMENT_METHODS_BY_REGION as Partial<Record<string, readonly PaymentMethodId[]>>)[region] ?? [];
  return ids.map((id) => ({ ...PAYMENT_METHODS[id] }));
}

export function offersPaymentMethod(region: string, method: string): boolean {
  return paymentMethodsFor(region).some((candidate) => candidate.id === method);
}
