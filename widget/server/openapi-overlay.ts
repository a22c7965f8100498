import * as overlay from '@core/messages';
import { error, json } from './openapi-helpers';
const creatorBearer = [{ creatorToken: [] }];
const tokenParameter = { name: 'token', in: 'path', required: true, description: 'the secret of the overlay URL', schema: { type: 'string' } };

/** The overlay's paths of the OpenAPI document, from the same zod schemas the routes use. */
export function overlayApiPaths(): Record<string, object> {
  const creatorCall = (summary: string, body: object | undefined, answer: object) => ({
    summary,
    security: creatorBearer,
    ...(body ? { requestBody: { required: true, content: body } } : {}),
    responses: { 200: { description: 'done', content: answer }, 201: { description: 'made', content: answer }, 400: error('invalid-request'), 401: error('unauthorized'), 403: error('forbidden') },
  });
  return {
    '/v1/overlay/{token}/events': {
      get: {
        summary: 'The overlay page\'s event stream (SSE): missed alerts, snapshot, then alert, board and settings events; Last-Event-ID resumes',
        parameters: [tokenParameter],
        responses: { 200: { description: 'text/event-stream' }, 404: error('no overlay at this address (guessed or replaced)') },
      },
    },
    '/v1/creator/overlay': { get: creatorCall('The overlay: settings, hidden viewers, whether a URL exists and an overlay is connected', undefined, json(overlay.creatorOverlayResponseSchema)) },
    '/v1/creator/overlay/url': { post: creatorCall('A new secret overlay URL (shown once); the old one stops working at once', undefined, json(overlay.overlayUrlResponseSchema)) },
    '/v1/creator/overlay/settings': { post: creatorCall('Save the alert settings', json(overlay.overlaySettingsRequestSchema), json(overlay.creatorOverlayResponseSchema)) },
    '/v1/creator/overlay/gifters': { get: creatorCall("The creator's gifters, to pick one to hide", undefined, json(overlay.overlayGiftersResponseSchema)) },
    '/v1/creator/overlay/hidden': { post: creatorCall('Hide a viewer from the overlay, or show them again', json(overlay.hideViewerRequestSchema), json(overlay.creatorOverlayResponseSchema)) },
    '/v1/creator/overlay/test-alert': { post: creatorCall('A test alert through the same feed, flagged test: no coins, goal or top gifters change', json(overlay.testAlertRequestSchema), json(overlay.testAlertResponseSchema)) },
  };
}
