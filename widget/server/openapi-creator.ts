import { z } from 'zod';
import * as creator from '../../core/messages/creator-api';
import { error, json } from './openapi-helpers';
const creatorBearer = [{ creatorToken: [] }];

/** The creator token's security scheme, beside the viewer token's. */
export const creatorSecuritySchemes = {
  creatorToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT (aud "livegift", role "creator", sub = creator id, name, exp)' },
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
  };
}
