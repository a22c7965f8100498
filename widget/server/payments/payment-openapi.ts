import { error, json } from '../openapi-helpers';
import { rechargeStatusResponseSchema } from '../routes/recharge-status-routes';
import { redeemGiftCardRequestSchema, redeemGiftCardResponseSchema } from '../routes/gift-card-routes';

/** The OpenAPI operations of live payments and gift cards, for openapi.ts. */
export function paymentOperations(bearer: object[]) {
  return {
    rechargeStatus: {
      summary: "The viewer's latest recharges (after asking the provider about pending ones), failed ones with the reason the viewer reads",
      security: bearer,
      responses: { 200: { description: 'latest first', content: json(rechargeStatusResponseSchema) }, 401: error('unauthorized') },
    },
    paths: {
      '/v1/webhooks/stripe': {
        post: {
          summary: 'Live mode: Stripe events, signed (Stripe-Signature over the raw body, 5 minutes tolerance); every event is safe to send again',
          parameters: [{ name: 'Stripe-Signature', in: 'header', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'received (also for sessions this server did not open)' }, 400: error('invalid-request: the signature does not verify'), 404: error('not-found: demo mode') },
        },
      },
      '/v1/gift-cards/redeem': {
        post: {
          summary: "Redeem a gift card code: its coins to the viewer, once",
          security: bearer,
          requestBody: { required: true, content: json(redeemGiftCardRequestSchema) },
          responses: {
            201: { description: 'redeemed', content: json(redeemGiftCardResponseSchema) },
            403: error('gift-card-disabled'),
            404: error('gift-card-invalid (counts against the wrong-code limit)'),
            409: error('gift-card-redeemed'),
            429: error('rate-limited: too many wrong codes from this viewer or address (Retry-After)'),
          },
        },
      },
    },
  };
}
