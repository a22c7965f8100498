import type { PaymentFailureReason } from '@core/ports';

/** What a viewer reads when a live payment did not go through. Nothing was charged in any of these cases. */
export const LIVE_FAILURE_MESSAGES: Readonly<Record<PaymentFailureReason, string>> = Object.freeze({
  expired: 'The checkout closed before it was paid, so nothing was charged. Start a new recharge when you are ready.',
  declined: 'The payment did not go through (declined, or a Boleto or Pix left unpaid), so nothing was charged. Try another payment method.',
  'insufficient-funds': 'The account did not have enough funds, so nothing was charged.',
  'blocked-by-bank': 'The bank blocked this payment, so nothing was charged. The account holder can ask the bank to allow it.',
  'region-not-supported': 'This payment method is not offered here, so nothing was charged. Choose another one.',
  network: 'The payment provider could not be reached, so nothing was charged. Try again.',
});
