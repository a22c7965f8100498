import { z } from 'zod';
import * as creator from '@core/messages';
import { payoutDecisionInputSchema, payoutRejectionInputSchema } from '@core/payouts';
import { error, json } from './openapi-helpers';
const creatorBearer = [{ creatorToken: [] }];
const operatorBearer = [{ operatorToken: [] }];

/** The creator's and the operator's security schemes, beside the viewer token's. */
export const creatorSecuritySchemes = {
  creatorToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT (aud "livegift", role "creator", sub = creator id, name, exp)' },
  operatorToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT (aud "livegift", role "operator", sub, name, exp)' },
};

/** The creator dashboard's paths of the OpenAPI document, from the same zod schemas the routes use. */
export function creatorApiPaths(): Record<string, object> {
  return {
    '/v1/demo/creator-session': {
      post: {
        summary: 'Demo mode only: a creator token for a creator picked by name ("Mia Cooks" is mia-cooks)',
        requestBody: { required: true, content: json(creator.demoCreatorSessionRequestSchema) },
        responses: { 201: { description: 'signed in', content: json(creator.demoCreatorSessionResponseSchema) }, 400: error('bad name'), 404: error('live mode') },
      },
    },
    '/v1/creator/me': {
      get: {
        summary: 'The signed-in creator',
        security: creatorBearer,
        responses: {
          200: { description: 'the creator', content: json(z.object({ creator: creator.creatorSchema })) },
          401: error('no or bad token'),
          403: error('forbidden: a valid token of another role (a viewer token)'),
        },
      },
    },
    '/v1/creator/summary': {
      get: {
        summary: "The creator's diamonds, what they are worth at the configured rate (estimateCashOut) and the minimum payout",
        security: creatorBearer,
        responses: { 200: { description: 'summary', content: json(creator.creatorSummarySchema) }, 401: error('unauthorized'), 403: error('forbidden') },
      },
    },
    '/v1/creator/earnings': {
      get: {
        summary: 'Gifts received in the last `days` days: by day (in `timeZone`), by stream, by gift type, top supporters per stream and month',
        security: creatorBearer,
        parameters: ['days', 'timeZone'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
        responses: { 200: { description: 'report', content: json(creator.earningsResponseSchema) }, 400: error('invalid-request'), 401: error('unauthorized') },
      },
    },
    '/v1/creator/earnings.csv': {
      get: { summary: 'The same gifts as CSV (RFC 4180, formulas defused)', security: creatorBearer, responses: { 200: { description: 'text/csv' } } },
    },
    '/v1/creator/payouts': {
      get: { summary: "The creator's payouts, every state", security: creatorBearer, responses: { 200: { description: 'payouts', content: json(creator.payoutListSchema) } } },
      post: {
        summary: 'Request a payout: the diamonds move to the pending-payout account, once per key, at or above the minimum, never above the balance',
        security: creatorBearer,
        requestBody: { required: true, content: json(creator.payoutRequestSchema) },
        responses: {
          201: { description: 'the payout (a replay answers the same one)', content: json(creator.payoutViewSchema) },
          400: error('invalid-request'),
          409: error('idempotency-conflict'),
          422: error('below-minimum-payout, insufficient-diamonds'),
        },
      },
    },
    '/v1/creator/streams': {
      get: { summary: "The creator's streams and their goals", security: creatorBearer, responses: { 200: { description: 'streams', content: json(creator.creatorStreamsSchema) } } },
    },
    '/v1/creator/streams/{stream}/goal': {
      post: {
        summary: "Set (or clear, with null) the stream's goal; the feed sends the new goal at once",
        security: creatorBearer,
        parameters: [{ name: 'stream', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: json(creator.goalUpdateSchema) },
        responses: { 200: { description: 'the stream', content: json(creator.creatorStreamSchema) }, 400: error('invalid-request'), 404: error('unknown-stream (or another creator’s)') },
      },
    },
    '/v1/demo/operator-session': {
      post: {
        summary: 'Demo mode only: an operator token (role "operator")',
        requestBody: { required: true, content: json(creator.demoCreatorSessionRequestSchema) },
        responses: { 201: { description: 'signed in', content: json(creator.demoOperatorSessionResponseSchema) }, 404: error('live mode') },
      },
    },
    '/v1/operator/payouts': {
      get: { summary: 'Payouts waiting for a decision, oldest first', security: operatorBearer, responses: { 200: { description: 'payouts', content: json(creator.payoutListSchema) }, 401: error('unauthorized'), 403: error('forbidden') } },
    },
    '/v1/operator/payouts/{creator}/{payout}/paid': {
      post: {
        summary: 'Mark a payout paid (its diamonds leave the economy); again is a no-op',
        security: operatorBearer,
        requestBody: { required: true, content: json(payoutDecisionInputSchema) },
        responses: { 200: { description: 'the payout', content: json(creator.payoutViewSchema) }, 404: error('unknown-payout'), 409: error('payout-decided') },
      },
    },
    '/v1/operator/payouts/{creator}/{payout}/rejected': {
      post: {
        summary: 'Reject a payout: a reversal returns its diamonds to the creator',
        security: operatorBearer,
        requestBody: { required: true, content: json(payoutRejectionInputSchema) },
        responses: { 200: { description: 'the payout', content: json(creator.payoutViewSchema) }, 404: error('unknown-payout'), 409: error('payout-decided') },
      },
    },
  };
}
