import type { InstrumentSummary } from '../recharge/recharge-record';
import type { PaymentInstrument } from '../ports/payment-provider';
import { PAYMENT_METHODS, paymentMethodIdSchema } from './payment-method';

/**
 * What a recharge record keeps of the instrument: a card's last four digits, or the method's name.
 * Never the full number or token, which stay with the provider.
 */
export function summarizeInstrument(instrument: PaymentInstrument): InstrumentSummary {
  const method = paymentMethodIdSchema.parse(instrument.method);
  const digits = instrument.token.replace(/\D/g, '');
  if (method === 'card' && digits.length >= 4) return { method, last4OrLabel: digits.slice(-4) };
  return { method, last4OrLabel: PAYMENT_METHODS[method].label };
}
