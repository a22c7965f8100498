import { z } from 'zod';
import { paymentFailureReasonSchema } from '@core/payments';
import type { PaymentFailureReason } from '@core/ports';
import type { SqlSession } from '@core/storage';

const asNumber = (value: unknown) => (typeof value === 'bigint' ? Number(value) : typeof value === 'string' ? Number(value) : value);

/** A row of stripe_checkouts, checked on read like every stored record. */
export const stripeCheckoutSchema = z.object({
  paymentId: z.string().min(1),
  viewerId: z.string().min(1),
  sessionId: z.string().min(1),
  checkoutUrl: z.url(),
  amountMinor: z.preprocess(asNumber, z.number().int().positive()),
  currency: z.string().length(3),
  status: z.enum(['open', 'paid', 'failed']),
  failureReason: paymentFailureReasonSchema.nullable(),
  paymentIntent: z.string().nullable(),
  createdAt: z.preprocess(asNumber, z.number().int().nonnegative()),
  checkedAt: z.preprocess(asNumber, z.number().int().nonnegative().nullable()),
});
export type StripeCheckout = z.infer<typeof stripeCheckoutSchema>;

const COLUMNS = `payment_id AS "paymentId", viewer_id AS "viewerId", session_id AS "sessionId", checkout_url AS "checkoutUrl",
  amount_minor AS "amountMinor", currency, status, failure_reason AS "failureReason", payment_intent AS "paymentIntent",
  created_at AS "createdAt", checked_at AS "checkedAt"`;

function rowOf(rows: Record<string, unknown>[]): StripeCheckout | undefined {
  return rows[0] === undefined ? undefined : stripeCheckoutSchema.parse(rows[0]);
}

/** The checkouts the server opened, by payment id, session or payment intent. Final states never change. */
export class StripeCheckouts {
  constructor(private readonly sql: SqlSession) {}

  async byPaymentId(paymentId: string): Promise<StripeCheckout | undefined> {
    return rowOf((await this.sql.query(`SELECT ${COLUMNS} FROM stripe_checkouts WHERE payment_id = $1`, [paymentId])).rows);
  }

  async bySession(sessionId: string): Promise<StripeCheckout | undefined> {
    return rowOf((await this.sql.query(`SELECT ${COLUMNS} FROM stripe_checkouts WHERE session_id = $1`, [sessionId])).rows);
  }

  async byPaymentIntent(paymentIntent: string): Promise<StripeCheckout | undefined> {
    return rowOf((await this.sql.query(`SELECT ${COLUMNS} FROM stripe_checkouts WHERE payment_intent = $1`, [paymentIntent])).rows);
  }

  /** Records a new session; a concurrent charge of the same payment id keeps the first (Stripe answered both with it). */
  async open(row: Pick<StripeCheckout, 'paymentId' | 'viewerId' | 'sessionId' | 'checkoutUrl' | 'amountMinor' | 'currency'>, now: number): Promise<StripeCheckout> {
    await this.sql.query(
      `INSERT INTO stripe_checkouts (payment_id, viewer_id, session_id, checkout_url, amount_minor, currency, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT DO NOTHING`,
      [row.paymentId, row.viewerId, row.sessionId, row.checkoutUrl, row.amountMinor, row.currency, now],
    );
    return (await this.byPaymentId(row.paymentId))!;
  }

  /** An open session became paid; a paid or failed one stays as it is. Answers the row as it is now. */
  async markPaid(sessionId: string, paymentIntent: string | null, now: number): Promise<StripeCheckout | undefined> {
    await this.sql.query(
      `UPDATE stripe_checkouts SET status = 'paid', payment_intent = COALESCE($2, payment_intent), updated_at = $3
       WHERE session_id = $1 AND status = 'open'`,
      [sessionId, paymentIntent, now],
    );
    return this.bySession(sessionId);
  }

  async markFailed(sessionId: string, reason: PaymentFailureReason, now: number): Promise<StripeCheckout | undefined> {
    await this.sql.query(`UPDATE stripe_checkouts SET status = 'failed', failure_reason = $2, updated_at = $3 WHERE session_id = $1 AND status = 'open'`, [
      sessionId,
      reason,
      now,
    ]);
    return this.bySession(sessionId);
  }

  /** A completed session whose payment is still on its way (Boleto, Pix): remember its payment intent. */
  async notePaymentIntent(sessionId: string, paymentIntent: string, now: number): Promise<StripeCheckout | undefined> {
    await this.sql.query(`UPDATE stripe_checkouts SET payment_intent = $2, updated_at = $3 WHERE session_id = $1 AND payment_intent IS NULL`, [
      sessionId,
      paymentIntent,
      now,
    ]);
    return this.bySession(sessionId);
  }

  async markChecked(paymentId: string, now: number): Promise<void> {
    await this.sql.query('UPDATE stripe_checkouts SET checked_at = $2 WHERE payment_id = $1', [paymentId, now]);
  }
}
