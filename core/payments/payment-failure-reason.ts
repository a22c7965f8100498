import { z } from 'zod';
import type { PaymentFailureReason } from '../ports/payment-provider';

/** The port's failure reasons as a schema, so stored recharge records can be validated. */
export const paymentFailureReasonSchema = z.enum([
  'declined',
  'insufficient-funds',
  'blocked-by-bank',
  'region-not-supported',
  'network',
  'expired',
]);

// Compile-time guard: the schema and the port's union must list the same reasons.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesPort: Same<z.infer<typeof paymentFailureReasonSchema>, PaymentFailureReason> = true;
void schemaMatchesPort;
