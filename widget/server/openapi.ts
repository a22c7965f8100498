import * as api from '@core/messages/gift-server-api';
import { paymentOperations } from './payments/payment-openapi';
import { creatorApiPaths, creatorSecuritySchemes } from './openapi-creator';
import { overlayApiPaths } from './openapi-overlay';
import { error, json, schema } from './openapi-helpers';

const bearer = [{ viewerToken: [] }];

let cached: object | undefined;
const payments = () => paymentOperations(bearer);

/** GET /v1/openapi.json: built from the same zod schemas that check the requests. */
export function openApiDocument(): object {
  cached ??= {
    openapi: '3.1.0',
    info: { title: 'LiveGift gift server', version: '1', description: 'One shared ledger behind every gift tray. Errors: { error: { code, message, approvalId? } }.' },
    components: {
      securitySchemes: { viewerToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT (aud "livegift", sub = viewer id, name, exp)' }, ...creatorSecuritySchemes },
    },
    paths: {
      '/healthz': { get: { summary: 'The database answers', responses: { 200: { description: 'up' }, 503: { description: 'the database does not answer' } } } },
      '/v1/demo/session': {
        post: {
          summary: 'Demo mode only: a viewer token for a display name',
          requestBody: { required: true, content: json(api.demoSessionRequestSchema) },
          responses: { 201: { description: 'signed in', content: json(api.demoSessionResponseSchema) }, 400: error('bad name'), 404: error('live mode') },
        },
      },
      '/v1/catalog': { get: { summary: 'Gifts and their prices', responses: { 200: { description: 'the catalog', content: json(api.catalogResponseSchema) } } } },
      '/v1/wallet': {
        get: { summary: "The viewer's balance, mode and budget", security: bearer, responses: { 200: { description: 'wallet', content: json(api.walletResponseSchema) }, 401: error('no or bad token') } },
      },
      '/v1/gifts': {
        post: {
          summary: 'Send a gift (the same key replays the same receipt)',
          security: bearer,
          requestBody: { required: true, content: json(api.sendGiftRequestSchema) },
          responses: {
            201: { description: 'the receipt line', content: json(api.sendGiftResponseSchema) },
            400: error('invalid-request'),
            401: error('unauthorized'),
            402: error('insufficient-coins'),
            403: error('over-budget, over-parental-limit'),
            404: error('unknown-stream'),
            409: error('idempotency-conflict'),
            413: error('body-too-large'),
            422: error('unknown-gift'),
            429: error('rate-limited (Retry-After)'),
          },
        },
      },
      '/v1/recharges': {
        post: {
          summary: 'Buy coins: a pack or a custom amount through the payment provider (sandbox in demo mode)',
          security: bearer,
          requestBody: { required: true, content: json(api.rechargeRequestSchema) },
          responses: {
            201: { description: 'settled', content: json(api.rechargeResponseSchema) },
            202: { description: 'pending: the coins arrive once the payment settles', content: json(api.rechargeResponseSchema) },
            400: error('invalid-request'),
            402: error('payment-failed'),
            403: error('over-parental-limit, recharges-locked'),
            409: error('recharge-pending, idempotency-conflict'),
            422: error('unknown-pack'),
          },
        },
        get: payments().rechargeStatus,
      },
      ...payments().paths,
      '/v1/limits': {
        get: {
          summary: "The viewer's own limits: the monthly gift budget with this month's use, and the parental limits (read-only)",
          security: bearer,
          responses: { 200: { description: 'limits', content: json(api.limitsResponseSchema) }, 401: error('unauthorized') },
        },
      },
      '/v1/limits/budget': {
        post: {
          summary: "Set (or with null remove) the viewer's own monthly gift budget; parental limits are not changed here",
          security: bearer,
          requestBody: { required: true, content: json(api.budgetRequestSchema) },
          responses: {
            200: { description: 'the limits after the change', content: json(api.limitsResponseSchema) },
            400: error('invalid-request'),
            401: error('unauthorized'),
            413: error('body-too-large'),
            429: error('rate-limited (Retry-After)'),
          },
        },
      },
      '/v1/history': {
        get: {
          summary: "The viewer's ledger entries, newest first",
          security: bearer,
          parameters: ['kind', 'cursor', 'limit'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
          responses: { 200: { description: 'a page', content: json(api.historyResponseSchema) } },
        },
      },
      '/v1/history.csv': { get: { summary: 'The history as CSV', security: bearer, responses: { 200: { description: 'text/csv' } } } },
      '/v1/streams/{stream}': {
        get: {
          summary: "A stream's goal, progress and top gifters (no token)",
          parameters: [{ name: 'stream', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'snapshot', content: json(api.streamSnapshotSchema) }, 404: error('unknown-stream') },
        },
      },
      '/v1/streams/{stream}/events': {
        get: {
          summary: 'Server-Sent Events: snapshot, gift, goal, leaderboard; resume with Last-Event-ID or ?lastEventId=',
          parameters: [
            { name: 'stream', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string', pattern: '^\\d+$' } },
            { name: 'lastEventId', in: 'query', required: false, schema: { type: 'string', pattern: '^\\d+$' } },
          ],
          responses: {
            200: {
              description: 'text/event-stream',
              content: {
                'text/event-stream': {
                  schema: {
                    oneOf: [api.streamSnapshotSchema, api.streamGiftEventSchema, api.streamGoalEventSchema, api.streamLeaderboardEventSchema].map(schema),
                  },
                },
              },
            },
            404: error('unknown-stream'),
          },
        },
      },
      ...creatorApiPaths(),
      ...overlayApiPaths(),
    },
  };
  return cached;
}
