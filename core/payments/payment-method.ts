import { z } from 'zod';

/** Every way to pay that some region offers. New methods are appended; stored records keep their ids. */
export const paymentMethodIdSchema = z.enum([
  'card',
  'paypal',
  'apple-pay',
  'google-pay',
  'carrier',
  'gift-card',
  'upi',
  'paytm',
  'gcash',
  'maya',
  'gopay',
  'ovo',
  'dana',
  'pix',
  'boleto',
]);
export type PaymentMethodId = z.infer<typeof paymentMethodIdSchema>;

export const paymentMethodSchema = z.object({
  id: paymentMethodIdSchema,
  label: z.string().min(1),
  /** How it works for the viewer: a card number, an app/wallet login, a bank transfer, the phone bill, or a voucher. */
  kind: z.enum(['card', 'wallet', 'bank', 'carrier', 'voucher']),
});
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/** The methods' names and kinds, once; each region lists which of them it offers. */
export const PAYMENT_METHODS: Readonly<Record<PaymentMethodId, PaymentMethod>> = Object.freeze({
  card: { id: 'card', label: 'Credit or debit card', kind: 'card' },
  paypal: { id: 'paypal', label: 'PayPal', kind: 'wallet' },
  'apple-pay': { id: 'apple-pay', label: 'Apple Pay', kind: 'wallet' },
  'google-pay': { id: 'google-pay', label: 'Google Pay', kind: 'wallet' },
  carrier: { id: 'carrier', label: 'Mobile carrier billing', kind: 'carrier' },
  'gift-card': { id: 'gift-card', label: 'Gift card', kind: 'voucher' },
  upi: { id: 'upi', label: 'UPI', kind: 'bank' },
  paytm: { id: 'paytm', label: 'Paytm', kind: 'wallet' },
  gcash: { id: 'gcash', label: 'GCash', kind: 'wallet' },
  maya: { id: 'maya', label: 'Maya', kind: 'wallet' },
  gopay: { id: 'gopay', label: 'GoPay', kind: 'wallet' },
  ovo: { id: 'ovo', label: 'OVO', kind: 'wallet' },
  dana: { id: 'dana', label: 'DANA', kind: 'wallet' },
  pix: { id: 'pix', label: 'Pix', kind: 'bank' },
  boleto: { id: 'boleto', label: 'Boleto', kind: 'voucher' },
});
