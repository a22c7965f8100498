import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import Stripe from 'stripe';
import type { AppEnv } from '../app';
import { errorBody } from '../http/error-response';
import { applyStripeEvent, type WebhookEvent } from '../payments/stripe-webhook';

/** Stripe signs each event with a timestamp; older ones are refused (replays of a captured request). */
export const WEBHOOK_TOLERANCE_S = 300;
/** Stripe's events are a few KB; a dispute with evidence fields stays far below this. */
const WEBHOOK_BODY_LIMIT = 512 * 1024;

/**
 * POST /v1/webhooks/stripe (live mode). Mounted before the API's JSON body limit and write rate limit:
 * the signature covers the raw bytes, so the body is read once, as bytes, and only then parsed by Stripe.
 */
export function webhookRoutes() {
  const routes = new Hono<AppEnv>();
  routes.post(
    '/webhooks/stripe',
    bodyLimit({ maxSize: WEBHOOK_BODY_LIMIT, onError: (c) => c.json(errorBody('body-too-large', 'The event is too large.'), 413) }),
    async (c) => {
      const { config, driver, payments, logger } = c.var.deps;
      const stripe = config.payments.stripe;
      if (!stripe) return c.json(errorBody('not-found', 'Stripe webhooks are taken in live mode only.'), 404);
      const signature = c.req.header('stripe-signature');
      if (!signature) return c.json(errorBody('invalid-request', 'The Stripe-Signature header is missing.'), 400);
      const raw = Buffer.from(await c.req.arrayBuffer());
      let event: WebhookEvent;
      try {
        event = Stripe.webhooks.constructEvent(raw, signature, stripe.webhookSecret, WEBHOOK_TOLERANCE_S);
      } catch (error) {
        logger.warn({ err: error }, 'stripe webhook refused');
        return c.json(errorBody('invalid-request', 'The event signature does not verify (wrong secret, altered body or too old).'), 400);
      }
      const outcome = await applyStripeEvent({ driver, payments, logger }, event);
      logger.info({ event: event.id, type: event.type, outcome: outcome.kind }, 'stripe event');
      return c.json({ received: true, outcome: outcome.kind });
    },
  );
  return routes;
}
