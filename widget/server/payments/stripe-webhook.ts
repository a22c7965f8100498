import type { Logger } from 'pino';
import { z } from 'zod';
import { SYSTEM_ACCOUNTS, viewerAccount } from '@core/ledger';
import { postTransfer } from '@core/ledger';
import type { PaymentFailureReason, PaymentProvider } from '@core/ports';
import type { SqlDriver } from '@core/storage';
import { walletWriteWithSql } from '../db/wallet-write-with-sql';
import { viewerOfPaymentId, viewerWallet } from '../viewer-wallet';
import { StripeCheckouts, type StripeCheckout } from './stripe-checkouts';

const idOf = z.union([z.string(), z.object({ id: z.string() }).transform((object) => object.id)]);

/** The fields of a Checkout Session the server reads (a signed event is still checked before use). */
const sessionSchema = z.object({
  id: z.string().min(1),
  object: z.literal('checkout.session'),
  payment_status: z.enum(['paid', 'unpaid', 'no_payment_required']),
  payment_intent: idOf.nullable().optional(),
});
const disputeSchema = z.object({
  id: z.string().min(1),
  object: z.literal('dispute'),
  amount: z.number().int().nonnegative(),
  payment_intent: idOf.nullable().optional(),
  reason: z.string().optional(),
});

export interface WebhookEvent {
  id: string;
  type: string;
  data: { object: unknown };
}

export type WebhookOutcome =
  | { kind: 'settled' | 'failed' | 'pending' | 'reversed'; viewerId: string; coins?: number }
  | { kind: 'unknown'; ref: string }
  | { kind: 'ignored' };

export interface WebhookDeps {
  driver: SqlDriver;
  payments: PaymentProvider;
  logger: Logger;
  now?: () => number;
}

/**
 * Applies one verified Stripe event. Every branch is safe to run any number of times and in any order:
 * a session's paid or failed state is final once written, the wallet credits a settled recharge once
 * (its own state machine and the settlement key), and a dispute is recorded once per dispute id.
 */
export async function applyStripeEvent(deps: WebhookDeps, event: WebhookEvent): Promise<WebhookOutcome> {
  const now = (deps.now ?? Date.now)();
  const checkouts = new StripeCheckouts(deps.driver);
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = sessionSchema.parse(event.data.object);
      const intent = session.payment_intent ?? null;
      const row =
        session.payment_status === 'unpaid'
          ? intent
            ? await checkouts.notePaymentIntent(session.id, intent, now)
            : await checkouts.bySession(session.id)
          : await checkouts.markPaid(session.id, intent, now);
      return settleInWallet(deps, row, session.id, event);
    }
    case 'checkout.session.expired':
    case 'checkout.session.async_payment_failed': {
      const session = sessionSchema.parse(event.data.object);
      const reason: PaymentFailureReason = event.type === 'checkout.session.expired' ? 'expired' : 'declined';
      return settleInWallet(deps, await checkouts.markFailed(session.id, reason, now), session.id, event);
    }
    case 'charge.dispute.created':
      return reverseDisputed(deps, disputeSchema.parse(event.data.object), now);
    default:
      return { kind: 'ignored' };
  }
}

/** The wallet asks its provider about its pending recharges: the row just written is the answer. */
async function settleInWallet(deps: WebhookDeps, row: StripeCheckout | undefined, sessionId: string, event: WebhookEvent): Promise<WebhookOutcome> {
  if (!row) {
    deps.logger.warn({ event: event.id, type: event.type, session: sessionId }, 'stripe event for a session this server did not open');
    return { kind: 'unknown', ref: sessionId };
  }
  await viewerWallet(deps.driver, deps.payments, { id: row.viewerId, name: row.viewerId }).service.refreshPending();
  return { kind: row.status === 'paid' ? 'settled' : row.status === 'failed' ? 'failed' : 'pending', viewerId: row.viewerId };
}

/**
 * A chargeback: the bank took the money back. Coins are not refundable, so the coins the dispute covers
 * are taken back too, but only those still in the wallet (spent coins are gifts a creator already has);
 * the account is flagged for the operator either way. Once per dispute, in one transaction.
 */
async function reverseDisputed(deps: WebhookDeps, dispute: z.infer<typeof disputeSchema>, now: number): Promise<WebhookOutcome> {
  const row = dispute.payment_intent ? await new StripeCheckouts(deps.driver).byPaymentIntent(dispute.payment_intent) : undefined;
  if (!row) {
    deps.logger.warn({ dispute: dispute.id, paymentIntent: dispute.payment_intent }, 'stripe dispute for a payment this server did not take');
    return { kind: 'unknown', ref: dispute.id };
  }
  const { viewerId, paymentId } = viewerOfPaymentId(row.paymentId);
  const { service } = viewerWallet(deps.driver, deps.payments, { id: viewerId, name: viewerId });
  const reversed = await walletWriteWithSql(deps.driver, viewerId, async (tx, sql) => {
    const seen = await sql.query('SELECT coins_reversed FROM stripe_disputes WHERE dispute_id = $1', [dispute.id]);
    if (seen.rows.length > 0) return Number(seen.rows[0]!.coins_reversed);
    const recharge = (await tx.listDocuments('recharges', 'settled')).find((record) => record.paymentId === paymentId);
    const bought = recharge?.quote.coins ?? 0;
    // The disputed share of the coins, rounded up, never more than were bought.
    const disputed = Math.min(bought, Number((BigInt(bought) * BigInt(dispute.amount) + BigInt(row.amountMinor) - 1n) / BigInt(row.amountMinor)));
    const account = viewerAccount(viewerId);
    const coins = Math.min(disputed, await tx.balance(account));
    if (coins > 0) {
      await postTransfer(
        tx,
        {
          idempotencyKey: `dispute:${dispute.id}`,
          kind: 'recharge',
          legs: [
            { account, unit: 'coins', amount: -coins },
            { account: SYSTEM_ACCOUNTS.purchaseClearing, unit: 'coins', amount: coins },
          ],
          memo: { packId: recharge?.quote.packId ?? null, rechargeId: recharge?.id, reason: `Chargeback ${dispute.id}: unspent coins taken back` },
        },
        { now, timeZone: service.timeZone },
      );
    }
    await sql.query(
      `INSERT INTO stripe_disputes (dispute_id, payment_id, viewer_id, amount_minor, coins_disputed, coins_reversed, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [dispute.id, row.paymentId, viewerId, dispute.amount, disputed, coins, now],
    );
    const why = `Chargeback ${dispute.id} (${dispute.reason ?? 'no reason given'}): ${coins} of ${disputed} disputed coins taken back`;
    await sql.query('INSERT INTO account_flags (viewer_id, ref, reason, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
      viewerId,
      dispute.id,
      why,
      now,
    ]);
    return coins;
  });
  deps.logger.warn({ dispute: dispute.id, viewer: viewerId, coinsReversed: reversed }, 'stripe dispute: account flagged for the operator');
  return { kind: 'reversed', viewerId, coins: reversed };
}
